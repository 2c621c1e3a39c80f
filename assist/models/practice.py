"""Trainee practice: fictional scenarios and scored submissions of practice assessments."""

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from assist.extensions import db
from assist.models.types import timestamp


class Scenario(db.Model):
    """A fictional case loaded from a scenario file; retired rather than deleted."""

    __tablename__ = "scenarios"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(sa.String(80), unique=True)
    title: Mapped[str] = mapped_column(sa.String(200))
    summary: Mapped[str] = mapped_column(sa.Text)
    source_digest: Mapped[str] = mapped_column(sa.String(64))
    content: Mapped[dict] = mapped_column(sa.JSON)
    max_attempts: Mapped[int] = mapped_column(default=3)
    loaded_at: Mapped[datetime] = timestamp()
    retired_at: Mapped[datetime | None] = timestamp(nullable=True)


class PracticeSubmission(db.Model):
    """One submitted attempt at a practice assessment, with its criterion-by-criterion score."""

    __tablename__ = "practice_submissions"
    __table_args__ = (sa.UniqueConstraint("assessment_id", "attempt_number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = mapped_column(
        sa.ForeignKey("assessments.id", ondelete="CASCADE"), index=True
    )
    attempt_number: Mapped[int]
    submitted_at: Mapped[datetime] = timestamp()
    score: Mapped[int]
    max_score: Mapped[int]
    feedback: Mapped[dict] = mapped_column(sa.JSON)  # findings and score per criterion
    finished: Mapped[bool] = mapped_column(default=False)

    assessment = relationship("Assessment")
