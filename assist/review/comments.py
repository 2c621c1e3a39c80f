"""Comments anchored to what a supervisor is reading: an item (fact, analysis statement,
danger, risk factor, recommendation, the child's experience), a section, or a finding. Workers
reply to a comment; replies hang off their parent."""

from dataclasses import dataclass, field

import sqlalchemy as sa

from assist.extensions import db
from assist.journey import items, kinds
from assist.journey.sections import BY_KEY
from assist.models import Comment
from assist.models.content import ItemKind
from assist.models.review import CommentStance
from assist.review import Refused

MAX_LENGTH = 5000


@dataclass
class Anchor:
    section: str | None  # None with no item: the whole assessment
    item_kind: ItemKind | None = None
    item_id: int | None = None
    item: object = None


def parse_anchor(assessment, target):
    """``target`` is "" (the whole assessment), "section:facts" or "fact:12". An item that was
    deleted since the page was loaded is refused: a comment must sit next to something the
    worker can see."""
    if not target:
        return Anchor(section=None)
    kind, _, value = target.partition(":")
    if kind == "section":
        if value not in BY_KEY:
            raise Refused("Choose what your comment is about.")
        return Anchor(section=value)
    try:
        item_kind = ItemKind(kind)
    except ValueError:
        raise Refused("Choose what your comment is about.") from None
    item_id = int(value) if value.isdigit() and len(value) < 10 else None
    item = items.item_or_none(kinds.model_of(item_kind), assessment.id, item_id)
    if item is None:
        raise Refused(
            "That item no longer exists: the worker has deleted or replaced it. "
            "Your comment was not saved."
        )
    return Anchor(kinds.section_of(item_kind), item_kind, item_id, item)


def describe(anchor, contents):
    """(what the comment is on, the item's words) for the comment page."""
    if anchor.item_kind is not None:
        ref = contents.ref(anchor.item_kind, anchor.item_id)
        return ref, getattr(anchor.item, kinds.of(anchor.item_kind).main_column)
    if anchor.section is not None:
        return BY_KEY[anchor.section].title, None
    return "the whole assessment", None


def clean_body(body, what="your comment"):
    body = (body or "").strip()
    if not body:
        raise Refused(f"Enter {what}.")
    if len(body) > MAX_LENGTH:
        raise Refused(f"{what.capitalize()} must be {MAX_LENGTH} characters or fewer.")
    return body


def add_comment(assessment, author, anchor, body, stance=CommentStance.COMMENT, criterion=None):
    comment = Comment(
        assessment_id=assessment.id,
        author_id=author.id,
        section=anchor.section,
        item_kind=anchor.item_kind,
        item_id=anchor.item_id,
        criterion_id=criterion,
        stance=stance,
        body=body,
    )
    db.session.add(comment)
    db.session.flush()
    return comment


def add_reply(assessment, author, parent_id, body):
    parent = None
    if isinstance(parent_id, str) and parent_id.isdigit() and len(parent_id) < 10:
        parent = db.session.get(Comment, int(parent_id))
    if parent is None or parent.assessment_id != assessment.id or parent.parent_id is not None:
        raise Refused("That comment no longer exists.")
    body = clean_body(body, "your reply")
    reply = Comment(
        assessment_id=assessment.id,
        author_id=author.id,
        parent_id=parent.id,
        section=parent.section,
        item_kind=parent.item_kind,
        item_id=parent.item_id,
        criterion_id=parent.criterion_id,
        stance=CommentStance.REPLY,
        body=body,
    )
    db.session.add(reply)
    db.session.flush()
    return reply


@dataclass
class Thread:
    comment: Comment
    replies: list = field(default_factory=list)
    ref: str | None = None  # the item's reference (F3), None for a section


@dataclass
class Threads:
    """An assessment's comment threads, reachable by item and by section."""

    all: list = field(default_factory=list)

    def for_item(self, kind, item_id):
        return [t for t in self.all if t.comment.item_kind == kind and t.comment.item_id == item_id]

    def for_section(self, section, items_too=False):
        return [
            t
            for t in self.all
            if t.comment.section == section and (items_too or t.comment.item_kind is None)
        ]


def threads_for(assessment_id, contents=None):
    rows = db.session.scalars(
        sa.select(Comment)
        .where(Comment.assessment_id == assessment_id)
        .options(sa.orm.joinedload(Comment.author))
        .order_by(Comment.created_at, Comment.id)
    ).all()
    by_id = {}
    threads = Threads()
    for row in rows:
        if row.parent_id is None:
            ref = contents.ref(row.item_kind, row.item_id) if contents and row.item_kind else None
            by_id[row.id] = Thread(row, ref=ref)
            threads.all.append(by_id[row.id])
    for row in rows:
        if row.parent_id in by_id:
            by_id[row.parent_id].replies.append(row)
    return threads
