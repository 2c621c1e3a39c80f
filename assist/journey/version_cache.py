"""What pages work out from one saved version of an assessment (its document, the rubric's
findings, the spelling issues, the reasoning map), worked out once and kept in this process's
memory: a 3,000-fact case looked at again is not read and checked whole again.

Kept in one process, yet right with several (docs/production.md): an entry is found by the
assessment, its version and when that version was saved, and every change to what an assessment
says is a save that moves its version on. Another process's save therefore makes a key this
process has not seen (it works the result out afresh) and never makes a kept one wrong. When it
was saved is in the key so that a version number used twice (a save rolled back after its
flush, a database put back from a copy) cannot be mistaken for the one kept.

A save of one item keeps two results for the version it makes (``item_change``): its document,
made from the one before, so the page it leads to does not read the case again, and the order
of each of its lists, which the next save checks its changes against."""

import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Any, TypeVar
from weakref import WeakKeyDictionary

from assist.extensions import db

# Only each assessment's latest version is kept; these many assessments in each process, the
# least recently looked at forgotten first (a 300-fact case's entry is about 0.6 MB, a
# 3,000-fact case's 4.4 MB).
ASSESSMENTS_KEPT = 24

T = TypeVar("T")

_lock = threading.Lock()
# One memory per database, so that apps on different databases (tests) never share one.
_by_database: WeakKeyDictionary = WeakKeyDictionary()


def version_key(assessment) -> tuple:
    """What an assessment's version now is known by here: its number and when it was saved."""
    return (assessment.version, assessment.updated_at)


def kept(assessment_id, version: tuple, what: Any) -> Any | None:
    """The result ``what`` kept for that ``version`` (a ``version_key``) of the assessment, or
    None: nothing is worked out (a save asks for the version it was based on)."""
    kept_here = _kept()
    with _lock:
        entry = kept_here.get(assessment_id)
        if entry is None or entry[0] != version:
            return None
        return entry[1].get(what)


def remembered(assessment, what: Any, work_out: Callable[[], T]) -> T:
    """``work_out()`` for this version of ``assessment``, worked out once. ``what`` names the
    result and anything else it depends on (the rubric, the words accepted). The result is
    shared: callers must not change it."""
    version = version_key(assessment)
    kept = _kept()
    with _lock:
        entry = kept.get(assessment.id)
        if entry is not None and entry[0] == version and what in entry[1]:
            kept.move_to_end(assessment.id)
            return entry[1][what]
    # Worked out without the lock: two requests may both work it out, and get the same.
    result = work_out()
    with _lock:
        entry = kept.get(assessment.id)
        if entry is None or entry[0] != version:
            entry = kept[assessment.id] = (version, {})
        entry[1][what] = result
        kept.move_to_end(assessment.id)
        while len(kept) > ASSESSMENTS_KEPT:
            kept.popitem(last=False)
    return result


def forget_all():
    """Forget every result (a test or a benchmark timing the first look)."""
    with _lock:
        _by_database.clear()


def _kept() -> OrderedDict:
    engine = db.engine
    with _lock:
        kept = _by_database.get(engine)
        if kept is None:
            kept = _by_database[engine] = OrderedDict()
        return kept
