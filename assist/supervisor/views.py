"""A supervisor's review queue and the review page."""

from flask import render_template, request
from flask_login import current_user

from assist import audit, records
from assist.access import Access, allow
from assist.extensions import db
from assist.findings import rubric
from assist.models import User
from assist.review.queue import AWAITING_REVIEW, Filters, Page, review_queue, team_workers
from assist.supervisor import bp
from assist.supervisor.review_page import render_review


@bp.get("/")
@allow(Access.SUPERVISOR)
def dashboard():
    criteria = [(c.id, c.title) for c in rubric().criteria]
    filters = Filters.from_args(request.args, {c for c, _ in criteria})
    rows = review_queue(current_user, rubric(), filters)
    shown = Page.of(rows, request.args.get("page", ""))
    page = render_template(
        "supervisor/dashboard.html",
        rows=shown.rows,
        total=len(rows),
        pages=shown.pages,
        page_number=shown.number,
        filter_args=filters.as_args(),
        filters=filters,
        criteria=criteria,
        titles=dict(criteria),
        statuses=AWAITING_REVIEW,
        workers=team_workers(current_user),
        members=db.session.scalars(records.team_members(current_user).order_by(User.name)).all(),
    )
    # Keep any tallies counted for the first time; after rendering, because a commit expires
    # every loaded row and the page would then reload each one by one.
    db.session.commit()
    return page


@bp.get("/assessments/<int:assessment_id>")
@allow(Access.SUPERVISOR)
def assessment(assessment_id):
    assessment = records.assessment_for_supervisor(current_user, assessment_id)
    audit.record("view", assessment)
    db.session.commit()
    return render_review(assessment)
