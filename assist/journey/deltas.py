"""What changed between two saved versions, as data that rebuilds the newer one exactly.

A saved version is a plain snapshot (``snapshot_of``: the document's lists of items, its title,
and ``ids``, which row each reference was). Most autosaves change one item, so between full
snapshots a version keeps only its changes from the version before, one entry per top-level key
that changed:

    {"value": v}                 the key's new value (the title, or any key new to the snapshot)
    {"removed": true}            the key is gone
    {"splices": [[start, stop, [items]], ...]}
                                 a list: replace ``older[start:stop]`` by the items; positions
                                 are in the older list, ascending and not overlapping, so
                                 additions, removals, edits and moves (a fact whose date changed)
                                 are all splices, and the order of the list is kept exactly
    {"keys": {k: v}, "gone": [k, ...]}
                                 a dictionary (``ids``): entries set, entries removed

An unchanged key is left out, so a save that changed nothing keeps ``{}``. Values are compared
as Python compares them (1 equals true), which is exact here because each field of a snapshot
keeps one type (the document's dataclasses say which). An item is the unit:
an edited fact is stored whole (a few hundred bytes), never field by field, which keeps the
format small enough to read by eye and to test exhaustively.

Stored rows depend on this format: change it only with a migration that rewrites them.
Plain Python: the migration that converted the old full snapshots uses it too.
"""

import json
from difflib import SequenceMatcher
from typing import Any

# Two middles at most this long are one splice: searching them for common items saves nothing.
SHORT = 4


def between(older: dict[str, Any], newer: dict[str, Any]) -> dict[str, Any]:
    """The changes that turn ``older`` into ``newer`` (both plain JSON values)."""
    changes: dict[str, Any] = {}
    for key in sorted(older.keys() | newer.keys()):
        if key not in newer:
            changes[key] = {"removed": True}
        elif key not in older:
            changes[key] = {"value": newer[key]}
        elif older[key] == newer[key]:
            continue
        elif isinstance(older[key], list) and isinstance(newer[key], list):
            changes[key] = {"splices": _splices(older[key], newer[key])}
        elif isinstance(older[key], dict) and isinstance(newer[key], dict):
            changes[key] = _entries(older[key], newer[key])
        else:
            changes[key] = {"value": newer[key]}
    return changes


def applied(older: dict[str, Any], changes: dict[str, Any]) -> dict[str, Any]:
    """``older`` with ``changes`` made: a new dictionary (``older`` is left as it was; items
    that did not change are shared between the two)."""
    newer = dict(older)
    for key, change in changes.items():
        if "removed" in change:
            del newer[key]
        elif "value" in change:
            newer[key] = change["value"]
        elif "splices" in change:
            newer[key] = _spliced(older[key], change["splices"])
        else:
            entries = dict(older[key])
            entries.update(change["keys"])
            for gone in change["gone"]:
                del entries[gone]
            newer[key] = entries
    return newer


def _splices(older: list, newer: list) -> list:
    """The fewest splices worth finding: the common start and end are cut off first (an edit or
    an addition is found without comparing anything else); only a longer middle (a moved item)
    is searched for the items both share."""
    start = 0
    shortest = min(len(older), len(newer))
    while start < shortest and older[start] == newer[start]:
        start += 1
    end = 0
    while end < shortest - start and older[-1 - end] == newer[-1 - end]:
        end += 1
    old_middle = older[start : len(older) - end]
    new_middle = newer[start : len(newer) - end]
    if min(len(old_middle), len(new_middle)) <= SHORT:
        return [[start, start + len(old_middle), new_middle]]
    # Items are dictionaries, which cannot be hashed: compare them by their canonical JSON.
    matcher = SequenceMatcher(
        None,
        [_key(item) for item in old_middle],
        [_key(item) for item in new_middle],
        autojunk=False,  # items are unique: none is common enough to ignore
    )
    return [
        [start + old_from, start + old_to, new_middle[new_from:new_to]]
        for tag, old_from, old_to, new_from, new_to in matcher.get_opcodes()
        if tag != "equal"
    ]


def _key(item) -> str:
    return json.dumps(item, sort_keys=True)


def _spliced(older: list, splices: list) -> list:
    newer: list = []
    position = 0
    for start, stop, items in splices:
        newer.extend(older[position:start])
        newer.extend(items)
        position = stop
    newer.extend(older[position:])
    return newer


def _entries(older: dict, newer: dict) -> dict:
    return {
        "keys": {
            key: value for key, value in newer.items() if key not in older or older[key] != value
        },
        "gone": sorted(older.keys() - newer.keys()),
    }


# Rebuilding a version reads the whole snapshot before it and every change kept since. A whole
# snapshot is kept again once those changes add up to as much as it, so history costs at most
# about twice its changes and a rebuild reads at most about two snapshots' worth; and at least
# every LONGEST_CHAIN versions, so a rebuild never applies more changes than that.
LONGEST_CHAIN = 400


def whole_again(versions_since: int, size_since: int, whole_size: int) -> bool:
    """Whether the next version should be kept whole, given how many versions and how many
    characters of changes (both counting the next one) there are since the last whole one."""
    return versions_since >= LONGEST_CHAIN or size_since >= whole_size


def size_of(value) -> int:
    """Characters of JSON a stored value takes, as the database column keeps it."""
    return len(json.dumps(value))
