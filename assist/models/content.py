"""What an assessment says: people, facts, the child's experience, analysis, risk, recommendations.

Items carry a short per-assessment reference (F3, A2, D1, R4) that other sections cite, and
citations are rows in ``links``, not text. Deleting sets ``deleted_at`` so it can be undone.
"""

from datetime import date, datetime

import sqlalchemy as sa
from sqlalchemy.ext.hybrid import hybrid_property
from sqlalchemy.orm import Mapped, mapped_column, relationship

from assist.extensions import db
from assist.models.types import enum_column, timestamp
from assist.vocabulary import (  # noqa: F401  (the models' vocabulary, imported from here too)
    DatePrecision,
    ExperienceKind,
    HowKnown,
    ItemKind,
    LinkRole,
    Probability,
    RiskFactorKind,
)


def assessment_fk():
    return mapped_column(sa.ForeignKey("assessments.id", ondelete="CASCADE"), index=True)


class Child(db.Model):
    __tablename__ = "children"

    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = assessment_fk()
    name: Mapped[str] = mapped_column(sa.String(120))
    date_of_birth: Mapped[date | None]
    is_unborn: Mapped[bool] = mapped_column(default=False)
    ethnicity: Mapped[str | None] = mapped_column(sa.String(120))
    first_language: Mapped[str | None] = mapped_column(sa.String(80))
    disability: Mapped[str | None] = mapped_column(sa.Text)
    communication_needs: Mapped[str | None] = mapped_column(sa.Text)
    is_preverbal: Mapped[bool] = mapped_column(default=False)
    position: Mapped[int] = mapped_column(default=0)
    deleted_at: Mapped[datetime | None] = timestamp(nullable=True)


class Adult(db.Model):
    __tablename__ = "adults"

    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = assessment_fk()
    name: Mapped[str] = mapped_column(sa.String(120))
    relationship_to_child: Mapped[str] = mapped_column(sa.String(200))
    lives_in_household: Mapped[bool] = mapped_column(default=True)
    notes: Mapped[str | None] = mapped_column(sa.Text)
    position: Mapped[int] = mapped_column(default=0)
    deleted_at: Mapped[datetime | None] = timestamp(nullable=True)


# Which of the assessment's children a fact concerns. No rows: all of them (every fact before
# this table, and the form's default), so a child added later is not left out of old facts.
fact_children = sa.Table(
    "fact_children",
    db.metadata,
    sa.Column("fact_id", sa.ForeignKey("facts.id", ondelete="CASCADE"), primary_key=True),
    sa.Column(
        "child_id", sa.ForeignKey("children.id", ondelete="CASCADE"), primary_key=True, index=True
    ),
)


# A fact has a date exactly when its precision says one is known: never a made-up day.
DATE_KNOWN_OR_NOT = (
    "(occurred_on IS NULL AND date_precision = 'unknown')"
    " OR (occurred_on IS NOT NULL AND date_precision <> 'unknown')"
)


