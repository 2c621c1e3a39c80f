"""Agreeing with a rubric finding (a comment the worker sees) or dismissing it with a reason:
the rubric can be wrong. A page of its own, with the finding's guidance beside the form."""

from flask import flash, redirect, render_template, request, url_for
from flask_login import current_user

from assist import audit, records
from assist.access import Access, allow
from assist.extensions import db
from assist.findings import dismiss, findings_for
from assist.forms import clean_text
from assist.journey import items
from assist.models.review import CommentStance
from assist.review import Refused
from assist.review.comments import SECTION_OF_KIND, Anchor, add_comment, clean_body
from assist.review.queue import AWAITING_REVIEW
from assist.review.tallies import forget
from assist.supervisor import bp

GONE = "That finding no longer applies: the text has changed since. Nothing was saved."


@bp.route("/assessments/<int:assessment_id>/finding", methods=["GET", "POST"])
@allow(Access.SUPERVISOR)
def finding(assessment_id):
    assessment = records.assessment_for_supervisor(current_user, assessment_id)
    review = url_for("supervisor.assessment", assessment_id=assessment.id)
    if assessment.status not in AWAITING_REVIEW:
        flash(
            f"This assessment is {assessment.status.label.lower()}: findings can be agreed or "
            "dismissed while it waits for your review.",
            "important",
        )
        return redirect(review)
    contents = items.load(assessment.id)
    key = request.values.get("key", "")
    found = next((f for f in findings_for(assessment, contents) if f.key == key), None)
    if found is None:
        flash(GONE, "important")
        return redirect(review)
    action, body = request.form.get("action", ""), clean_text(request.form.get("body", ""))
    error = None
    if request.method == "POST":
        try:
            if action not in ("agree", "dismiss"):
                raise Refused("Choose whether you agree with the finding or dismiss it.")
            if action == "dismiss":
                body = clean_body(body, "why the rubric is wrong here")
            _record(assessment, contents, found, action, body)
            db.session.commit()
            return redirect(f"{review}#{found.item or 'findings'}")
        except Refused as refused:
            db.session.rollback()
            error = str(refused)
    page = render_template(
        "supervisor/finding.html", assessment=assessment, f=found, body=body, error=error
    )
    return page, 400 if error else 200


def _record(assessment, contents, found, action, reason):
    by_ref = {ref: k for k, ref in contents.refs.items()}
    kind, item_id = by_ref.get(found.item, (None, None))
    section = SECTION_OF_KIND.get(kind)
    anchor = Anchor(section=section, item_kind=kind, item_id=item_id)
    if action == "dismiss":
        dismiss(assessment, found, contents, current_user, reason)
        forget(assessment)  # the queue's counts change
        body, stance = f"Dismissed: {reason}", CommentStance.COMMENT
        flash("Finding dismissed. The worker will see why.", "success")
    else:
        body, stance = reason or "I agree with this finding.", CommentStance.AGREE_FINDING
        flash("Saved: the worker will see that you agree with this finding.", "success")
    row = add_comment(assessment, current_user, anchor, body, stance=stance, criterion=found.rule)
    audit.record(f"{action}_finding", row, detail=f"rule={found.rule} item={found.item}")
