"""Reading a file as text, or saying clearly why it cannot be: missing, a folder, too big, empty,
binary (a Word document or PDF renamed .md), or not UTF-8."""

from __future__ import annotations

from pathlib import Path

MAX_BYTES = 5 * 1024 * 1024  # an assessment is a few hundred KB at most; this guards the server

_SIGNATURES = (
    (b"PK\x03\x04", "a Word document or other zip file"),
    (b"%PDF", "a PDF"),
    (b"\xd0\xcf\x11\xe0", "an old-style Word (.doc) file"),
    (b"\x89PNG", "an image"),
    (b"\xff\xd8\xff", "an image"),
    (b"GIF8", "an image"),
    (b"\x7fELF", "a program"),
    (b"{\\rtf", "a Rich Text (RTF) file"),
)


class InputError(Exception):
    """A file that cannot be checked; the message says why in plain words."""


def read_text(path, max_bytes: int = MAX_BYTES) -> str:
    return decode(read_bytes(path, max_bytes))


def read_bytes(path, max_bytes: int = MAX_BYTES) -> bytes:
    path = Path(path)
    if not path.exists():
        raise InputError("there is no such file")
    if path.is_dir():
        raise InputError("this is a folder; name the files to check")
    if not path.is_file():
        raise InputError("this is not a regular file")
    size = path.stat().st_size
    if size > max_bytes:
        raise InputError(
            f"the file is {size / 1024 / 1024:.1f} MB; the most this checks is "
            f"{max_bytes // 1024 // 1024} MB"
        )
    try:
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise InputError(f"the file cannot be read ({exc.strerror})") from None
    if len(data) > max_bytes:  # it grew while we looked
        raise InputError(f"the file is larger than {max_bytes // 1024 // 1024} MB")
    return data


def decode(data: bytes) -> str:
    if not data.strip():
        raise InputError("the file is empty; there is nothing to check")
    for signature, kind in _SIGNATURES:
        if data.startswith(signature):
            raise InputError(
                f"this looks like {kind}, not text; save it as Markdown or plain text (UTF-8)"
            )
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError("the file claims to be UTF-16 but is not; save it as UTF-8") from None
    else:
        sample = data[:8192]
        if b"\x00" in sample or _control_share(sample) > 0.05:
            raise InputError(
                "this looks like a binary file, not text; save it as Markdown or plain text (UTF-8)"
            )
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            line = data.count(b"\n", 0, exc.start) + 1
            column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
            raise InputError(
                f"the file is not valid UTF-8 (line {line}, byte {column}); "
                "save it with UTF-8 encoding"
            ) from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError("the file is empty; there is nothing to check")
    return text


def _control_share(sample: bytes) -> float:
    controls = sum(1 for byte in sample if byte < 32 and byte not in (9, 10, 12, 13))
    return controls / max(1, len(sample))
