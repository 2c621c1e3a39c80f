"""Commenting on one item, one section or the whole assessment: a page of its own, so the
review page stays light and a refused comment shows its error where it was typed."""

from flask import flash, redirect, render_template, request, url_for
from flask_login import current_user

from assist import audit, records
from assist.access import Access, allow
from assist.extensions import db
from assist.forms import clean_text
from assist.journey import items
from assist.review import Refused
from assist.review.comments import add_comment, clean_body, describe, parse_anchor
from assist.supervisor import bp


@bp.route("/assessments/<int:assessment_id>/comment", methods=["GET", "POST"])
@allow(Access.SUPERVISOR)
def comment(assessment_id):
    assessment = records.assessment_for_supervisor(current_user, assessment_id)
    target = request.values.get("on", "")
    body = clean_text(request.form.get("body", ""))
    error = None
    try:
        anchor = parse_anchor(assessment, target)
        if request.method == "POST":
            row = add_comment(assessment, current_user, anchor, clean_body(body))
            audit.record("comment", row, detail=f"assessment={assessment.id}")
            db.session.commit()
            flash("Comment saved. The worker will see it next to what it is about.", "success")
            what, _text = describe(anchor, items.load(assessment.id))
            anchor_id = what if anchor.item_kind else f"section-{anchor.section or 'findings'}"
            return redirect(
                url_for("supervisor.assessment", assessment_id=assessment.id) + f"#{anchor_id}"
            )
    except Refused as refused:
        db.session.rollback()
        error = str(refused)
        if request.method == "GET" or "no longer exists" in error:
            flash(error, "important")
            return redirect(url_for("supervisor.assessment", assessment_id=assessment.id))
    what, words = describe(anchor, items.load(assessment.id))
    page = render_template(
        "supervisor/comment.html",
        assessment=assessment,
        target=target,
        what=what,
        words=words,
        body=body,
        error=error,
    )
    return page, 400 if error else 200


def _page_anchor(anchor, contents):
    """Where on the review page the comment now shows."""
    if anchor.item_kind is not None:
        return contents.ref(anchor.item_kind, anchor.item_id)
    return f"section-{anchor.section}" if anchor.section else "findings"
