"""Writing a plain ``Document`` into an assessment's rows: restoring a saved version, starting
a practice attempt, loading the demo and importing a Word draft all come through here.

Every item keeps its row: a numbered item (F3) is matched by its number, anything else by the
row a saved version recorded for its reference, or else by the reference it has now (the first
child stays the first child). So links, comments, dismissals and a bookmarked ``?child=7`` still
point at the same person or item after a restore.
"""

from datetime import date

import sqlalchemy as sa

from assist import clock
from assist.document import Document
from assist.extensions import db
from assist.journey.items import load
from assist.journey.kinds import BY_MODEL, KINDS, Kind
from assist.journey.snapshot import live_items
from assist.models import Link


def write_document(assessment_id, document: Document, ids=None, today=None):
    """Make the assessment's live items exactly ``document``'s; ``ids`` (a saved version's
    reference -> row id) says which row each item was. Returns reference -> row. The caller
    commits."""
    now = clock.now()
    today = today or clock.today()
    ids = ids or {}
    current = {
        (kind.collection, ref): row.id for kind, ref, row, _ in live_items(load(assessment_id))
    }
    rows: dict = {}
    for kind in KINDS:
        _write_kind(kind, assessment_id, document, ids, current, rows, today, now)
    _write_links(assessment_id, document, rows)
    return rows


def _write_kind(kind: Kind, assessment_id, document, ids, current, rows, today, now):
    model = kind.model
    existing = {
        row.id: row
        for row in db.session.scalars(sa.select(model).where(model.assessment_id == assessment_id))
    }
    by_number = {row.number: row for row in existing.values()} if kind.numbered else {}
    entries = list(_entries(kind, document))
    # Rows a saved version names are spoken for before any item is matched by position.
    claimed = {ids.get(item.ref) for item, _parent in entries} & existing.keys()
    used: set[int] = set()
    written = []
    for position, (item, parent) in enumerate(entries):
        values = _values(kind, model, item, parent, rows, today)
        if values is None:
            continue
        if kind.numbered:
            row = by_number.get(int(item.ref[1:]))
        else:
            row = existing.get(ids.get(item.ref))
            if row is None or row.id in used:
                guess = existing.get(current.get((kind.collection, item.ref)))
                row = guess if guess is not None and guess.id not in claimed | used else None
        if row is None:
            row = model(assessment_id=assessment_id)
            db.session.add(row)
        for column, value in values.items():
            setattr(row, column, value)
        if kind.numbered:
            row.number = int(item.ref[1:])
        if hasattr(model, "position"):
            row.position = position
        row.deleted_at = None
        if row.id is not None:
            used.add(row.id)
        written.append((item.ref, row))
    for row in existing.values():
        if row.deleted_at is None and row.id not in used:
            row.deleted_at = now
    db.session.flush()
    rows.update(written)


def _entries(kind: Kind, document):
    if kind.nested_in is None:
        return ((item, None) for item in getattr(document, kind.collection))
    return (
        (item, parent)
        for parent in getattr(document, kind.nested_in)
        for item in getattr(parent, kind.collection)
    )


def _values(kind: Kind, model, item, parent, rows, today):
    """The columns for ``item``, or None when it cannot stand (a child's words with no child)."""
    table = model.__table__
    values = {
        column: _column_value(table.c[column], getattr(item, name), today)
        for name, column in kind.fields.items()
    }
    if hasattr(item, "child_ref"):
        child = rows.get(item.child_ref)
        if child is None and not table.c.child_id.nullable:
            return None
        values["child_id"] = child.id if child is not None else None
    if parent is not None:
        values["danger_id"] = rows[parent.ref].id
    if kind.concerns:
        # Children are written before facts, so each named child has its row by now.
        values[kind.concerns] = [rows[ref] for ref in item.child_refs if ref in rows]
    return values


def _column_value(column, value, today):
    kind = column.type
    if value is None or value == "":
        if column.nullable:
            return None
        if isinstance(kind, sa.Date):
            return today  # a fact needs a date: an undated one is shown as today's to fix
        return ""
    if isinstance(kind, sa.Enum) and kind.enum_class is not None:
        return kind.enum_class(value)
    if isinstance(kind, sa.Date):
        return _date(value) or (None if column.nullable else today)
    return value


def _date(value):
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError):
        return None  # free text such as "within two weeks" from an imported draft


def _write_links(assessment_id, document, rows):
    db.session.execute(sa.delete(Link).where(Link.assessment_id == assessment_id))
    for kind in KINDS:
        if not kind.links:
            continue
        for item, _parent in _entries(kind, document):
            source = rows.get(item.ref)
            if source is None:
                continue
            for name, role in kind.links.items():
                for ref in dict.fromkeys(getattr(item, name)):
                    target = rows.get(ref)
                    target_kind = BY_MODEL[type(target)].item_kind if target is not None else None
                    if target_kind is None:
                        continue
                    db.session.add(
                        Link(
                            assessment_id=assessment_id,
                            from_kind=kind.item_kind,
                            from_id=source.id,
                            to_kind=target_kind,
                            to_id=target.id,
                            role=role,
                        )
                    )
