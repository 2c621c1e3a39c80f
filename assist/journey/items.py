"""Reading an assessment's live (not deleted) items and the citations between them."""

from collections import Counter
from dataclasses import dataclass, field

import sqlalchemy as sa

from assist.extensions import db
from assist.journey.kinds import KINDS
from assist.models import Link
from assist.models.content import LinkRole


def live(model, assessment_id, *order_by):
    query = sa.select(model).where(model.assessment_id == assessment_id, model.deleted_at.is_(None))
    return db.session.scalars(query.order_by(*order_by) if order_by else query).all()


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
    # ((assessment id, version), its document), built once per page (snapshot.shared_document)
    document: tuple | None = None

    def __getattr__(self, name):
        lists = self.__dict__.get("lists", {})
        if name in lists:
            return lists[name]
        raise AttributeError(name)

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


def load(assessment_id):
    contents = Contents(
        lists={
            kind.collection: live(
                kind.model, assessment_id, *(getattr(kind.model, c) for c in kind.order)
            )
            for kind in KINDS
        },
        # Plain rows, not ORM objects: a large assessment has hundreds of links.
        links=db.session.execute(
            sa.select(Link.from_kind, Link.from_id, Link.to_kind, Link.to_id, Link.role).where(
                Link.assessment_id == assessment_id
            )
        ).all(),
    )
    counters: Counter = Counter()
    for kind in KINDS:
        if kind.item_kind is None:
            continue  # people are cited by name, not by reference
        for row in contents.lists[kind.collection]:
            letter = kind.letter_of(row)
            if kind.numbered:
                ref = f"{letter}{row.number}"
            else:
                counters[letter] += 1
                ref = f"{letter}{counters[letter]}"
            contents.refs[(kind.item_kind, row.id)] = ref
    contents.index_links()
    return contents


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
    "LinkRole",
    "item_or_none",
    "live",
    "load",
    "set_links",
    "next_number",
]
