"""Reading an assessment's live (not deleted) items and the citations between them."""

from collections import Counter
from dataclasses import dataclass, field
from typing import NamedTuple

import sqlalchemy as sa

from assist.extensions import db
from assist.journey.kinds import BY_COLLECTION, KINDS
from assist.models import Link
from assist.models.content import LinkRole

# The one list that grows to thousands of rows: pages show it 100 at a time.
CHRONOLOGY = BY_COLLECTION["facts"]


def live(model, assessment_id, *order_by):
    query = sa.select(model).where(model.assessment_id == assessment_id, model.deleted_at.is_(None))
    return db.session.scalars(query.order_by(*order_by) if order_by else query).all()


def _in_order(kind):
    return tuple(getattr(kind.model, column) for column in kind.order)


class FactEntry(NamedTuple):
    """A fact's place in the chronology without what it says: a page showing 100 of 3,000
    facts reads every fact's place, and only those 100 whole (reading 3,000 facts whole was
    about a third of such a page's time)."""

    id: int
    number: int

    @property
    def reference(self):
        return f"{CHRONOLOGY.letter}{self.number}"


def item_or_none(model, assessment_id, item_id):
    if not isinstance(item_id, int) or not 0 < item_id < 2**31:
        return None
    item = db.session.get(model, item_id)
    if item is None or item.assessment_id != assessment_id or item.deleted_at is not None:
        return None
    return item


@dataclass
class Contents:
    """Everything an assessment holds, loaded in a handful of queries, with its links indexed
    both ways so every item can show what it cites and what cites it. Each kind's live rows
    are an attribute named after its collection (``contents.facts``)."""

    lists: dict = field(default_factory=lambda: {kind.collection: [] for kind in KINDS})
    links: list = field(default_factory=list)
    refs: dict = field(default_factory=dict)  # (kind, id) -> "F3"
    # Every live fact's place (FactEntry), in date order.
    fact_index: list = field(default_factory=list)
    # Set by ``load(every_fact=False)``: the facts are read when first asked for.
    facts_read_later_of: int | None = None

    def __getattr__(self, name):
        lists = self.__dict__.get("lists", {})
        if name in lists:
            return lists[name]
        assessment_id = self.__dict__.get("facts_read_later_of")
        if name == CHRONOLOGY.collection and assessment_id is not None:
            lists[name] = self._indexed(live(CHRONOLOGY.model, assessment_id))
            return lists[name]
        raise AttributeError(name)

    def facts_among(self, entries):
        """The whole facts of ``entries`` (some of ``fact_index``), in their order."""
        if CHRONOLOGY.collection not in self.lists and len(entries) < len(self.fact_index):
            model = CHRONOLOGY.model
            ids = [entry.id for entry in entries]
            found = {
                fact.id: fact
                for fact in db.session.scalars(
                    sa.select(model).where(model.id.in_(ids), model.deleted_at.is_(None))
                )
            }
            return [found[entry.id] for entry in entries if entry.id in found]
        return self._indexed(self.facts, entries)

    def _indexed(self, facts, entries=None):
        """``facts`` as ``entries`` (the index) lists them: read later than the index, they must
        still match it, so every fact has its reference."""
        by_id = {fact.id: fact for fact in facts}
        entries = self.fact_index if entries is None else entries
        return [by_id[entry.id] for entry in entries if entry.id in by_id]

    def index_links(self):
        """Index the links both ways once, so each lookup is a dict access, not a scan."""
        self._out, self._in = {}, {}
        for link in self.links:
            source, target = (link.from_kind, link.from_id), (link.to_kind, link.to_id)
            if source in self.refs and target in self.refs:
                self._out.setdefault(source, []).append((link.role, target))
                self._in.setdefault(target, []).append(source)

    def cites(self, kind, item_id, role=None):
        return [
            target
            for link_role, target in self._out.get((kind, item_id), ())
            if role is None or link_role == role
        ]

    def cited_by(self, kind, item_id):
        return list(self._in.get((kind, item_id), ()))

    def ref(self, kind, item_id):
        return self.refs.get((kind, item_id))

    def factors_of(self, danger, kind=None):
        return [
            f for f in self.factors if f.danger_id == danger.id and (kind is None or f.kind == kind)
        ]

    def child_name(self, child_id):
        return next((c.name for c in self.children if c.id == child_id), "")


def load(assessment_id, every_fact=True):
    """The assessment's live items and links. ``every_fact=False`` for a page that shows only
    some of a long chronology: every fact's place is read (``fact_index``), and the facts
    themselves only when something asks for them (``contents.facts``, ``facts_among``)."""
    contents = Contents(
        lists={
            kind.collection: live(kind.model, assessment_id, *_in_order(kind))
            for kind in KINDS
            if every_fact or kind is not CHRONOLOGY
        },
        # Plain rows, not ORM objects: a large assessment has hundreds of links.
        links=db.session.execute(
            sa.select(Link.from_kind, Link.from_id, Link.to_kind, Link.to_id, Link.role).where(
                Link.assessment_id == assessment_id
            )
        ).all(),
    )
    if every_fact:
        contents.fact_index = [FactEntry(fact.id, fact.number) for fact in contents.facts]
    else:
        contents.facts_read_later_of = assessment_id
        contents.fact_index = [
            FactEntry(*row) for row in db.session.execute(_fact_index(assessment_id))
        ]
    counters: Counter = Counter()
    for kind in KINDS:
        if kind.item_kind is None:
            continue  # people are cited by name, not by reference
        rows = contents.fact_index if kind is CHRONOLOGY else contents.lists[kind.collection]
        for row in rows:
            letter = kind.letter_of(row)
            if kind.numbered:
                ref = f"{letter}{row.number}"
            else:
                counters[letter] += 1
                ref = f"{letter}{counters[letter]}"
            contents.refs[(kind.item_kind, row.id)] = ref
    contents.index_links()
    return contents


def _fact_index(assessment_id):
    model = CHRONOLOGY.model
    return (
        sa.select(model.id, model.number)
        .where(model.assessment_id == assessment_id, model.deleted_at.is_(None))
        .order_by(*_in_order(CHRONOLOGY))
    )


def set_links(assessment_id, from_kind, from_id, role, targets):
    """Replace the links of one role from one item with ``targets`` [(kind, id), ...]."""
    db.session.execute(
        sa.delete(Link).where(
            Link.from_kind == from_kind, Link.from_id == from_id, Link.role == role
        )
    )
    for to_kind, to_id in dict.fromkeys(targets):
        db.session.add(
            Link(
                assessment_id=assessment_id,
                from_kind=from_kind,
                from_id=from_id,
                to_kind=to_kind,
                to_id=to_id,
                role=role,
            )
        )


def next_number(model, assessment_id):
    highest = db.session.scalar(
        sa.select(sa.func.max(model.number)).where(model.assessment_id == assessment_id)
    )
    return (highest or 0) + 1


__all__ = [
    "Contents",
    "FactEntry",
    "LinkRole",
    "item_or_none",
    "live",
    "load",
    "set_links",
    "next_number",
]
