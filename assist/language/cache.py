"""Plain data worked out from installed files, kept between processes.

A command-line check is a new process each time, so reading the lexical resources again (or even
parsing them from JSON) would be most of its run. What is worked out is kept with ``marshal``:
dicts, lists, strings, bytes and numbers only, written by this module and read back several
times faster than JSON. A large table of words is kept ``shelved``: in parts by its words' first
two letters, each part read on the first look-up of a word in it, so that a check of a few
sentences reads a few parts of a lexicon rather than all of it.

Each file is named by what was made, how (a build number) and from what (the size and time of
every source file, and the Python version, whose marshal format it is), so a changed source or a
new build is never read from an old file.
"""

from __future__ import annotations

import gc
import hashlib
import itertools
import marshal
import mmap
import os
import sys
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any


def cache_dir() -> Path:
    configured = os.environ.get("ASSIST_CACHE_DIR")
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "assist"


def fingerprint(kind: str, build: int, sources: Iterable[Path]) -> str:
    digest = hashlib.sha256(f"{kind} {build} {sys.version_info[:2]} {marshal.version}".encode())
    for file in sources:
        stat = file.stat()
        digest.update(f"{file}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    return digest.hexdigest()[:16]


def kept(kind: str, build: int, sources: Iterable[Path], make: Callable[[], Any]) -> Any:
    """``make()``'s data, read from this machine's cache when it is there, else made and kept
    (a cache that cannot be written costs only the time to make it again)."""
    path = _path(kind, build, sources)
    try:
        return _read(path)
    except (OSError, ValueError, EOFError, TypeError):
        pass  # not made yet, or unreadable: made again below
    data = make()
    _write(path, kind, [marshal.dumps(data)])
    return data


def kept_table(
    kind: str,
    build: int,
    sources: Iterable[Path],
    make: Callable[[], tuple[Any, dict[str, Any]]] | None = None,
    width: int = 2,
) -> tuple[Any, Shelf] | None:
    """(data, table): plain data and a large table of words (a ``Shelf`` by the first ``width``
    letters), kept in one file whose parts stay in it until their words are looked up: a
    process that looks up a dozen words reads a dozen parts, not megabytes. ``make()`` gives
    (data, table) when they are not kept yet; without ``make``, None then (for what is worth
    reading but not making in every process: ``assist.spelling.known_forms``)."""
    try:
        return _read_table(_path(kind, build, sources, ".table"), width)
    except (OSError, ValueError, EOFError, TypeError, KeyError):
        if make is None:
            return None  # not made yet, unreadable, or its sources are not there
    data, table = make()
    parts = shelved(table, width)
    # Each part by its number in the file, and where each ends there.
    numbers = {key: number for number, key in enumerate(parts)}
    ends = list(itertools.accumulate(len(packed) for packed in parts.values()))
    header = marshal.dumps({"data": data, "parts": numbers, "ends": ends})
    chunks = [len(header).to_bytes(8, "little"), header, *parts.values()]
    _write(_path(kind, build, sources, ".table"), kind, chunks)
    return data, Shelf().shelve(parts, width)


def _read_table(path: Path, width: int) -> tuple[Any, Shelf]:
    with path.open("rb") as file:
        # Kept mapped while the table lives: its parts are read from it as they are wanted.
        mapped = mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ)
    size = int.from_bytes(mapped[:8], "little")
    # Written by ``kept_table``, in the user's own cache folder, owner-only; marshal makes
    # values, never runs code.
    header = marshal.loads(mapped[8 : 8 + size])  # noqa: S302
    numbers, ends = header["parts"], header["ends"]
    base = 8 + size
    if len(numbers) != len(ends) or len(mapped) != base + (ends[-1] if ends else 0):
        raise ValueError(f"{path} is not a whole table")

    def read(number):
        return mapped[base + (ends[number - 1] if number else 0) : base + ends[number]]

    return header["data"], Shelf().shelve(numbers, width, read)


