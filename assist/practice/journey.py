"""What the worker's journey pages do differently for a trainee's practice attempt: the
scenario's people and facts are fixed, findings cannot be dismissed (they are the feedback),
and submitting scores the attempt instead of sending it for review."""

from flask import abort, current_app, flash, redirect, url_for

from assist import audit
from assist.extensions import db
from assist.practice import attempts
from assist.practice.attempts import FIXED_SECTIONS


def refuse_fixed_section(assessment, section_key):
    if assessment.is_practice and section_key in FIXED_SECTIONS:
        abort(404)


def refuse_practice_dismissal(assessment):
    flash(
        "In practice, findings cannot be dismissed: they are your feedback. Change your answer "
        "instead, or tell your tutor why you disagree.",
        "important",
    )
    return redirect(url_for("worker.assessment", assessment_id=assessment.id))


def submit_practice(assessment, trainee):
    submission = attempts.submit(assessment, current_app.extensions["assist.rubric"])
    db.session.flush()
    audit.record(
        "practice_submit",
        assessment,
        detail=f"attempt={submission.attempt_number} score={submission.score}",
    )
    db.session.commit()
    return redirect(url_for("trainee.feedback", assessment_id=assessment.id))
