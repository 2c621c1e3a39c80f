"""Record-level authorisation: the one place that decides who may see which record.

Every lookup takes the signed-in user and returns the record or raises 404, so a record that
exists but is not yours looks the same as one that does not exist.

Every case and assessment read through these queries (one record, or each row of a list) is
marked as shown to the user, and each one refused as refused: assist/audit.py writes them after
the response. A query that selects plain columns is marked by its ``Assessment.id`` and
``Case.id`` columns.
"""

import sqlalchemy as sa
from flask import abort
from sqlalchemy import event
from sqlalchemy.orm import Session

from assist import audit
from assist.extensions import db
from assist.models import Assessment, AssessmentStatus, Case, Role, Team, User

REVIEWABLE = (
    AssessmentStatus.SUBMITTED,
    AssessmentStatus.RESUBMITTED,
    AssessmentStatus.RETURNED,
    AssessmentStatus.SIGNED_OFF,
)


SHOWN = "audit_shown"  # an execution option: mark what this query returns as shown


def shown(query):
    return query.execution_options(**{SHOWN: True})


@event.listens_for(Session, "do_orm_execute")
def _mark_shown(state):
    if not state.is_select or not state.execution_options.get(SHOWN):
        return None
    frozen = state.invoke_statement().freeze()
    audit.shown(_records_in(frozen().all()))
    return frozen()


def _records_in(rows):
    for row in rows:
        mapping = row._mapping
        for value in row:
            if isinstance(value, Assessment | Case):
                yield value
        for column, record_type in ((Assessment.id, "assessments"), (Case.id, "cases")):
            if column in mapping and mapping[column] is not None:
                yield (record_type, mapping[column])


def _or_refused(found, record_type, record_id):
    if found is None:
        audit.refused(record_type, record_id)
        abort(404)
    return found


def valid_id(record_id):
    """An id that fits the database's integer column, or 404 (PostgreSQL would error)."""
    if isinstance(record_id, int) and 0 < record_id < 2**31:
        return record_id
    abort(404)


def supervised_team_ids(supervisor):
    return sa.select(Team.id).where(Team.supervisor_id == supervisor.id)


# Workers: their own real cases and assessments only.
def worker_cases(worker):
    return shown(sa.select(Case).where(Case.worker_id == worker.id))


def case_for_worker(worker, case_id):
    case = db.session.scalar(worker_cases(worker).where(Case.id == valid_id(case_id)))
    return _or_refused(case, "cases", case_id)


def assessment_for_worker(worker, assessment_id):
    assessment = db.session.scalar(
        shown(sa.select(Assessment))
        .join(Case)
        .where(
            Assessment.id == valid_id(assessment_id),
            Assessment.is_practice.is_(False),
            Case.worker_id == worker.id,
        )
    )
    return _or_refused(assessment, "assessments", assessment_id)


# Supervisors: their team's work once it has been submitted; never drafts, never practice.
def team_queue(supervisor):
    return (
        shown(sa.select(Assessment))
        .join(Case)
        .where(
            Assessment.is_practice.is_(False),
            Assessment.status.in_(REVIEWABLE),
            Case.team_id.in_(supervised_team_ids(supervisor)),
        )
    )


def assessment_for_supervisor(supervisor, assessment_id):
    assessment = db.session.scalar(
        team_queue(supervisor).where(Assessment.id == valid_id(assessment_id))
    )
    return _or_refused(assessment, "assessments", assessment_id)


def team_members(supervisor):
    return sa.select(User).where(User.team_id.in_(supervised_team_ids(supervisor)))


# Trainees: their own practice only.
def trainee_practice(trainee):
    return shown(sa.select(Assessment)).where(
        Assessment.is_practice.is_(True), Assessment.author_id == trainee.id
    )


def practice_for_trainee(trainee, assessment_id):
    assessment = db.session.scalar(
        trainee_practice(trainee).where(Assessment.id == valid_id(assessment_id))
    )
    return _or_refused(assessment, "assessments", assessment_id)


# The journey's author: a worker's own real assessment, or a trainee's own practice attempt.
def assessment_for_author(user, assessment_id):
    if user.role == Role.TRAINEE:
        return practice_for_trainee(user, assessment_id)
    if user.role == Role.WORKER:
        return assessment_for_worker(user, assessment_id)
    return _or_refused(None, "assessments", assessment_id)


# Tutors: the supervisor of a practice team sees that team's trainees' practice, nothing else.
def tutored_practice(tutor):
    return (
        shown(sa.select(Assessment))
        .join(User, Assessment.author_id == User.id)
        .join(Team, User.team_id == Team.id)
        .where(
            Assessment.is_practice.is_(True),
            Team.is_practice.is_(True),
            Team.supervisor_id == tutor.id,
        )
    )


def practice_for_tutor(tutor, assessment_id):
    assessment = db.session.scalar(
        tutored_practice(tutor).where(Assessment.id == valid_id(assessment_id))
    )
    return _or_refused(assessment, "assessments", assessment_id)
