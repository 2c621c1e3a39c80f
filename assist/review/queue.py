"""The review queue: the team's submitted and resubmitted work, ordered by what needs attention
(error-level findings first, then longest waiting), with filters by worker, status and criterion.

A handful of queries whatever the queue's length: the assessments with their case and author,
the first child of each, and the stored finding tallies."""

from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import contains_eager

from assist import clock, records
from assist.extensions import db
from assist.models import Assessment, AssessmentStatus, Child, Team, User
from assist.review.tallies import tallies_for

AWAITING_REVIEW = (AssessmentStatus.SUBMITTED, AssessmentStatus.RESUBMITTED)


@dataclass
class QueueRow:
    assessment: Assessment
    errors: int
    counts: dict  # criterion id -> open findings
    child_name: str
    child_age: str
    days_waiting: int

    @property
    def total(self):
        return sum(self.counts.values())


@dataclass
class Filters:
    worker: int | None = None
    status: str | None = None
    criterion: str | None = None

    @classmethod
    def from_args(cls, args, criterion_ids):
        worker = args.get("worker", "")
        status = args.get("status", "")
        criterion = args.get("criterion", "")
        return cls(
            worker=int(worker) if worker.isdigit() and len(worker) < 10 else None,
            status=status if status in {s.value for s in AWAITING_REVIEW} else None,
            criterion=criterion if criterion in criterion_ids else None,
        )


def age_of(child, today):
    if child is None:
        return "No child recorded"
    if child.is_unborn:
        return "unborn"
    if child.date_of_birth is None:
        return "age not recorded"
    born = child.date_of_birth
    years = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
    if years >= 2:
        return f"{years} years"
    months = (today.year - born.year) * 12 + today.month - born.month - (today.day < born.day)
    return f"{max(months, 0)} month{'' if months == 1 else 's'}"


def review_queue(supervisor, filters=None):
    filters = filters or Filters()
    query = (
        records.team_queue(supervisor)
        .join(User, Assessment.author_id == User.id)
        .where(Assessment.status.in_(AWAITING_REVIEW))
        .options(contains_eager(Assessment.case), contains_eager(Assessment.author))
    )
    if filters.worker is not None:
        query = query.where(Assessment.author_id == filters.worker)
    if filters.status is not None:
        query = query.where(Assessment.status == AssessmentStatus(filters.status))
    assessments = db.session.scalars(query).unique().all()
    tallies = tallies_for(assessments)
    first_child = _first_children([a.id for a in assessments])
    now = clock.now()
    today = now.date()
    rows = []
    for assessment in assessments:
        tally = tallies[assessment.id]
        if filters.criterion and not tally.counts.get(filters.criterion):
            continue
        child = first_child.get(assessment.id)
        waited = now - (assessment.submitted_at or now)
        rows.append(
            QueueRow(
                assessment=assessment,
                errors=tally.errors,
                counts=dict(sorted(tally.counts.items(), key=lambda kv: (-kv[1], kv[0]))),
                child_name=child.name if child else "",
                child_age=age_of(child, today),
                days_waiting=max(waited.days, 0),
            )
        )
    # Work with errors first (most errors first), then whatever has waited longest.
    rows.sort(key=lambda r: (-r.errors, r.assessment.submitted_at or now, r.assessment.id))
    return rows


def _first_children(assessment_ids):
    if not assessment_ids:
        return {}
    children = db.session.execute(
        sa.select(Child.assessment_id, Child.name, Child.date_of_birth, Child.is_unborn)
        .where(Child.assessment_id.in_(assessment_ids), Child.deleted_at.is_(None))
        .order_by(Child.assessment_id, Child.position, Child.id)
    ).all()
    first = {}
    for child in children:
        first.setdefault(child.assessment_id, child)
    return first


def team_workers(supervisor):
    """Who can be in the queue: members of the supervisor's case teams (trainees practise in a
    practice team and never appear)."""
    return db.session.scalars(
        records.team_members(supervisor)
        .join(Team, User.team_id == Team.id)
        .where(Team.is_practice.is_(False))
        .order_by(User.name)
    ).all()
