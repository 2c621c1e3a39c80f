"""A trainee's practice: fictional scenarios only, never a real case. The answer itself is
written on the same journey pages as a worker's (assist/author/), for the trainee's own attempt."""

import sqlalchemy as sa
from flask import abort, flash, redirect, render_template, request, url_for
from flask_login import current_user

from assist import audit, records
from assist.access import Access, allow
from assist.extensions import db
from assist.forms import form_for
from assist.models import Assessment, PracticeSubmission, Scenario
from assist.practice import attempts
from assist.practice.comments import tutor_comments
from assist.practice.forms import ActionForm
from assist.practice.progress import progress_of
from assist.trainee import bp


@bp.get("/")
@allow(Access.TRAINEE)
def dashboard():
    scenarios = db.session.scalars(
        sa.select(Scenario).where(Scenario.retired_at.is_(None)).order_by(Scenario.title)
    ).all()
    mine = db.session.scalars(
        records.trainee_practice(current_user).order_by(Assessment.updated_at.desc())
    ).all()
    summaries = {a.id: attempts.submissions(a) for a in mine}
    return render_template(
        "trainee/dashboard.html", scenarios=scenarios, attempts=mine, summaries=summaries
    )


@bp.post("/scenarios/<int:scenario_id>/start")
@allow(Access.TRAINEE)
def start(scenario_id):
    scenario = db.session.get(Scenario, records.valid_id(scenario_id)) or abort(404)
    if not form_for(ActionForm).validate_on_submit():
        abort(400)
    if scenario.retired_at is not None:
        flash("That scenario is no longer available. Choose another one.", "important")
        return redirect(url_for("trainee.dashboard"))
    try:
        assessment = attempts.start_attempt(current_user, scenario)
    except attempts.ScenarioGone:
        flash("That scenario cannot be practised yet. Choose another one.", "important")
        return redirect(url_for("trainee.dashboard"))
    db.session.commit()
    return redirect(url_for("trainee.attempt", assessment_id=assessment.id))


def _attempt(assessment_id):
    assessment = records.practice_for_trainee(current_user, assessment_id)
    audit.record("view", assessment)
    db.session.commit()
    return assessment, attempts.submissions(assessment)


@bp.get("/attempts/<int:assessment_id>")
@allow(Access.TRAINEE)
def attempt(assessment_id):
    assessment, subs = _attempt(assessment_id)
    return render_template(
        "trainee/attempt.html",
        assessment=assessment,
        submissions=subs,
        finished=attempts.is_finished(assessment, subs),
        attempts_left=attempts.attempts_left(assessment, subs),
        comments=tutor_comments(assessment),
    )


@bp.get("/attempts/<int:assessment_id>/feedback")
@allow(Access.TRAINEE)
def feedback(assessment_id):
    assessment, subs = _attempt(assessment_id)
    chosen = subs[-1] if subs else None
    wanted = request.args.get("attempt", type=int)
    if wanted is not None:
        chosen = next((s for s in subs if s.attempt_number == wanted), None) or abort(404)
    return render_template(
        "trainee/feedback.html",
        assessment=assessment,
        submission=chosen,
        submissions=subs,
        finished=attempts.is_finished(assessment, subs),
        attempts_left=attempts.attempts_left(assessment, subs),
    )


@bp.post("/attempts/<int:assessment_id>/finish")
@allow(Access.TRAINEE)
def finish(assessment_id):
    assessment = records.practice_for_trainee(current_user, assessment_id)
    if not form_for(ActionForm).validate_on_submit():
        abort(400)
    if attempts.finish(assessment) is None:
        flash("Submit your answer for feedback at least once before you finish.", "important")
        return redirect(url_for("trainee.attempt", assessment_id=assessment.id))
    audit.record("practice_finish", assessment)
    db.session.commit()
    return redirect(url_for("trainee.compare", assessment_id=assessment.id))


@bp.get("/attempts/<int:assessment_id>/compare")
@allow(Access.TRAINEE)
def compare(assessment_id):
    assessment, subs = _attempt(assessment_id)
    return render_template(
        "trainee/compare.html",
        assessment=assessment,
        submission=subs[-1] if subs else None,
        finished=attempts.is_finished(assessment, subs),
        model=(assessment.scenario.content or {}).get("model_answer") or {},
    )


@bp.get("/progress")
@allow(Access.TRAINEE)
def progress():
    subs = db.session.scalars(
        sa.select(PracticeSubmission)
        .join(Assessment)
        .where(Assessment.is_practice.is_(True), Assessment.author_id == current_user.id)
        .order_by(PracticeSubmission.submitted_at, PracticeSubmission.id)
    ).all()
    return render_template("trainee/progress.html", progress=progress_of(subs))