class Fact(db.Model):
    __tablename__ = "facts"
    __table_args__ = (
        sa.UniqueConstraint("assessment_id", "number"),
        sa.CheckConstraint(DATE_KNOWN_OR_NOT, name="date_known_or_not"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = assessment_fk()
    number: Mapped[int]  # shown as F1, F2, ...
    occurred_on: Mapped[date | None]  # None: the date is not known (DatePrecision.UNKNOWN)
    date_precision: Mapped[DatePrecision] = mapped_column(
        enum_column(DatePrecision, name="date_precision"), default=DatePrecision.EXACT
    )
    what_happened: Mapped[str] = mapped_column(sa.Text)
    source: Mapped[str] = mapped_column(sa.String(300))
    how_known: Mapped[HowKnown] = mapped_column(enum_column(HowKnown, name="how_known"))
    corroborated: Mapped[bool | None]
    category: Mapped[str | None] = mapped_column(sa.String(80))
    is_historic: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = timestamp()
    deleted_at: Mapped[datetime | None] = timestamp(nullable=True)

    # Loaded with the facts in one query: the chronology lists hundreds of facts.
    children: Mapped[list[Child]] = relationship(
        secondary=fact_children, lazy="selectin", order_by=(Child.position, Child.id)
    )

    @property
    def reference(self):
        return f"F{self.number}"

    @hybrid_property
    def in_date_order(self):
        """Sorts facts by date, those whose date is not known last. The same in Python and in
        SQL on every engine: SQLite puts NULLs first, PostgreSQL last, unless told."""
        return (self.occurred_on is None, self.occurred_on or date.min)

    @in_date_order.inplace.expression
    @classmethod
    def _in_date_order(cls):
        return sa.nulls_last(cls.occurred_on)


class ChildExperience(db.Model):
    __tablename__ = "child_experiences"

    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = assessment_fk()
    child_id: Mapped[int] = mapped_column(sa.ForeignKey("children.id", ondelete="CASCADE"))
    kind: Mapped[ExperienceKind] = mapped_column(enum_column(ExperienceKind, name="experience"))
    text: Mapped[str] = mapped_column(sa.Text)
    heard_on: Mapped[date | None]
    how_heard: Mapped[str | None] = mapped_column(sa.String(300))
    what_was_done: Mapped[str | None] = mapped_column(sa.Text)
    created_at: Mapped[datetime] = timestamp()
    deleted_at: Mapped[datetime | None] = timestamp(nullable=True)

    child: Mapped[Child] = relationship()


class AnalysisStatement(db.Model):
    __tablename__ = "analysis_statements"
    __table_args__ = (sa.UniqueConstraint("assessment_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = assessment_fk()
    number: Mapped[int]  # shown as A1, A2, ...
    meaning_for_child: Mapped[str] = mapped_column(sa.Text)
    alternative_explanation: Mapped[str | None] = mapped_column(sa.Text)
    reasoning: Mapped[str | None] = mapped_column(sa.Text)
    is_pattern: Mapped[bool] = mapped_column(default=False)  # cumulative harm across facts
    created_at: Mapped[datetime] = timestamp()
    deleted_at: Mapped[datetime | None] = timestamp(nullable=True)

    @property
    def reference(self):
        return f"A{self.number}"


class Danger(db.Model):
    __tablename__ = "dangers"
    __table_args__ = (sa.UniqueConstraint("assessment_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = assessment_fk()
    number: Mapped[int]  # shown as D1, D2, ...
    child_id: Mapped[int | None] = mapped_column(sa.ForeignKey("children.id", ondelete="SET NULL"))
    feared_outcome: Mapped[str] = mapped_column(sa.Text)
    probability: Mapped[Probability | None] = mapped_column(
        enum_column(Probability, name="probability")
    )
    probability_reasoning: Mapped[str | None] = mapped_column(sa.Text)
    created_at: Mapped[datetime] = timestamp()
    deleted_at: Mapped[datetime | None] = timestamp(nullable=True)

    child: Mapped[Child | None] = relationship()
    factors: Mapped[list["RiskFactor"]] = relationship(
        back_populates="danger", order_by="RiskFactor.id"
    )

    @property
    def reference(self):
        return f"D{self.number}"


class RiskFactor(db.Model):
    """A hazard, strength, information gap or method under one danger."""

    __tablename__ = "risk_factors"

    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = assessment_fk()
    danger_id: Mapped[int] = mapped_column(sa.ForeignKey("dangers.id", ondelete="CASCADE"))
    kind: Mapped[RiskFactorKind] = mapped_column(enum_column(RiskFactorKind, name="risk_factor"))
    text: Mapped[str] = mapped_column(sa.Text)
    how_to_fill: Mapped[str | None] = mapped_column(sa.Text)  # for information gaps
    created_at: Mapped[datetime] = timestamp()
    deleted_at: Mapped[datetime | None] = timestamp(nullable=True)

    danger: Mapped[Danger] = relationship(back_populates="factors")


class Recommendation(db.Model):
    __tablename__ = "recommendations"
    __table_args__ = (sa.UniqueConstraint("assessment_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = assessment_fk()
    number: Mapped[int]  # shown as R1, R2, ...
    action: Mapped[str] = mapped_column(sa.Text)
    objective_for_child: Mapped[str | None] = mapped_column(sa.Text)
    reason: Mapped[str | None] = mapped_column(sa.Text)
    who: Mapped[str | None] = mapped_column(sa.String(200))
    by_when: Mapped[date | None]
    how_we_will_know: Mapped[str | None] = mapped_column(sa.Text)
    created_at: Mapped[datetime] = timestamp()
    deleted_at: Mapped[datetime | None] = timestamp(nullable=True)

    @property
    def reference(self):
        return f"R{self.number}"


class Link(db.Model):
    """One citation: the item ``from`` rests on, answers, or fills the item ``to``."""

    __tablename__ = "links"
    __table_args__ = (
        sa.UniqueConstraint(
            "from_kind", "from_id", "to_kind", "to_id", "role", name="uq_links_endpoints"
        ),
        sa.Index("ix_links_to", "to_kind", "to_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = assessment_fk()
    from_kind: Mapped[ItemKind] = mapped_column(enum_column(ItemKind, name="from_kind"))
    from_id: Mapped[int]
    to_kind: Mapped[ItemKind] = mapped_column(enum_column(ItemKind, name="to_kind"))
    to_id: Mapped[int]
    role: Mapped[LinkRole] = mapped_column(enum_column(LinkRole, name="link_role"))
    created_at: Mapped[datetime] = timestamp()
