"""Agreeing with a rubric finding (a comment the worker sees) or dismissing it with a reason:
the rubric can be wrong. A page of its own, with the finding's guidance beside the form."""

from flask import flash, redirect, render_template, request, url_for
from flask_login import current_user

from assist import audit, records
from assist.access import Access, allow
from assist.extensions import db
from assist.findings import dismiss, finding_by_key
from assist.forms import form_for
from assist.journey import items, kinds
from assist.models.review import CommentStance
from assist.review.comments import Anchor, add_comment
from assist.review.queue import AWAITING_REVIEW
from assist.review.tallies import forget
from assist.supervisor import bp
from assist.supervisor.forms import FindingForm

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
    form = form_for(FindingForm, key=request.args.get("key", ""))
    contents = items.load(assessment.id)
    found = finding_by_key(assessment, contents, form.key.data)
    if found is None:
        flash(GONE, "important")
        return redirect(review)
    if form.validate_on_submit():
        _record(assessment, contents, found, form.action.data, form.body.data)
        db.session.commit()
        return redirect(f"{review}#{found.item or 'findings'}")
    page = render_template("supervisor/finding.html", assessment=assessment, f=found, form=form)
    return page, 400 if form.errors else 200


def _record(assessment, contents, found, action, reason):
    by_ref = {ref: k for k, ref in contents.refs.items()}
    kind, item_id = by_ref.get(found.item, (None, None))
    section = kinds.section_of(kind) if kind else None  # None: about the whole assessment
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
