"""A supervisor's queue of their team's submitted work. The review pages build on these."""

from flask import render_template
from flask_login import current_user

from assist import audit, records
from assist.access import Access, allow
from assist.extensions import db
from assist.findings import findings_for
from assist.models import Assessment, AssessmentStatus, User
from assist.supervisor import bp

AWAITING_REVIEW = (AssessmentStatus.SUBMITTED, AssessmentStatus.RESUBMITTED)


@bp.get("/")
@allow(Access.SUPERVISOR)
def dashboard():
    queue = db.session.scalars(
        records.team_queue(current_user)
        .where(Assessment.status.in_(AWAITING_REVIEW))
        .order_by(Assessment.submitted_at)
    ).all()
    members = db.session.scalars(records.team_members(current_user).order_by(User.name)).all()
    return render_template("supervisor/dashboard.html", queue=queue, members=members)


@bp.get("/assessments/<int:assessment_id>")
@allow(Access.SUPERVISOR)
def assessment(assessment_id):
    assessment = records.assessment_for_supervisor(current_user, assessment_id)
    found = findings_for(assessment, include_dismissed=True)
    audit.record("view", assessment)
    db.session.commit()
    return render_template(
        "supervisor/assessment.html",
        assessment=assessment,
        open_findings=[f for f in found if f.dismissal is None],
        dismissed=[f for f in found if f.dismissal is not None],
    )
