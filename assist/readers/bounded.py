"""Reading one Word file in a child process, capped in time and memory.

A .docx is hostile until read: the guard in ``assist.word.safety`` refuses what it can see from
the zip's directory, but a file can still be built so that python-docx or lxml takes minutes (a
file of thousands of styles held a request thread for 49 s) or a great deal of memory. In a
child process, whatever happens, the request or the command line gets an answer within
``MAX_SECONDS``: the file's reading, or a plain refusal. The child is forked from a small server
process that has already imported the reader (multiprocessing's "forkserver"), so a read starts
in milliseconds, shares nothing with the web app's threads or database connections, and can be
killed outright. Any exception in the child becomes a refusal in plain words: never a traceback.

    reading = read_docx_bounded(data)   # Reading, or raises UnsafeDocument with a message

As with any use of multiprocessing, a script that reads Word files keeps its own work under
``if __name__ == "__main__":`` (the reading server imports the main script once, so that each
child need not); the ``assist`` command, a WSGI server and pytest already do.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import resource
import threading
import time
import zlib
from dataclasses import dataclass
from multiprocessing.connection import Connection
from xml.etree.ElementTree import ParseError
from xml.parsers.expat import errors as expat_errors

from lxml import etree as lxml_etree

from assist.readers.files import InputError
from assist.readers.reading import Reading
from assist.word.safety import CORRUPT, UnsafeDocument

logger = logging.getLogger(__name__)

# However its parts are built, reading one file never holds a request for longer than this.
MAX_SECONDS = 10.0
# Memory the child may take beyond what it starts with. The guard lets a file expand to at most
# 40 MB of parts; lxml holds a part in about 10 times its size, and a real assessment needs a
# few tens of MB.
MAX_MEMORY = 768 * 1024 * 1024

TOO_SLOW = (
    "This document took too long to read, so it was not imported. Save it again from Word as "
    "a new .docx (File, Save As) and try that, or import the assessment on its own."
)
TOO_BIG = (
    "This document needs far more memory to read than an assessment does, so it was not "
    "imported. Save it again from Word as a new .docx (File, Save As), without large "
    "pictures or embedded files, and try that."
)
CANNOT_READ = (
    "This document could not be read. It may be damaged, or built in a way this service does "
    "not read. Open it in Word, choose Save As, pick Word Document (.docx), and try again."
)


BUSY = (
    "The service is busy reading other documents, so this one was not read. Try again in a minute."
)
# Children reading at once in this process; more wait. Reading is CPU-bound: about one a core.
READING_AT_ONCE = max(2, os.cpu_count() or 2)
_reading_slots = threading.BoundedSemaphore(READING_AT_ONCE)


@dataclass(frozen=True)
class Refusal:
    """Why a child refused a file: the message for the user and a short reason for counting
    (``refused``, ``too-slow``, ``too-big``, ``failed: KeyError``). Never the exception's text,
    which can quote the document."""

    message: str
    reason: str


class BoundedRefusal(UnsafeDocument):
    def __init__(self, refusal: Refusal):
        super().__init__(refusal.message)
        self.reason = refusal.reason


_start_lock = threading.Lock()
_context = None


def _forkserver():
    """The "forkserver" context, its server importing the reader once (at the first read).
    ``__main__`` is preloaded too: otherwise each child would run the main script again (the
    ``assist`` command imports the whole web app) before reading a file."""
    global _context
    with _start_lock:
        if _context is None:
            context = multiprocessing.get_context("forkserver")
            context.set_forkserver_preload(["__main__", "assist.readers.word"])
            _context = context
    return _context


def read_docx_bounded(
    data: bytes, seconds: float = MAX_SECONDS, memory: int = MAX_MEMORY
) -> Reading:
    """The file's reading, or ``BoundedRefusal`` (an ``UnsafeDocument``) in plain words."""
    outcome = run_bounded(data, seconds, memory)
    if isinstance(outcome, Refusal):
        raise BoundedRefusal(outcome)
    return outcome


