"""What a save of one item changed, worked out from that item alone.

An autosave changes one item: a fact's words, an analysis statement's citations. Kept as what
changed since the version before (``deltas``), it needs that item's entry before and after and
its place in its list, not the other 2,999 facts of a long chronology (building and comparing
two whole snapshots took about 250 ms of a 280 ms autosave at 3,000 facts).

They are the whole snapshots' changes (``deltas.between``) because an editor's ``apply``
changes its own item's columns and citations and nothing else, and no other entry changes
unless references move (a reference names an item wherever it is cited). So:

- people are left to the whole comparison: a child's reference (C1) is its place;
- when the item's place or reference could have moved (a new item, a fact whose date
  changed), its kind's places and references are read again, and every other item must keep
  its own, in the same order;
- the version kept last must list the item's kind as the database did when the save began,
  so that a place in one is the same place in the other: checked against that list's
  references, noted by the save that kept the version when it was this process's
  (``version_cache``), or read back from the store (about 10 ms at 3,000 facts).

Otherwise, and for anything else (a deletion, which takes citations of the item away; a
spelling fix; putting back a version), whole snapshots are compared as before. What is not
checked is the assumption every saved version rests on: that every change to what an
assessment says is a save (the rule a stale save is refused by). A change made around it (a
fix made in SQL) can then never put an entry in the wrong place, but reaches the history only
with the next whole comparison or whole version made from the database.

Tests compare every change worked out here with the whole snapshots' difference
(``COMPARE_WITH_WHOLE``, set by tests/conftest.py).

The page a save leads to shows the new version: if this process kept the document of the
version before, the new one is that document with the item's entry replaced, so the page does
not read 3,000 facts again.
"""

from dataclasses import asdict, dataclass, replace
from typing import Any

from assist.journey import deltas, items, version_cache, version_store
from assist.journey.items import Contents
from assist.journey.kinds import BY_COLLECTION, BY_MODEL, Kind
from assist.journey.snapshot import item_of, snapshot_from, to_document

# Set by tests: every change worked out here is compared with the whole snapshots'.
COMPARE_WITH_WHOLE = False
# What ``version_cache`` keeps for a version: the references of each of its lists, in order.
KEPT_ORDER = "kept order"


@dataclass
class ItemChange:
    """One item's save, watched from before its answers are applied (``watch``) until the
    version is kept (``worked_out``)."""

    kind: Kind  # the item's kind
    listed: Kind  # the kind whose list holds its entry (a hazard's: the dangers)
    item: Any  # the item's row
    row: Any  # the row of the entry: the item, or a hazard's danger
    created: bool
    contents: Contents  # as the save found them, read under its lock
    version_before: tuple  # the version the save was based on (``version_cache.version_key``)
    place: int | None  # the entry's place in its list before (None: a new item)
    entry: Any  # the entry before, as a document item (None: a new item)
    placed_by: tuple  # what the item's place and reference follow, before
    whole_before: dict | None = None  # for COMPARE_WITH_WHOLE


def watch(assessment, contents: Contents, item, created: bool) -> ItemChange | None:
    """Watch a save of ``item`` (a new one added and flushed, its answers not yet applied),
    with ``contents`` as read under the save's lock. None for a kind left to the whole
    comparison (people)."""
    kind = BY_MODEL.get(type(item))
    if kind is None or kind.item_kind is None:
        return None
    listed = BY_COLLECTION[kind.nested_in] if kind.nested_in else kind
    if listed is kind:
        row = item
    else:  # a hazard, strength, gap or method: its danger's entry lists it
        row = next((d for d in contents.dangers if d.id == item.danger_id), None)
        if row is None:
            return None
    nested_new = created and listed is not kind
    change = ItemChange(
        kind=kind,
        listed=listed,
        item=item,
        row=row,
        created=created,
        contents=contents,
        version_before=version_cache.version_key(assessment),
        place=_place(row.id, _rows(listed, contents)) if not created or nested_new else None,
        entry=item_of(listed, row, contents) if not created or nested_new else None,
        placed_by=_placed_by(kind, item),
    )
    if COMPARE_WITH_WHOLE:
        # ``contents`` were read before a new item was added: the version before, whole.
        before = replace(contents, lists=dict(contents.lists))
        before.index_links()
        change.whole_before = snapshot_from(to_document(assessment, before), before)
    return change


def worked_out(change: ItemChange, assessment) -> dict | None:
    """After the save's flush: its changes from the version kept last, as ``deltas.between``
    would find them; None when they cannot be worked out from the item alone (the caller
    compares whole snapshots). Keeps the new version's document when the one before was
    kept."""
    contents = _after(change, assessment.id)
    if contents is None:
        return None
    listed = change.listed
    listed_before = _refs_in_order(listed, change.contents)
    kept_order = _kept_order(change, assessment.id)
    if kept_order is None or kept_order.get(listed.collection) != listed_before:
        return None  # the version kept last does not list them as the database did
    after = item_of(listed, change.row, contents)
    if listed is change.kind:
        place_after = _place(change.row.id, _rows(listed, contents))
    else:
        place_after = change.place  # a hazard's danger stays where it was
    if place_after is None:
        return None  # not listed: a save of an item that is not live
    splices = _splices(change.place, place_after, change.entry, after)
    changes: dict = {}
    if splices:
        changes[listed.collection] = {"splices": splices}
    if change.created:
        ref = contents.ref(change.kind.item_kind, change.item.id)
        changes["ids"] = {"keys": {ref: change.item.id}, "gone": []}
    if COMPARE_WITH_WHOLE:
        _compare_with_whole(change, assessment, changes)
    # Both looked up before either is kept: the memory keeps only an assessment's latest version.
    document = _document(change, assessment, listed_before, splices, after)
    order = dict(kept_order)
    order[listed.collection] = _spliced(listed_before, splices, after.ref)
    version_cache.remembered(assessment, KEPT_ORDER, lambda: order)
    if document is not None:
        version_cache.remembered(assessment, "document", lambda: document)
    return changes


