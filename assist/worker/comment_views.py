"""A worker reads their supervisor's comments next to the items they are about, and replies;
their dashboard tells them when an assessment was returned or signed off."""

from flask import flash, g, redirect
from flask_login import current_user

from assist import audit
from assist.access import Access, allow
from assist.extensions import db
from assist.journey import items
from assist.review import Refused
from assist.review.comments import add_reply, threads_for
from assist.review.decisions import last_decision, unseen_for_worker
from assist.worker import bp
from assist.worker.forms import ReplyForm
from assist.worker.journey_editing import assessment_for_editing
from assist.worker.journey_views import PREFIX


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


def _threads(assessment, contents=None):
    """Loaded once per request: every item row on a page asks for its own comments."""
    cache = g.setdefault("review_threads", {})
    if assessment.id not in cache:
        cache[assessment.id] = threads_for(assessment.id, contents or items.load(assessment.id))
    return cache[assessment.id]


@bp.app_template_global()
def review_threads(assessment, section_key=None, contents=None):
    """The supervisor's comment threads on this assessment, for one section or all."""
    threads = _threads(assessment, contents)
    if section_key is None:
        return threads.all
    return threads.for_section(section_key, items_too=True)


@bp.app_template_global()
def item_review_threads(assessment, kind, item_id, contents=None):
    return _threads(assessment, contents).for_item(kind, item_id)


@bp.app_template_global()
def review_notices():
    return unseen_for_worker(current_user)


@bp.app_template_global()
def latest_decision(assessment):
    """The supervisor's last word stays on the task list after the dashboard notice goes."""
    return None if assessment.is_practice else last_decision(assessment.id)
