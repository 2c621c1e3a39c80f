"""A trainee's practice: fictional scenarios only, never a real case."""

import sqlalchemy as sa
from flask import render_template
from flask_login import current_user

from assist import audit, records
from assist.access import Access, allow
from assist.extensions import db
from assist.models import Assessment, Scenario
from assist.trainee import bp


@bp.get("/")
@allow(Access.TRAINEE)
def dashboard():
    scenarios = db.session.scalars(
        sa.select(Scenario).where(Scenario.retired_at.is_(None)).order_by(Scenario.title)
    ).all()
    attempts = db.session.scalars(
        records.trainee_practice(current_user).order_by(Assessment.updated_at.desc())
    ).all()
    return render_template("trainee/dashboard.html", scenarios=scenarios, attempts=attempts)


@bp.get("/attempts/<int:assessment_id>")
@allow(Access.TRAINEE)
def attempt(assessment_id):
    assessment = records.practice_for_trainee(current_user, assessment_id)
    audit.record("view", assessment)
    db.session.commit()
    return render_template("trainee/attempt.html", assessment=assessment)