def _write(path: Path, kind: str, chunks: list[bytes]) -> None:
    """Keep ``chunks`` as the file ``path``, and forget the kind's files made before."""
    try:
        import tempfile  # only when writing, which a process seldom does

        path.parent.mkdir(parents=True, exist_ok=True)
        # Written beside its final name and renamed, so a reader in another process never sees
        # half a file.
        with tempfile.NamedTemporaryFile(
            "wb", dir=path.parent, prefix=f".{kind}-", suffix=".tmp", delete=False
        ) as written:
            written.writelines(chunks)
        os.replace(written.name, path)
        for old in path.parent.glob(f"{kind}-*"):
            if old != path:
                old.unlink(missing_ok=True)  # made from sources since upgraded
    except OSError:
        pass  # no cache: the next process makes it again


def writable() -> bool:
    """Whether this machine's cache folder is there, or can be made, and can be written."""
    folder = cache_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return False
    return os.access(folder, os.W_OK)


def _path(kind: str, build: int, sources: Iterable[Path], suffix: str = ".marshal") -> Path:
    return cache_dir() / f"{kind}-{fingerprint(kind, build, sources)}{suffix}"


def _read(path: Path) -> Any:
    # Mapped, not read: the values are made straight from the file's pages, without first
    # copying megabytes of it (half the time of reading a list of 300,000 words' parts).
    with path.open("rb") as file, mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ) as data:
        # Hundreds of thousands of small containers are made at once: the cyclic collector
        # would scan them again and again while they are read (half the time), and none can be
        # garbage.
        collecting = gc.isenabled()
        gc.disable()
        try:
            # Only this module writes these files, in the user's own cache folder, owner-only
            # (mkstemp's mode); marshal makes values, never runs code, and callers check the
            # shape.
            return marshal.loads(data)  # noqa: S302
        finally:
            if collecting:
                gc.enable()


def shelved(table: dict[str, Any], width: int = 2) -> dict[str, bytes]:
    """A table of words in parts by their first ``width`` letters, each part marshalled (for
    ``Shelf``, given the same width)."""
    parts: dict[str, dict[str, Any]] = {}
    for word, value in table.items():
        parts.setdefault(word[:width], {})[word] = value
    return {part: marshal.dumps(words) for part, words in parts.items()}


class Shelf(dict):
    """A table of words filled from its ``shelved`` parts as it is read: each look-up first
    reads the part its word would be in, if that part is not read yet; going through the whole
    table reads every part. So every answer is the whole table's.

    Made empty (as the dict subclass it may also be) and then given its parts by ``shelve``.
    """

    def shelve(self, parts: dict[str, Any], width: int = 2, read=None) -> Shelf:
        """``parts`` are marshalled parts, or what ``read`` makes one of (a span of a file)."""
        self._parts = dict(parts)
        self._width = width
        self._read = read
        self._lock = threading.Lock()
        return self

    def _read_part(self, word) -> None:
        part = word[: self._width] if isinstance(word, str) else None
        if part in self._parts:
            # Another thread may be reading this part: wait for it, then find it read. A part
            # leaves ``_parts`` only once all its words are in, so a look-up that finds it gone
            # finds its words.
            with self._lock:
                packed = self._parts.get(part)
                if packed is not None:
                    if self._read is not None:
                        packed = self._read(packed)
                    dict.update(self, marshal.loads(packed))  # noqa: S302 - written by shelved
                    del self._parts[part]

    def read_all(self) -> None:
        for part in list(self._parts):
            self._read_part(part)

    def __contains__(self, word) -> bool:
        self._read_part(word)
        return dict.__contains__(self, word)

    def __getitem__(self, word):
        self._read_part(word)
        return dict.__getitem__(self, word)

    def get(self, word, default=None):
        self._read_part(word)
        return dict.get(self, word, default)

    def __iter__(self):
        self.read_all()
        return dict.__iter__(self)

    def __len__(self) -> int:
        self.read_all()
        return dict.__len__(self)

    def keys(self):
        self.read_all()
        return dict.keys(self)

    def values(self):
        self.read_all()
        return dict.values(self)

    def items(self):
        self.read_all()
        return dict.items(self)
