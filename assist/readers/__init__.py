"""Turning a file into an ``assist.document.Document``: the project's JSON export, Markdown or
plain text. Plain Python, no Flask.

    from assist.readers import read_path, InputError
    reading = read_path("assessment.md")   # reading.document, reading.notes, ...
"""

from pathlib import Path

from assist.readers.files import MAX_BYTES, InputError, decode, read_bytes, read_text
from assist.readers.json_export import read_json
from assist.readers.markdown import read_markdown
from assist.readers.reading import Reading

TEXT_SUFFIXES = (".md", ".markdown", ".txt", ".text")


WORD_SUFFIXES = (".docx", ".dotx", ".docm", ".dotm")  # the guard refuses macros in words


def read_path(path) -> Reading:
    suffix = Path(path).suffix.lower()
    if suffix in WORD_SUFFIXES or (
        suffix not in (*TEXT_SUFFIXES, ".json") and _starts_like_zip(path)
    ):
        return read_word_path(path)
    text = read_text(path)
    return read_string(text, Path(path).suffix.lower())


def read_word_path(path) -> Reading:
    """A .docx file, through the same guard as an upload and in a child process capped in
    time and memory, as an upload is (imported late: it needs python-docx)."""
    from assist.readers.bounded import read_docx_bounded
    from assist.word.safety import MAX_BYTES as WORD_MAX_BYTES

    return read_docx_bounded(read_bytes(path, WORD_MAX_BYTES))


def _starts_like_zip(path) -> bool:
    try:
        with Path(path).open("rb") as handle:
            return handle.read(4) == b"PK\x03\x04"
    except OSError:
        return False  # read_text says why in plain words


def read_string(text: str, suffix: str = ".md") -> Reading:
    if suffix == ".json" or (suffix not in TEXT_SUFFIXES and text.lstrip().startswith("{")):
        return read_json(text)
    reading = read_markdown(text)
    if not reading.document.all_refs():
        raise InputError("the file has headings but no text under them; there is nothing to check")
    return reading


__all__ = [
    "MAX_BYTES",
    "InputError",
    "Reading",
    "decode",
    "read_json",
    "read_markdown",
    "read_path",
    "read_string",
    "read_text",
    "read_word_path",
]
