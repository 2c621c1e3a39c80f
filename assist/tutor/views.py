"""A tutor's pages: their trainees and each attempt, with the tutor's comments."""

import sqlalchemy as sa
from flask import flash, redirect, render_template, url_for
from flask_login import current_user

from assist import audit, records
from assist.access import Access, allow
from assist.extensions import db
from assist.forms import form_for
from assist.models import Assessment, Comment, Team, User
from assist.practice import attempts
from assist.practice.comments import PRACTICE_SECTION, tutor_comments
from assist.practice.forms import TutorCommentForm
from assist.practice.progress import progress_of
from assist.tutor import bp


@bp.get("/")
@allow(Access.SUPERVISOR)
def dashboard():
    trainees = db.session.scalars(
        sa.select(User)
        .join(Team, User.team_id == Team.id)
        .where(Team.is_practice.is_(True), Team.supervisor_id == current_user.id)
        .order_by(User.name)
    ).all()
    practice = db.session.scalars(
        records.tutored_practice(current_user).order_by(Assessment.updated_at.desc())
    ).all()
    by_trainee = {t.id: [] for t in trainees}
    for assessment in practice:
        by_trainee.setdefault(assessment.author_id, []).append(
            (assessment, attempts.submissions(assessment))
        )
    return render_template("tutor/dashboard.html", trainees=trainees, by_trainee=by_trainee)


def _render(assessment, form):
    subs = attempts.submissions(assessment)
    return render_template(
        "tutor/attempt.html",
        assessment=assessment,
        submissions=subs,
        submission=subs[-1] if subs else None,
        progress=progress_of(subs),
        comments=tutor_comments(assessment),
        form=form,
    )


@bp.route("/attempts/<int:assessment_id>", methods=["GET", "POST"])
@allow(Access.SUPERVISOR)
def attempt(assessment_id):
    assessment = records.practice_for_tutor(current_user, assessment_id)
    form = form_for(TutorCommentForm)
    if form.validate_on_submit():
        comment = Comment(
            assessment_id=assessment.id,
            author_id=current_user.id,
            section=PRACTICE_SECTION,
            body=form.body.data,
        )
        db.session.add(comment)
        db.session.flush()
        audit.record("comment", comment, detail=f"practice assessment={assessment.id}")
        db.session.commit()
        flash("Comment added. The trainee sees it on their attempt.", "success")
        return redirect(url_for("tutor.attempt", assessment_id=assessment.id))
    audit.record("view", assessment)
    db.session.commit()
    return _render(assessment, form)
