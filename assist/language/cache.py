"""Plain data worked out from installed files, kept between processes.

A command-line check is a new process each time, so reading the lexical resources again (or even
parsing them from JSON) would be most of its run. What is worked out is kept with ``marshal``:
dicts, lists, strings and numbers only, written by this module and read back several times
faster than JSON. Each file is named by what was made, how (a build number) and from what (the
size and time of every source file, and the Python version, whose marshal format it is), so a
changed source or a new build is never read from an old file.
"""

from __future__ import annotations

import gc
import hashlib
import marshal
import os
import sys
import tempfile
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
    path = cache_dir() / f"{kind}-{fingerprint(kind, build, sources)}.marshal"
    try:
        return _read(path)
    except (OSError, ValueError, EOFError, TypeError):
        pass  # not made yet, or unreadable: made again below
    data = make()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # Written beside its final name and renamed, so a reader in another process never sees
        # half a file.
        with tempfile.NamedTemporaryFile(
            "wb", dir=path.parent, prefix=f".{kind}-", suffix=".tmp", delete=False
        ) as written:
            marshal.dump(data, written)
        os.replace(written.name, path)
        for old in path.parent.glob(f"{kind}-*.marshal"):
            if old != path:
                old.unlink(missing_ok=True)  # made from sources since upgraded
    except OSError:
        pass  # no cache: the next process makes it again
    return data


def _read(path: Path) -> Any:
    data = path.read_bytes()
    # Hundreds of thousands of small containers are made at once: the cyclic collector would
    # scan them again and again while they are read (half the time), and none can be garbage.
    collecting = gc.isenabled()
    gc.disable()
    try:
        # Only this module writes these files, in the user's own cache folder, owner-only
        # (mkstemp's mode); marshal makes values, never runs code, and callers check the shape.
        return marshal.loads(data)  # noqa: S302
    finally:
        if collecting:
            gc.enable()
