"""Supervision: comments anchored to items, decisions, and dismissed rubric findings."""

from datetime import datetime
from enum import StrEnum

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from assist.extensions import db
from assist.models.content import ItemKind
from assist.models.types import enum_column, timestamp


class CommentStance(StrEnum):
    COMMENT = "comment"
    REPLY = "reply"
    AGREE_FINDING = "agree_finding"


class Decision(StrEnum):
    RETURNED = "returned"
    SIGNED_OFF = "signed_off"


class Comment(db.Model):
    """A comment on an item, a section, or a finding; replies point at their parent."""

    __tablename__ = "comments"

    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = mapped_column(
        sa.ForeignKey("assessments.id", ondelete="CASCADE"), index=True
    )
    author_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id"))
    parent_id: Mapped[int | None] = mapped_column(sa.ForeignKey("comments.id"))
    section: Mapped[str | None] = mapped_column(sa.String(40))
    item_kind: Mapped[ItemKind | None] = mapped_column(enum_column(ItemKind, name="item_kind"))
    item_id: Mapped[int | None]
    criterion_id: Mapped[str | None] = mapped_column(sa.String(80))
    stance: Mapped[CommentStance] = mapped_column(
        enum_column(CommentStance, name="stance"), default=CommentStance.COMMENT
    )
    body: Mapped[str] = mapped_column(sa.Text)
    created_at: Mapped[datetime] = timestamp()

    author = relationship("User")


class ReviewDecision(db.Model):
    __tablename__ = "review_decisions"

    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = mapped_column(
        sa.ForeignKey("assessments.id", ondelete="CASCADE"), index=True
    )
    supervisor_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id"))
    decision: Mapped[Decision] = mapped_column(enum_column(Decision, name="decision"))
    reason: Mapped[str | None] = mapped_column(sa.Text)  # required when returning
    reviewed_version: Mapped[int]
    created_at: Mapped[datetime] = timestamp()
    seen_by_worker_at: Mapped[datetime | None] = timestamp(nullable=True)

    supervisor = relationship("User")


class FindingDismissal(db.Model):
    """The rubric can be wrong: one finding on one item, dismissed while its text is unchanged."""

    __tablename__ = "finding_dismissals"

    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = mapped_column(
        sa.ForeignKey("assessments.id", ondelete="CASCADE"), index=True
    )
    criterion_id: Mapped[str] = mapped_column(sa.String(80))
    item_kind: Mapped[ItemKind | None] = mapped_column(enum_column(ItemKind, name="item_kind"))
    item_id: Mapped[int | None]
    text_digest: Mapped[str] = mapped_column(sa.String(64))
    reason: Mapped[str] = mapped_column(sa.Text)
    dismissed_by_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id"))
    created_at: Mapped[datetime] = timestamp()

    dismissed_by = relationship("User")


class FindingTally(db.Model):
    """How many open findings an assessment had, by criterion, when it was last checked: the
    queue and the team page read these instead of running the rubric on every row."""

    __tablename__ = "finding_tallies"

    assessment_id: Mapped[int] = mapped_column(
        sa.ForeignKey("assessments.id", ondelete="CASCADE"), primary_key=True
    )
    computed_at: Mapped[datetime] = timestamp()
    errors: Mapped[int] = mapped_column(default=0)
    counts: Mapped[dict] = mapped_column(sa.JSON, default=dict)  # criterion id -> open findings


class FirstReviewTally(db.Model):
    """The findings by criterion an assessment had when a supervisor first decided on it: what
    the worker got wrong before review put it right. Written once; the team page counts these,
    so a returned and corrected assessment still shows what the team needs to learn."""

    __tablename__ = "first_review_tallies"

    assessment_id: Mapped[int] = mapped_column(
        sa.ForeignKey("assessments.id", ondelete="CASCADE"), primary_key=True
    )
    counts: Mapped[dict] = mapped_column(sa.JSON, default=dict)  # criterion id -> findings
