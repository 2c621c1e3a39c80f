"""Practice attempts: starting one copies the scenario's people and facts into a new practice
assessment; each submission is scored and kept; finishing (or the last allowed submission)
locks the answer and opens the model answer."""

import sqlalchemy as sa

from assist import clock
from assist.document import Document
from assist.extensions import db
from assist.journey.saving import record_save
from assist.journey.snapshot import to_document
from assist.journey.writing import write_document
from assist.models import Assessment, AssessmentStatus, PracticeSubmission
from assist.practice.scoring import score

# The scenario file gives these; the trainee cites them but cannot change them.
FIXED_SECTIONS = ("people", "facts")


class ScenarioGone(Exception):
    """The scenario was withdrawn: no new attempts, and attempts on it can only be read."""


def start_attempt(trainee, scenario):
    if scenario.retired_at is not None or not scenario.content.get("facts"):
        raise ScenarioGone(scenario.title)
    content = scenario.content
    assessment = Assessment(
        title=f"Practice: {scenario.title}"[:200],
        is_practice=True,
        scenario=scenario,
        author_id=trainee.id,
    )
    db.session.add(assessment)
    db.session.flush()
    # The trainee is given the scenario's people and facts; the rest is theirs to write.
    given = {key: content.get(key, []) for key in ("children", "adults", "facts")}
    write_document(assessment.id, Document.from_dict(given))
    record_save(assessment, trainee, "create", assessment)
    return assessment


def submissions(assessment):
    return db.session.scalars(
        sa.select(PracticeSubmission)
        .where(PracticeSubmission.assessment_id == assessment.id)
        .order_by(PracticeSubmission.attempt_number)
    ).all()


def submit(assessment, rubric):
    """Score the answer as it stands and keep it. The last allowed submission finishes."""
    earlier = submissions(assessment)
    number = len(earlier) + 1
    document = to_document(assessment)
    result = score(document, rubric)
    finished = number >= assessment.scenario.max_attempts
    submission = PracticeSubmission(
        assessment_id=assessment.id,
        attempt_number=number,
        score=result["score"],
        max_score=result["max_score"],
        feedback={"criteria": result["criteria"], "answer": document.to_dict()},
        finished=finished,
        submitted_at=clock.now(),
    )
    db.session.add(submission)
    if finished:
        _lock(assessment)
    return submission


def finish(assessment):
    """The trainee chose to stop revising: their last submission is their final answer."""
    latest = submissions(assessment)[-1:]
    if not latest:
        return None
    latest[0].finished = True
    _lock(assessment)
    return latest[0]


def _lock(assessment):
    # Submitted, so the journey pages show it read-only (workflow.can_edit); practice never
    # enters a review queue (records.team_queue leaves practice out).
    assessment.status = AssessmentStatus.SUBMITTED
    assessment.submitted_at = clock.now()
    assessment.updated_at = clock.now()


def is_finished(assessment, subs=None):
    subs = submissions(assessment) if subs is None else subs
    return any(s.finished for s in subs)


def attempts_left(assessment, subs):
    return max(assessment.scenario.max_attempts - len(subs), 0)
