"""Returning an assessment for revision or signing it off, through the status workflow, and
telling the worker on their dashboard."""

import sqlalchemy as sa

from assist import audit, clock, workflow
from assist.extensions import db
from assist.journey import version_store
from assist.journey.snapshot import snapshot_of
from assist.models import Assessment, AssessmentStatus, Case, ReviewDecision
from assist.models.review import Decision
from assist.review import Refused
from assist.review.comments import MAX_LENGTH
from assist.review.tallies import keep_first

TARGET = {
    Decision.RETURNED: AssessmentStatus.RETURNED,
    Decision.SIGNED_OFF: AssessmentStatus.SIGNED_OFF,
}
DONE = {
    AssessmentStatus.RETURNED: "It has already been returned to the worker",
    AssessmentStatus.SIGNED_OFF: "It has already been signed off",
    AssessmentStatus.DRAFT: "It is a draft that has not been submitted",
}


def decide(assessment, supervisor, decision, reason, based_on_version, *, rubric):
    """Record the decision and move the status; refuse (changing nothing) when the workflow
    does not allow it, when the page was stale, or when a return has no reason. ``rubric``
    counts the findings as first reviewed."""
    try:
        decision = Decision(decision)
    except ValueError:
        raise Refused("Choose whether to return the assessment or sign it off.") from None
    if assessment.status not in (AssessmentStatus.SUBMITTED, AssessmentStatus.RESUBMITTED):
        raise Refused(
            f"{DONE.get(assessment.status, 'It cannot be decided now')}: nothing was changed."
        )
    if str(based_on_version) != str(assessment.version):
        raise Refused(
            "The assessment changed since you opened it. Read it again, then decide: "
            "nothing was changed."
        )
    reason = (reason or "").strip()
    if decision == Decision.RETURNED and not reason:
        raise Refused("Enter what the worker needs to change: a return needs a reason.")
    if len(reason) > MAX_LENGTH:
        raise Refused(f"The reason must be {MAX_LENGTH} characters or fewer.")
    reviewed_version = assessment.version
    keep_reviewed_version(assessment, supervisor)
    try:
        workflow.move(assessment, TARGET[decision], supervisor)
    except workflow.NotAllowed as refused:
        raise Refused(f"{refused}: nothing was changed.") from None
    keep_first(assessment, rubric)
    row = ReviewDecision(
        assessment_id=assessment.id,
        supervisor_id=supervisor.id,
        decision=decision,
        reason=reason or None,
        reviewed_version=reviewed_version,
    )
    db.session.add(row)
    db.session.flush()
    audit.record(decision.value, assessment, detail=f"decision={row.id} version={reviewed_version}")
    return row


def keep_reviewed_version(assessment, supervisor):
    """Keep exactly what the supervisor read, whole, so a resubmission and the team's counts
    read it in one row (a submission changes the status, not the content, and saves no version
    of its own)."""
    if not version_store.make_whole(assessment.id, assessment.version):
        version_store.keep(assessment, supervisor, snapshot_of(assessment), whole=True)


def last_decision(assessment_id):
    return db.session.scalar(
        sa.select(ReviewDecision)
        .where(ReviewDecision.assessment_id == assessment_id)
        .order_by(ReviewDecision.created_at.desc(), ReviewDecision.id.desc())
        .limit(1)
    )


def unseen_for_worker(worker):
    """Decisions on the worker's assessments that they have not opened yet, newest first."""
    return db.session.execute(
        sa.select(ReviewDecision, Assessment)
        .join(Assessment, ReviewDecision.assessment_id == Assessment.id)
        .join(Case, Assessment.case_id == Case.id)
        .where(
            Case.worker_id == worker.id,
            Assessment.is_practice.is_(False),
            ReviewDecision.seen_by_worker_at.is_(None),
        )
        .order_by(ReviewDecision.created_at.desc(), ReviewDecision.id.desc())
    ).all()


def mark_seen(assessment):
    """The worker opened the assessment: its decisions leave their dashboard."""
    db.session.execute(
        sa.update(ReviewDecision)
        .where(
            ReviewDecision.assessment_id == assessment.id,
            ReviewDecision.seen_by_worker_at.is_(None),
        )
        .values(seen_by_worker_at=clock.now())
    )
