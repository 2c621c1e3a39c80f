"""A social worker's cases and assessments. The guided journey builds on these pages."""

import sqlalchemy as sa
from flask import flash, redirect, render_template, url_for
from flask_login import current_user

from assist import audit, records
from assist.access import Access, allow
from assist.author import bp
from assist.author.forms import NewAssessmentForm, NewCaseForm
from assist.extensions import db
from assist.forms import form_for
from assist.journey.saving import record_save
from assist.models import Assessment, Case
from assist.review.decisions import unseen_for_worker


@bp.get("/")
@allow(Access.WORKER)
def dashboard():
    cases = db.session.scalars(
        records.worker_cases(current_user).order_by(Case.created_at.desc())
    ).all()
    notices = unseen_for_worker(current_user)  # returned or signed off since they last looked
    audit.shown(assessment for _decision, assessment in notices)  # each names its assessment
    return render_template("author/dashboard.html", cases=cases, review_notices=notices)


@bp.route("/new", methods=["GET", "POST"])
@allow(Access.WORKER)
def new_case():
    form = form_for(NewCaseForm)
    if form.validate_on_submit():
        if db.session.scalar(sa.select(Case.id).where(Case.reference == form.reference.data)):
            form.reference.errors.append("A case with this reference already exists")
        elif current_user.team_id is None:
            form.reference.errors.append(
                "You are not in a team yet. Ask your administrator to add you to one"
            )
        else:
            case = Case(
                reference=form.reference.data,
                family_name=form.family_name.data,
                worker_id=current_user.id,
                team_id=current_user.team_id,
            )
            db.session.add(case)
            audit.record("create", case)
            db.session.commit()
            flash(f"Case {case.reference} created", "success")
            return redirect(url_for("author.case", case_id=case.id))
    return render_template("author/new_case.html", form=form)


@bp.route("/<int:case_id>", methods=["GET", "POST"])
@allow(Access.WORKER)
def case(case_id):
    case = records.case_for_worker(current_user, case_id)
    form = form_for(NewAssessmentForm)
    if form.validate_on_submit():
        assessment = Assessment(title=form.title.data, case=case, author_id=current_user.id)
        db.session.add(assessment)
        # Version 1 is kept like every other, so a page opened on it can tell later whether
        # its own item changed, rather than calling every change a conflict.
        record_save(assessment, current_user, "create", assessment)
        db.session.commit()
        return redirect(url_for("author.assessment", assessment_id=assessment.id))
    audit.record("view", case)
    db.session.commit()
    return render_template("author/case.html", case=case, form=form)
