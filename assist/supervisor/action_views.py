"""A supervisor's decision: return for revision or sign off. A refusal re-renders the review
page with a clear message and what was typed; nothing is changed."""

from flask import flash, redirect, request, url_for
from flask_login import current_user

from assist import records
from assist.access import Access, allow
from assist.extensions import db
from assist.forms import clean_text
from assist.models.review import Decision
from assist.review import Refused
from assist.review.decisions import decide
from assist.supervisor import bp
from assist.supervisor.review_page import render_review

PREFIX = "/assessments/<int:assessment_id>"


def _text(name):
    return clean_text(request.form.get(name, ""))


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
