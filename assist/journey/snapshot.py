"""The assessment's contents as a plain ``Document``: what the rubric reads and what every
saved version keeps. Which fields and columns belong together is the kinds registry's."""

from dataclasses import MISSING, fields
from datetime import date
from enum import Enum
from functools import cache

from assist import document as doc
from assist.journey.items import Contents, load
from assist.journey.kinds import BY_COLLECTION, KINDS, Kind
from assist.journey.version_cache import remembered


def live_items(contents: Contents, collections=None):
    """(kind, ref, row, parent row) for every live item (or those of some ``collections``), in
    the document's order: the one place a row's reference is worked out for a document (people
    go by position). A chronology not read whole gives plain rows (``items.PlainFact``)."""
    for kind in KINDS:
        if kind.nested_in is not None:
            continue
        if collections is not None and kind.collection not in collections:
            continue
        rows = (
            contents.facts_to_read()
            if kind.collection == "facts"
            else getattr(contents, kind.collection)
        )
        for number, row in enumerate(rows, start=1):
            yield kind, _ref(kind, row, number, contents), row, None
            if kind.collection == "dangers":
                factors = BY_COLLECTION["factors"]
                for factor in contents.factors_of(row):
                    yield factors, contents.ref(factors.item_kind, factor.id), factor, row


def _ref(kind: Kind, row, number, contents):
    if kind.item_kind is None:
        return f"{kind.letter}{number}"
    return contents.ref(kind.item_kind, row.id)


def to_document(assessment, contents: Contents | None = None) -> doc.Document:
    contents = contents or load(assessment.id)
    child_refs = _child_refs(contents)
    lists: dict = {kind.collection: [] for kind in KINDS if kind.nested_in is None}
    built = {}
    for kind, ref, row, parent in live_items(contents):
        item = _item(kind, ref, row, contents, child_refs)
        if parent is None:
            lists[kind.collection].append(item)
            built[row.id, kind.collection] = item
        else:
            built[parent.id, kind.nested_in].factors.append(item)
    return doc.Document(title=assessment.title, **lists)


def item_of(kind: Kind, row, contents: Contents):
    """One listed item of the document as ``to_document`` makes it (a danger with its hazards,
    strengths, gaps and methods): for a kind cited by reference, whose reference ``contents``
    knows."""
    child_refs = _child_refs(contents)
    item = _item(kind, contents.ref(kind.item_kind, row.id), row, contents, child_refs)
    if kind.collection == "dangers":
        factors = BY_COLLECTION["factors"]
        item.factors = [
            _item(factors, contents.ref(factors.item_kind, factor.id), factor, contents, child_refs)
            for factor in contents.factors_of(row)
        ]
    return item


def _child_refs(contents):
    return {child.id: f"C{n}" for n, child in enumerate(contents.children, start=1)}


def _item(kind: Kind, ref, row, contents, child_refs):
    defaults = _defaults(kind.document_class)
    values = {
        name: _plain(getattr(row, column), defaults.get(name))
        for name, column in kind.fields.items()
    }
    if "child_ref" in defaults:
        values["child_ref"] = child_refs.get(row.child_id)
    if kind.concerns:
        concerned = (child_refs.get(child.id) for child in getattr(row, kind.concerns))
        values["child_refs"] = [ref for ref in concerned if ref is not None]
    for name, role in kind.links.items():
        cited = contents.cites(kind.item_kind, row.id, role)
        values[name] = [contents.ref(*target) for target in cited]
    return kind.document_class(ref=ref, **values)


@cache
def _defaults(document_class) -> dict:
    """Each field's default, once per class, not once per row (3,000 facts)."""
    return {f.name: f.default for f in fields(document_class) if f.default is not MISSING}


def _plain(value, default):
    if value is None:
        return default  # "" for text the document always has, None for an unknown date
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    return value


def snapshot_of(assessment, contents: Contents | None = None) -> dict:
    """What a saved version keeps: the document, and which row each reference was, so that
    putting the version back keeps every item's identity (links, comments and dismissals
    point at rows). The document made is this version's: the pages that look at it next (a save
    leads to one) find it made (``shared_document``)."""
    contents = contents or load(assessment.id)
    document = to_document(assessment, contents)
    remembered(assessment, "document", lambda: document)
    return snapshot_from(document, contents)


def snapshot_from(document: doc.Document, contents: Contents) -> dict:
    """The saved version of ``document``, made from ``contents``."""
    data = document.to_dict()
    data["ids"] = {ref: row.id for _kind, ref, row, _parent in live_items(contents)}
    return data


def shared_document(assessment, contents: Contents) -> doc.Document:
    """The document of the assessment's version now (``contents`` as it has them), built once
    for each version however many read-only checks and pages ask for it (``version_cache``).
    Callers must not change it; use ``to_document`` for a copy of your own."""
    return remembered(assessment, "document", lambda: to_document(assessment, contents))
