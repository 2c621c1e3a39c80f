"""Adding many facts at once, from a checked chronology (assist/readers/chronology.py): all in
one saved version, so one undo takes them all back out. Plain Python over the database."""

from datetime import date

import sqlalchemy as sa

from assist import clock, workflow
from assist.extensions import db
from assist.journey import items
from assist.journey.saving import Locked, hold_for_saving, record_save
from assist.models import Child, Fact
from assist.models.content import DatePrecision, HowKnown
from assist.readers.chronology import Row


def add_facts(assessment, rows: list[Row], user) -> tuple[int, int]:
    """Save ``rows`` (checked, none with a problem) as facts in date order, numbered after the
    assessment's last fact, in one new version. Returns that version and the first new fact's
    number (for undoing it). The caller commits.

    The save lock is taken first, so facts added meanwhile in another tab keep their numbers
    and these follow them."""
    if any(row.problems for row in rows):
        raise ValueError("only checked rows without problems are saved")
    hold_for_saving(assessment)
    if not workflow.can_edit(assessment):
        raise Locked(assessment.status)
    children = {
        str(child.id): child for child in items.live(Child, assessment.id, Child.position, Child.id)
    }
    number = first = items.next_number(Fact, assessment.id)
    # Numbered in date order, those whose date is not known last (as the chronology lists them).
    for row in sorted(
        rows, key=lambda row: (row.date.on is None, row.date.on or date.min, row.number)
    ):
        db.session.add(
            Fact(
                assessment_id=assessment.id,
                number=number,
                occurred_on=row.date.on,
                date_precision=DatePrecision(row.date.precision),
                what_happened=row.text,
                source=row.source,
                how_known=HowKnown(row.how_known),
                category=row.category or None,
                is_historic=row.is_historic,
                # A child deleted since the check is left out; none left means all of them.
                children=[children[key] for key in row.children if key in children],
            )
        )
        number += 1
    record_save(assessment, user, "add_facts", assessment, counted=f"facts={len(rows)}")
    return assessment.version, first


def take_out_added(assessment, version: int, first: int, user) -> int | None:
    """Undo the adding that made ``version``: its facts (numbered from ``first``) are deleted,
    as a delete is (kept, so saved versions can bring them back), in one new version. None, and
    nothing done, when the assessment has changed since. The caller commits."""
    hold_for_saving(assessment)
    if not workflow.can_edit(assessment):
        raise Locked(assessment.status)
    if assessment.version != version:
        return None
    added = db.session.scalars(
        sa.select(Fact).where(
            Fact.assessment_id == assessment.id, Fact.number >= first, Fact.deleted_at.is_(None)
        )
    ).all()
    now = clock.now()
    for fact in added:
        fact.deleted_at = now
    record_save(assessment, user, "undo_add_facts", assessment, counted=f"facts={len(added)}")
    return len(added)


def still_in(assessment, first: int, last: int) -> int:
    """How many of the facts numbered ``first`` to ``last`` (those one adding added) are still
    in the chronology: none once they have been taken out."""
    return db.session.scalar(
        sa.select(sa.func.count())
        .select_from(Fact)
        .where(
            Fact.assessment_id == assessment.id,
            Fact.number.between(first, last),
            Fact.deleted_at.is_(None),
        )
    )
