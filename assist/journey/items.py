"""Reading an assessment's live (not deleted) items and the citations between them."""

from collections import Counter, namedtuple
from dataclasses import dataclass, field
from typing import NamedTuple

import sqlalchemy as sa

from assist.extensions import db
from assist.journey.kinds import BY_COLLECTION, KINDS
from assist.models import Child, Link
from assist.models.content import LinkRole, fact_children

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


# A fact's columns that a document reads, and the children it concerns as ``Fact.children``
# lists them (``ChildId``s, in the children's order).
# Its fields are the kinds registry's, so it is made from them rather than written out.
PlainFact = namedtuple(
    "PlainFact", ["id", "number", *dict.fromkeys(CHRONOLOGY.fields.values()), CHRONOLOGY.concerns]
)


class ChildId(NamedTuple):
    id: int


def _plain_facts(assessment_id) -> list:
    """Every live fact as a ``PlainFact``, in no particular order."""
    model = CHRONOLOGY.model
    columns = [getattr(model, name) for name in PlainFact._fields[:-1]]
    concerned: dict = {}
    for fact_id, child_id in db.session.execute(
        sa.select(fact_children.c.fact_id, fact_children.c.child_id)
        .join(model, model.id == fact_children.c.fact_id)
        .join(Child, Child.id == fact_children.c.child_id)
        .where(model.assessment_id == assessment_id)
        .order_by(Child.position, Child.id)  # as Fact.children lists them
    ):
        concerned.setdefault(fact_id, []).append(ChildId(child_id))
    rows = db.session.execute(
        sa.select(*columns).where(model.assessment_id == assessment_id, model.deleted_at.is_(None))
    )
    return [PlainFact(*row, tuple(concerned.get(row.id, ()))) for row in rows]


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

    def facts_to_read(self):
        """The facts as a document reads them: the rows if they were read, otherwise their
        columns as plain rows (``PlainFact``), read once: a first look at a new version of
        3,000 facts made 3,000 ORM objects (and their children) only to read their columns."""
        if CHRONOLOGY.collection in self.lists or self.facts_read_later_of is None:
            return self.facts
        if "_plain_facts" not in self.__dict__:
            plain = _plain_facts(self.facts_read_later_of)
            self._plain_facts = self._indexed(plain)
        return self._plain_facts

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
        links=links_of(assessment_id),
    )
    if every_fact:
        contents.fact_index = [FactEntry(fact.id, fact.number) for fact in contents.facts]
    else:
        contents.facts_read_later_of = assessment_id
        contents.fact_index = in_order(CHRONOLOGY, assessment_id)
    for kind in KINDS:
        if kind.item_kind is None:
            continue  # people are cited by name, not by reference
        rows = contents.fact_index if kind is CHRONOLOGY else contents.lists[kind.collection]
        contents.refs.update(refs_of(kind, rows))
    contents.index_links()
    return contents


def refs_of(kind, rows) -> dict:
    """{(item kind, id): reference} for one kind's live ``rows`` in their order: F3 by its
    stored number, the others by their place among those of their letter (H2, the second
    hazard)."""
    if kind.numbered and kind.letters is None:
        return {(kind.item_kind, row.id): f"{kind.letter}{row.number}" for row in rows}
    refs = {}
    counters: Counter = Counter()
    for row in rows:
        letter = kind.letter_of(row)
        if kind.numbered:
            ref = f"{letter}{row.number}"
        else:
            counters[letter] += 1
            ref = f"{letter}{counters[letter]}"
        refs[(kind.item_kind, row.id)] = ref
    return refs


def in_order(kind, assessment_id):
    """One kind's live rows in their order, read again (for the chronology, its places)."""
    if kind is CHRONOLOGY:
        return [FactEntry(*row) for row in db.session.execute(_fact_index(assessment_id))]
    return live(kind.model, assessment_id, *_in_order(kind))


def links_of(assessment_id):
    """The assessment's links as plain rows: a large assessment has hundreds."""
    return db.session.execute(
        sa.select(Link.from_kind, Link.from_id, Link.to_kind, Link.to_id, Link.role).where(
            Link.assessment_id == assessment_id
        )
    ).all()


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
    "in_order",
    "links_of",
    "live",
    "load",
    "refs_of",
    "set_links",
    "next_number",
]
