"""Saved versions: what changed between two, and putting an earlier one back.

Both work on whole snapshots (``Document.to_dict()`` and ``ids``), as
``version_store.snapshot_at`` gives them back however the version was kept.
"""

from dataclasses import dataclass

from assist import labels
from assist.document import Document
from assist.journey.kinds import COLLECTIONS
from assist.journey.writing import write_document

# How a snapshot's field names read to a person ("text" means different things per item).
TEXT_LABELS = {
    "facts": "what happened",
    "analysis": "what it means for the child",
    "dangers": "feared outcome",
    "experiences": "what the child said or showed",
}
FIELD_LABELS = {
    "cites": "rests on",
    "contradicted_by": "points the other way",
    "answers": "answers",
    "fills": "fills",
    "factors": "hazards, strengths, gaps and methods",
    "child_ref": "child",
    "objective": "objective for the child",
    "how_known": "how it is known",
    "date_precision": "how precisely the date is known",
    "is_historic": "history",
    "is_pattern": "a pattern",
}
# The fields that hold an ISO date ("2027-01-31"), read on the page as "31 January 2027".
DATE_FIELDS = frozenset({"date", "by_when", "heard_on", "date_of_birth"})
# Stored values that read as words on every page.
VALUE_LABELS = {
    "how_known": labels.how_known_label,
    "category": labels.category_label,
    "kind": labels.experience_label,
    "date_precision": labels.precision_label,
}


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


def field_label(collection, field):
    if field == "text":
        return TEXT_LABELS.get(collection, "text")
    return FIELD_LABELS.get(field, field.replace("_", " "))


def worded(changes, older=None, newer=None):
    """The changes a person can read: a field whose words are the same (only its spacing
    changed) is left out, and an item with nothing else changed with it; each field is named
    in words, and its values read as on every other page (dates as precisely as they were
    known, choices by their labels, yes or no)."""
    kept = []
    for change in changes:
        if change.kind == "changed":
            change.fields = [f for f in change.fields if f[1].split() != f[2].split()]
            if not change.fields:
                continue
        before = _item(older, change)
        after = _item(newer, change)
        change.fields = [
            (
                field_label(change.collection, name),
                _value(name, old, before),
                _value(name, new, after),
            )
            for name, old, new in change.fields
        ]
        kept.append(change)
    return kept


def _item(snapshot, change):
    items = (snapshot or {}).get(change.collection, [])
    return next((item for item in items if item.get("ref") == change.ref), {})


def _value(name, value, item):
    if not value:
        return value
    if name in DATE_FIELDS:
        return labels.dated(value, item.get("date_precision") or "exact")
    if value in ("True", "False"):
        return "Yes" if value == "True" else "No"
    if name == "kind" and value in labels.FACTOR_NOUNS:
        return labels.FACTOR_NOUNS[value][0].capitalize()
    label = VALUE_LABELS.get(name)
    return (label(value) or value) if label else value


def restore(assessment, snapshot: dict):
    """Make the assessment's live contents match ``snapshot``, every item keeping its row."""
    write_document(assessment.id, Document.from_dict(snapshot), ids=snapshot.get("ids"))