def run_bounded(data: bytes, seconds: float, memory: int) -> Reading | Refusal:
    """Read in a child, at most ``READING_AT_ONCE`` at a time in this process: a hundred
    uploads at once wait their turn (for half the time allowed at most, then are told the
    service is busy) rather than starting a hundred children."""
    started = time.monotonic()
    if not _reading_slots.acquire(timeout=seconds / 2):
        return Refusal(BUSY, "busy")
    try:
        return _read_in_a_child(data, seconds - (time.monotonic() - started), memory)
    finally:
        _reading_slots.release()


def _read_in_a_child(data: bytes, seconds: float, memory: int) -> Reading | Refusal:
    context = _forkserver()
    receiving, sending = context.Pipe(duplex=False)
    child = context.Process(target=_read_in_child, args=(sending, data, memory), daemon=True)
    try:
        child.start()
    except (OSError, RuntimeError, ValueError) as error:
        # No child can be started here (a main script multiprocessing cannot import, no
        # processes left): read in this process, still within the reader's own time check.
        receiving.close()
        sending.close()
        logger.warning("reading a Word file in-process: no child (%s)", type(error).__name__)
        return _read_here(data)
    sending.close()  # only the child writes: a child that dies leaves the pipe at its end
    try:
        if not receiving.poll(seconds):
            return Refusal(TOO_SLOW, "too-slow")
        try:
            outcome = receiving.recv()
        except (EOFError, OSError):  # the child died: killed for memory, or crashed in C
            return Refusal(CANNOT_READ, f"died: exit {_exit_code(child)}")
        return outcome
    finally:
        receiving.close()
        _end(child)


def _exit_code(child) -> int | None:
    child.join(1)
    return child.exitcode


def _end(child):
    child.join(0.5)
    if child.is_alive():
        child.kill()
        child.join()
    child.close()


def _read_in_child(sending: Connection, data: bytes, memory: int) -> None:
    _cap_memory(memory)
    outcome = _read_here(data)
    try:
        sending.send(outcome)
    except MemoryError:
        sending.send(Refusal(TOO_BIG, "too-big"))
    finally:
        sending.close()


def _read_here(data: bytes) -> Reading | Refusal:
    try:
        from assist.readers.word import read_docx

        return read_docx(data)
    except InputError as refused:
        if _out_of_memory(refused):
            return Refusal(TOO_BIG, "too-big")
        return Refusal(str(refused), "refused")
    except MemoryError:
        return Refusal(TOO_BIG, "too-big")
    except RecursionError:
        return Refusal(CORRUPT, "failed: nested too deeply")
    except Exception as error:  # any fault reading a hostile file is a refusal, not a traceback
        return Refusal(CANNOT_READ, f"failed: {type(error).__name__}")


def _out_of_memory(refused: BaseException) -> bool:
    """Whether a refusal as damaged was the memory cap in disguise. The parsers and zlib, in C,
    fail an allocation in their own words (lxml's ERR_NO_MEMORY "unknown error", expat's
    "out of memory", zlib's error -4), which the reader rightly takes for a broken part; the
    user is owed the message about size, not one that calls a sound file damaged."""
    error: BaseException | None = refused
    while error is not None:
        if isinstance(error, MemoryError):
            return True
        if isinstance(error, lxml_etree.XMLSyntaxError):
            if error.code == lxml_etree.ErrorTypes.ERR_NO_MEMORY:
                return True
        elif isinstance(error, ParseError):
            if error.code == expat_errors.codes[expat_errors.XML_ERROR_NO_MEMORY]:
                return True
        elif isinstance(error, zlib.error) and str(error).startswith("Error -4 "):
            return True
        error = error.__cause__ or error.__context__
    return False


def _cap_memory(extra: int) -> None:
    """Limit the child's address space to what it holds now plus ``extra``: past that an
    allocation fails with MemoryError (a plain refusal) instead of the machine swapping."""
    try:
        with open("/proc/self/statm") as statm:
            pages = int(statm.read().split()[0])
    except OSError:  # not Linux: the time limit still holds
        return
    limit = pages * resource.getpagesize() + extra
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
