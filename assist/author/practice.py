"""What the journey pages do differently for a trainee's practice attempt: the scenario's
people and facts are fixed, findings cannot be dismissed (they are the feedback), submitting
scores the attempt instead of sending it for review, and a withdrawn scenario's attempts can
only be read. The web side of assist.practice, which stays plain."""

from flask import abort, current_app, flash, make_response, redirect, render_template, url_for

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
    return redirect(url_for("author.assessment", assessment_id=assessment.id))


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


def refuse_retired(assessment):
    """An attempt on a scenario that has been withdrawn can no longer be worked on."""
    scenario = assessment.scenario
    if scenario is None or scenario.retired_at is not None:
        abort(
            make_response(render_template("trainee/scenario_gone.html", assessment=assessment), 410)
        )
