"""The review queue: the team's submitted and resubmitted work, ordered by what needs attention
(error-level findings first, then longest waiting), with filters by worker, status and criterion.

A handful of queries whatever the queue's length: the assessments with their case, author and
stored finding tallies in one, and the children of each in another."""

from dataclasses import dataclass

import sqlalchemy as sa

from assist import clock, records
from assist.extensions import db
from assist.models import Assessment, AssessmentStatus, Case, Child, FindingTally, Team, User
from assist.review.tallies import tallies_for
from assist.word.labels import uk_moment

AWAITING_REVIEW = (AssessmentStatus.SUBMITTED, AssessmentStatus.RESUBMITTED)


@dataclass
class QueueRow:
    id: int
    title: str
    status: AssessmentStatus
    case_reference: str
    worker: str
    submitted_at: object
    errors: int
    counts: dict  # criterion id -> open findings
    children: list  # [(name, age)], youngest first: the one most at risk is never left out
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

    def as_args(self):
        """The filters as query arguments, for the page links."""
        values = {"worker": self.worker, "status": self.status, "criterion": self.criterion}
        return {key: value for key, value in values.items() if value is not None}


@dataclass
class Page:
    """One page of the queue: the most pressing work comes first, so page 1 is what matters."""

    rows: list
    number: int
    pages: int

    SIZE = 50

    @classmethod
    def of(cls, rows, asked):
        pages = max((len(rows) + cls.SIZE - 1) // cls.SIZE, 1)
        number = int(asked) if asked.isdigit() and len(asked) < 6 else 1
        number = min(max(number, 1), pages)
        start = (number - 1) * cls.SIZE
        return cls(rows[start : start + cls.SIZE], number, pages)


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


def review_queue(supervisor, rubric, filters=None):
    filters = filters or Filters()
    # Plain rows, not ORM objects: building 500 assessments with their case and author was
    # most of this page's time.
    query = (
        records.team_queue(supervisor)
        .with_only_columns(
            Assessment.id,
            Assessment.title,
            Assessment.status,
            Assessment.submitted_at,
            Case.reference,
            User.name.label("worker"),
            FindingTally.errors,
            FindingTally.counts,
            FindingTally.computed_at,
        )
        .join(User, Assessment.author_id == User.id)
        .outerjoin(FindingTally, FindingTally.assessment_id == Assessment.id)
        .where(Assessment.status.in_(AWAITING_REVIEW))
    )
    if filters.worker is not None:
        query = query.where(Assessment.author_id == filters.worker)
    if filters.status is not None:
        query = query.where(Assessment.status == AssessmentStatus(filters.status))
    found = db.session.execute(query).all()
    recount = _recount(found, rubric)
    children = _children([row.id for row in found])
    now = clock.now()
    today = uk_moment(now).date()  # a child's birthday comes at midnight in the UK
    rows = []
    for row in found:
        errors, counts = recount.get(row.id) or (row.errors, row.counts)
        if filters.criterion and not counts.get(filters.criterion):
            continue
        submitted_at = row.submitted_at or now
        rows.append(
            QueueRow(
                id=row.id,
                title=row.title,
                status=row.status,
                case_reference=row.reference,
                worker=row.worker,
                submitted_at=submitted_at,
                errors=errors,
                counts=dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))),
                children=[(c.name, age_of(c, today)) for c in children.get(row.id, [])],
                days_waiting=max((now - submitted_at).days, 0),
            )
        )
    # Work with errors first (most errors first), then whatever has waited longest.
    rows.sort(key=lambda r: (-r.errors, r.submitted_at, r.id))
    return rows


def _recount(found, rubric):
    """Count findings for the assessments never counted, or (re)submitted since."""
    stale = [
        row.id
        for row in found
        if row.counts is None
        or (row.submitted_at is not None and row.computed_at < row.submitted_at)
    ]
    if not stale:
        return {}
    assessments = db.session.scalars(sa.select(Assessment).where(Assessment.id.in_(stale))).all()
    tallies = tallies_for(assessments, rubric)
    return {aid: (tally.errors, tally.counts) for aid, tally in tallies.items()}


def _children(assessment_ids):
    """{assessment id: its children, youngest first (the unborn, then by date of birth, then
    those whose birthday is not recorded)}."""
    if not assessment_ids:
        return {}
    rows = db.session.execute(
        sa.select(Child.assessment_id, Child.name, Child.date_of_birth, Child.is_unborn)
        .where(Child.assessment_id.in_(assessment_ids), Child.deleted_at.is_(None))
        .order_by(Child.assessment_id, Child.position, Child.id)
    ).all()
    children = {}
    for child in rows:
        children.setdefault(child.assessment_id, []).append(child)
    for found in children.values():
        found.sort(key=_youngest_first)
    return children


def _youngest_first(child):
    if child.is_unborn:
        return (0, 0)
    if child.date_of_birth is None:
        return (2, 0)
    return (1, -child.date_of_birth.toordinal())


def team_workers(supervisor):
    """Who can be in the queue: members of the supervisor's case teams (trainees practise in a
    practice team and never appear)."""
    return db.session.scalars(
        records.team_members(supervisor)
        .join(Team, User.team_id == Team.id)
        .where(Team.is_practice.is_(False))
        .order_by(User.name)
    ).all()
