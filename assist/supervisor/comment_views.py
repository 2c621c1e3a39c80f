"""Commenting on one item, one section or the whole assessment: a page of its own, so the
review page stays light and a refused comment shows its error where it was typed."""

from flask import flash, redirect, render_template, request, url_for
from flask_login import current_user

from assist import audit, records
from assist.access import Access, allow
from assist.extensions import db
from assist.forms import form_for
from assist.journey import items
from assist.review import Refused
from assist.review.comments import add_comment, describe, parse_anchor
from assist.supervisor import bp
from assist.supervisor.forms import CommentForm


@bp.route("/assessments/<int:assessment_id>/comment", methods=["GET", "POST"])
@allow(Access.SUPERVISOR)
def comment(assessment_id):
    assessment = records.assessment_for_supervisor(current_user, assessment_id)
    review = url_for("supervisor.assessment", assessment_id=assessment.id)
    form = form_for(CommentForm, on=request.args.get("on", ""))
    try:
        anchor = parse_anchor(assessment, form.on.data)
    except Refused as refused:  # deleted since the page was shown, or never there
        flash(str(refused), "important")
        return redirect(review)
    what, words = describe(anchor, items.load(assessment.id))
    if form.validate_on_submit():
        row = add_comment(assessment, current_user, anchor, form.body.data)
        audit.record("comment", row, detail=f"assessment={assessment.id}")
        db.session.commit()
        flash("Comment saved. The worker will see it next to what it is about.", "success")
        anchor_id = what if anchor.item_kind else f"section-{anchor.section or 'findings'}"
        return redirect(f"{review}#{anchor_id}")
    page = render_template(
        "supervisor/comment.html", assessment=assessment, what=what, words=words, form=form
    )
    return page, 400 if form.errors else 200
