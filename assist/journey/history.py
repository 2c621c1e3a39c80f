"""Saved versions: what changed between two, and putting an earlier one back.

Both work on the plain snapshots (``Document.to_dict()``) kept with every save.
"""

from dataclasses import dataclass

from assist.document import Document
from assist.journey.kinds import COLLECTIONS
from assist.journey.writing import write_document


@dataclass
class Change:
    collection: str
    ref: str
    kind: str  # added, removed, changed
    fields: list  # [(field, before, after)] for changed items


def diff(older: dict, newer: dict):
    """Item-by-item differences, matched by reference (F3 stays F3 across versions)."""
    changes = []
    for collection, _title in COLLECTIONS:
        before = {item["ref"]: item for item in older.get(collection, [])}
        after = {item["ref"]: item for item in newer.get(collection, [])}
        for ref in after.keys() - before.keys():
            changes.append(Change(collection, ref, "added", _fields(None, after[ref])))
        for ref in before.keys() - after.keys():
            changes.append(Change(collection, ref, "removed", _fields(before[ref], None)))
        for ref in before.keys() & after.keys():
            changed = [f for f in _fields(before[ref], after[ref]) if f[1] != f[2]]
            if changed:
                changes.append(Change(collection, ref, "changed", changed))
    order = [name for name, _ in COLLECTIONS]
    changes.sort(key=lambda c: (order.index(c.collection), c.ref[0], int(c.ref[1:] or 0)))
    return changes


def _fields(before, after):
    keys = [k for k in (after or before) if k not in ("ref", "location")]
    return [(key, _plain((before or {}).get(key)), _plain((after or {}).get(key))) for key in keys]


def _plain(value):
    if isinstance(value, list):
        if value and isinstance(value[0], dict):  # a danger's factors
            return "; ".join(f"{v['ref']} {v['text']}" for v in value)
        return ", ".join(value)
    if value is None:
        return ""
    return str(value)


def restore(assessment, snapshot: dict):
    """Make the assessment's live contents match ``snapshot``, every item keeping its row."""
    write_document(assessment.id, Document.from_dict(snapshot), ids=snapshot.get("ids"))
