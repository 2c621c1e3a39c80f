"""What a supervisor does on the review page: agree with or dismiss a finding, and return or
sign off. Each refusal re-renders the page with a clear message and what was typed; nothing is
changed."""

from flask import flash, redirect, request, url_for
from flask_login import current_user

from assist import audit, records
from assist.access import Access, allow
from assist.extensions import db
from assist.findings import dismiss, findings_for
from assist.forms import clean_text
from assist.journey import items
from assist.models.review import CommentStance, Decision
from assist.review import Refused
from assist.review.comments import SECTION_OF_KIND, Anchor, add_comment, clean_body
from assist.review.decisions import decide
from assist.review.queue import AWAITING_REVIEW
from assist.review.tallies import forget
from assist.supervisor import bp
from assist.supervisor.review_page import render_review

PREFIX = "/assessments/<int:assessment_id>"


def _text(name):
    return clean_text(request.form.get(name, ""))


def _refuse_unless_awaiting(assessment):
    if assessment.status not in AWAITING_REVIEW:
        raise Refused(
            f"This assessment is {assessment.status.label.lower()}: findings can be agreed or "
            "dismissed while it waits for your review. Nothing was saved."
        )


def _back(assessment, anchor=""):
    return redirect(url_for("supervisor.assessment", assessment_id=assessment.id) + anchor)


@bp.post(PREFIX + "/findings")
@allow(Access.SUPERVISOR)
def finding(assessment_id):
    """Agree with a finding (a comment the worker sees) or dismiss it: the rubric can be wrong."""
    assessment = records.assessment_for_supervisor(current_user, assessment_id)
    key, action = request.form.get("key", ""), request.form.get("action", "")
    field_id = f"finding-{request.form.get('index', '')}"
    contents = items.load(assessment.id)
    found = next((f for f in findings_for(assessment, contents) if f.key == key), None)
    reason = _text("body")
    try:
        _refuse_unless_awaiting(assessment)
        if found is None:
            raise Refused(
                "That finding no longer applies: the text has changed since. Nothing was saved."
            )
        if action not in ("agree", "dismiss"):
            raise Refused("Choose whether you agree with the finding or dismiss it.")
        if action == "dismiss":
            reason = clean_body(reason, "why the rubric is wrong here")
    except Refused as refused:
        return render_review(
            assessment, errors={field_id: str(refused)}, kept={field_id: reason}, status=400
        )
    by_ref = {ref: k for k, ref in contents.refs.items()}
    kind, item_id = by_ref.get(found.item, (None, None))
    anchor = Anchor(
        section=SECTION_OF_KIND.get(kind, found.section), item_kind=kind, item_id=item_id
    )
    if action == "dismiss":
        row = dismiss(assessment, found, contents, current_user, reason)
        forget(assessment)
        flash("Finding dismissed. The worker will see why.", "success")
    else:
        flash("Saved: the worker will see that you agree with this finding.", "success")
    stance = CommentStance.COMMENT if action == "dismiss" else CommentStance.AGREE_FINDING
    body = (
        f"Dismissed: {reason}" if action == "dismiss" else (reason or "I agree with this finding.")
    )
    row = add_comment(assessment, current_user, anchor, body, stance=stance, criterion=found.rule)
    audit.record(f"{action}_finding", row, detail=f"rule={found.rule} item={found.item}")
    db.session.commit()
    return _back(assessment, "#findings")


@bp.post(PREFIX + "/decision")
@allow(Access.SUPERVISOR)
def decide_view(assessment_id):
    assessment = records.assessment_for_supervisor(current_user, assessment_id)
    choice = request.form.get("decision", "")
    reason = _text("reason") if choice == Decision.RETURNED else _text("note")
    try:
        decide(assessment, current_user, choice, reason, request.form.get("version", ""))
    except Refused as refused:
        db.session.rollback()
        field = {"returned": "reason", "signed_off": "note"}.get(choice, "decision")
        return render_review(
            assessment,
            errors={field: str(refused)},
            kept={"decision": choice, "reason": _text("reason"), "note": _text("note")},
            status=400,
        )
    db.session.commit()
    name = assessment.author.name
    flash(
        f"Assessment returned to {name}."
        if choice == Decision.RETURNED
        else f"Assessment signed off. {name} will see this on their dashboard.",
        "success",
    )
    return redirect(url_for("supervisor.dashboard"))
