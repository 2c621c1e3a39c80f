"""A supervisor's decision: return for revision or sign off. A refusal re-renders the review
page with a clear message and what was typed; nothing is changed."""

from flask import flash, redirect, url_for
from flask_login import current_user

from assist import records
from assist.access import Access, allow
from assist.extensions import db
from assist.findings import rubric
from assist.models.review import Decision
from assist.review import Refused
from assist.review.decisions import decide
from assist.supervisor import bp
from assist.supervisor.forms import DecisionForm
from assist.supervisor.review_page import render_review

PREFIX = "/assessments/<int:assessment_id>"


@bp.post(PREFIX + "/decision")
@allow(Access.SUPERVISOR)
def decide_view(assessment_id):
    assessment = records.assessment_for_supervisor(current_user, assessment_id)
    form = DecisionForm()
    if form.validate_on_submit():
        choice, version = form.decision.data, form.version.data
        try:
            decide(assessment, current_user, choice, form.words.data, version, rubric=rubric())
        except Refused as refused:
            db.session.rollback()
            form.words.errors.append(str(refused))
        else:
            db.session.commit()
            flash(_decided(assessment, choice), "success")
            return redirect(url_for("supervisor.dashboard"))
    return render_review(assessment, form, status=400)


def _decided(assessment, choice):
    name = assessment.author.name
    if choice == Decision.RETURNED:
        return f"Assessment returned to {name}."
    return f"Assessment signed off. {name} will see this on their dashboard."