def remember_kept(assessment, snapshot: dict):
    """Note the order of each list of the version just kept (``snapshot``, whole), so that
    the next save of one item in this process need not read it back to check it."""
    version_cache.remembered(assessment, KEPT_ORDER, lambda: _orders(snapshot))


def _kept_order(change: ItemChange, assessment_id) -> dict | None:
    """The references of each list of the version kept last, in their order: noted by the
    save that kept it if it was this process's, otherwise read back (about 10 ms at 3,000
    facts, still a fraction of comparing whole snapshots)."""
    order = version_cache.kept(assessment_id, change.version_before, KEPT_ORDER)
    if order is not None:
        return order
    try:
        snapshot = version_store.latest(assessment_id)
    except LookupError:
        return None
    return None if snapshot is None else _orders(snapshot)


def _orders(snapshot: dict) -> dict:
    return {
        key: [entry["ref"] for entry in value]
        for key, value in snapshot.items()
        if isinstance(value, list)
    }


def _after(change: ItemChange, assessment_id) -> Contents | None:
    """``contents`` as the save left them, reading again only what it may have changed; None
    when another item's reference or place changed."""
    kind, before = change.kind, change.contents
    contents = replace(before, lists=dict(before.lists), refs=dict(before.refs))
    if change.created or _placed_by(kind, change.item) != change.placed_by:
        rows = items.in_order(kind, assessment_id)
        refs = items.refs_of(kind, rows)
        key = (kind.item_kind, change.item.id)
        old_refs = {k: ref for k, ref in before.refs.items() if k[0] == kind.item_kind}
        if key not in refs or (not change.created and old_refs.get(key) != refs[key]):
            return None
        if {k: r for k, r in refs.items() if k != key} != {
            k: r for k, r in old_refs.items() if k != key
        }:
            return None
        old_order = [row.id for row in _rows(kind, before) if row.id != change.item.id]
        if [row.id for row in rows if row.id != change.item.id] != old_order:
            return None
        contents.refs.update(refs)
        if kind is items.CHRONOLOGY:
            contents.fact_index = rows
        else:
            contents.lists[kind.collection] = rows
    if kind.links:
        contents.links = items.links_of(assessment_id)
    contents.index_links()
    return contents


def _placed_by(kind: Kind, item) -> tuple:
    """What the item's place in its list and its reference follow."""
    order = tuple(getattr(item, column) for column in kind.order)
    return order, getattr(item, "number", None), kind.letter_of(item)


def _rows(kind: Kind, contents: Contents) -> list:
    """The kind's rows (for the chronology, its places) in their order."""
    if kind is items.CHRONOLOGY:
        return contents.fact_index
    return contents.lists[kind.collection]


def _refs_in_order(kind: Kind, contents: Contents) -> list:
    return [contents.ref(kind.item_kind, row.id) for row in _rows(kind, contents)]


def _place(row_id, rows) -> int | None:
    return next((n for n, row in enumerate(rows) if row.id == row_id), None)


def _splices(before: int | None, after: int, old, new) -> list:
    """The entry's splices, in the older list's places (``deltas``): put in, moved, or
    changed where it is; none when nothing changed."""
    entry = asdict(new)
    if before is None:
        return [[after, after, [entry]]]
    if before == after:
        return [] if old == new else [[before, before + 1, [entry]]]
    if after < before:
        return [[after, after, [entry]], [before, before + 1, []]]
    return [[before, before + 1, []], [after + 1, after + 1, [entry]]]


def _spliced(older: list, splices: list, new) -> list:
    """``older`` (a list of references, or of a document's items) with the entry's splices
    made, the entry being ``new``."""
    made = [[start, stop, [new] if entries else []] for start, stop, entries in splices]
    return deltas.applied({"list": older}, {"list": {"splices": made}})["list"]


def _document(change: ItemChange, assessment, listed_before, splices, after):
    """The new version's document, made from the one before if this process kept it."""
    document = version_cache.kept(assessment.id, change.version_before, "document")
    if document is None:
        return None
    listed = getattr(document, change.listed.collection)
    if [entry.ref for entry in listed] != listed_before:
        return None  # not the document these contents make: leave it to be made again
    if change.place is not None and listed[change.place] != change.entry:
        return None
    return replace(document, **{change.listed.collection: _spliced(listed, splices, after)})


def _compare_with_whole(change: ItemChange, assessment, changes):
    contents = items.load(assessment.id)
    before, now = change.whole_before, snapshot_from(to_document(assessment, contents), contents)
    if before is None or deltas.applied(before, changes) != now:
        raise AssertionError(
            f"the changes worked out from {change.kind.collection} {change.item.id} alone"
            f" ({changes}) are not those of the whole snapshots"
            f" ({before and deltas.between(before, now)})"
        )
