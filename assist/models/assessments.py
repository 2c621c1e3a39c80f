"""Cases, assessments and their saved versions.

An assessment belongs either to a real case or to a practice scenario, never both: a CHECK
constraint keeps trainee practice apart from real case records.
"""

from datetime import datetime
from enum import StrEnum

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from assist.extensions import db
from assist.models.types import enum_column, timestamp


class AssessmentStatus(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    RETURNED = "returned"
    RESUBMITTED = "resubmitted"
    SIGNED_OFF = "signed_off"

    @property
    def label(self):
        return self.value.replace("_", " ").capitalize()


class Case(db.Model):
    """A real family's case, held by one social worker in one team."""

    __tablename__ = "cases"

    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(sa.String(40), unique=True)
    family_name: Mapped[str] = mapped_column(sa.String(120))
    worker_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id"), index=True)
    team_id: Mapped[int] = mapped_column(sa.ForeignKey("teams.id"), index=True)
    created_at: Mapped[datetime] = timestamp()

    worker = relationship("User", foreign_keys=[worker_id])
    team = relationship("Team")
    assessments: Mapped[list["Assessment"]] = relationship(
        back_populates="case", order_by="Assessment.created_at.desc()"
    )


class Assessment(db.Model):
    __tablename__ = "assessments"
    __table_args__ = (
        sa.CheckConstraint(
            "(is_practice AND scenario_id IS NOT NULL AND case_id IS NULL)"
            " OR (NOT is_practice AND case_id IS NOT NULL AND scenario_id IS NULL)",
            name="practice_or_case",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(sa.String(200))
    is_practice: Mapped[bool] = mapped_column(default=False)
    case_id: Mapped[int | None] = mapped_column(sa.ForeignKey("cases.id"), index=True)
    scenario_id: Mapped[int | None] = mapped_column(sa.ForeignKey("scenarios.id"), index=True)
    author_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id"), index=True)
    status: Mapped[AssessmentStatus] = mapped_column(
        enum_column(AssessmentStatus, name="assessment_status"),
        default=AssessmentStatus.DRAFT,
        index=True,
    )
    # Optimistic locking: every save carries the version it was based on.
    version: Mapped[int] = mapped_column(default=1)
    created_at: Mapped[datetime] = timestamp()
    updated_at: Mapped[datetime] = timestamp()
    submitted_at: Mapped[datetime | None] = timestamp(nullable=True)
    signed_off_at: Mapped[datetime | None] = timestamp(nullable=True)
    signed_off_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"))

    __mapper_args__ = {"version_id_col": version}

    case: Mapped[Case | None] = relationship(back_populates="assessments")
    scenario = relationship("Scenario")
    author = relationship("User", foreign_keys=[author_id])
    signed_off_by = relationship("User", foreign_keys=[signed_off_by_id])
    versions: Mapped[list["AssessmentVersion"]] = relationship(
        back_populates="assessment", order_by="AssessmentVersion.version"
    )


class AssessmentVersion(db.Model):
    """Every saved version is kept, so history can be compared and restored.

    A version is stored either whole (``snapshot``) or as what changed since the version before
    (``changes``, applied to version ``based_on``): an autosave of one fact costs its fact, not
    the assessment. Read a version through ``assist.journey.version_store.snapshot_at``, never
    from these columns."""

    __tablename__ = "assessment_versions"
    __table_args__ = (
        sa.UniqueConstraint("assessment_id", "version"),
        sa.CheckConstraint(
            "(snapshot IS NOT NULL AND changes IS NULL AND based_on IS NULL)"
            " OR (snapshot IS NULL AND changes IS NOT NULL AND based_on IS NOT NULL)",
            name="whole_or_changes",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = mapped_column(sa.ForeignKey("assessments.id", ondelete="CASCADE"))
    version: Mapped[int]
    saved_by_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id"))
    saved_at: Mapped[datetime] = timestamp()
    # Deferred: the list of versions (the history page) needs none of their contents. Python's
    # None is SQL NULL here, not JSON null, so the constraint above sees which one is kept.
    snapshot: Mapped[dict | None] = mapped_column(sa.JSON(none_as_null=True), deferred=True)
    changes: Mapped[dict | None] = mapped_column(sa.JSON(none_as_null=True), deferred=True)
    based_on: Mapped[int | None]
    # Characters of JSON kept in this row: when the changes since the last whole snapshot add
    # up to as much as it, the next version is kept whole (decided without reading them again).
    size: Mapped[int] = mapped_column(default=0)

    assessment: Mapped[Assessment] = relationship(back_populates="versions")
    saved_by = relationship("User")


class IgnoredWord(db.Model):
    """A word the worker told the spelling checker to accept in one assessment (a school, a
    street, a medicine): never flagged there again, and never anywhere else."""

    __tablename__ = "ignored_words"
    __table_args__ = (sa.UniqueConstraint("assessment_id", "word"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = mapped_column(
        sa.ForeignKey("assessments.id", ondelete="CASCADE"), index=True
    )
    word: Mapped[str] = mapped_column(sa.String(200))
