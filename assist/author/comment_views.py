"""A worker reads their supervisor's comments next to the items they are about, and replies;
their dashboard tells them when an assessment was returned or signed off."""

from flask import flash, redirect
from flask_login import current_user

from assist import audit
from assist.access import Access, allow
from assist.author import bp
from assist.author.forms import ReplyForm
from assist.author.journey_editing import assessment_for_editing
from assist.author.journey_views import PREFIX
from assist.extensions import db
from assist.review import Refused
from assist.review.comments import add_reply


@bp.post(PREFIX + "/comments/reply")
@allow(Access.WORKER)
def reply_to_comment(assessment_id):
    assessment = assessment_for_editing(assessment_id)
    form = ReplyForm()
    back = form.back_to(assessment)
    if not form.validate_on_submit():
        return _not_saved(form.first_error, back)
    try:
        reply = add_reply(assessment, current_user, form.comment.data, form.body.data)
    except Refused as refused:
        db.session.rollback()
        return _not_saved(refused, back)
    audit.record("reply", reply, detail=f"assessment={assessment.id}")
    db.session.commit()
    flash("Reply saved. Your supervisor will see it next to their comment.", "success")
    return redirect(back)


def _not_saved(why, back):
    flash(f"{why} Nothing was saved.", "important")
    return redirect(back)
