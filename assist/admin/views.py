"""Administration: accounts, roles, teams, and reading the audit log."""

import csv
import io

import sqlalchemy as sa
from flask import (
    Response,
    abort,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    url_for,
)
from flask_login import current_user

from assist import accounts, audit, clock
from assist.access import Access, allow
from assist.admin import bp
from assist.admin.forms import (
    NO_TEAM,
    AuditFilterForm,
    NewUserForm,
    ResetPasswordForm,
    TeamForm,
    UserDetailsForm,
)
from assist.extensions import db
from assist.forms import form_for
from assist.models import Assessment, AuditEvent, Role, Team, User
from assist.presentation import uk_datetime
from assist.records import valid_id
from assist.review.team import safe_cell
from assist.sessions import end_all_sessions


def _user_or_404(user_id):
    return db.session.get(User, valid_id(user_id)) or abort(404)


def _team_or_404(team_id):
    return db.session.get(Team, valid_id(team_id)) or abort(404)


def _teams():
    return db.session.scalars(sa.select(Team).order_by(Team.name)).all()


def _team_choice(value):
    return db.session.get(Team, int(value)) if value and value != NO_TEAM else None


@bp.get("/")
@allow(Access.ADMIN)
def dashboard():
    counts = dict(
        db.session.execute(sa.select(User.role, sa.func.count()).group_by(User.role)).all()
    )
    locked = db.session.scalars(sa.select(User).where(User.locked_at.is_not(None))).all()
    return render_template(
        "admin/dashboard.html",
        counts=counts,
        roles=list(Role),
        locked=locked,
        team_count=db.session.scalar(sa.select(sa.func.count(Team.id))),
    )


@bp.get("/users")
@allow(Access.ADMIN)
def users():
    people = db.session.scalars(sa.select(User).order_by(User.name)).all()
    return render_template("admin/users.html", users=people)


@bp.route("/users/new", methods=["GET", "POST"])
@allow(Access.ADMIN)
def user_new():
    form = form_for(NewUserForm)
    form.set_teams(_teams())
    if form.validate_on_submit():
        try:
            user = accounts.create_user(
                db.session,
                current_app.config,
                email=form.email.data,
                name=form.name.data,
                role=form.role.data,
                password=form.password.data,
                team=_team_choice(form.team_id.data),
            )
        except accounts.AccountError as error:
            getattr(form, error.field).errors.append(error.message)
        else:
            audit.record("create", user, detail=f"role={user.role.value}")
            db.session.commit()
            flash(f"Account created for {user.name}", "success")
            return redirect(url_for("admin.user", user_id=user.id))
    return render_template("admin/user_new.html", form=form)


@bp.route("/users/<int:user_id>", methods=["GET", "POST"])
@allow(Access.ADMIN)
def user(user_id):
    person = _user_or_404(user_id)
    form = form_for(
        UserDetailsForm,
        obj=None if request.method == "POST" else person,
        data={"team_id": str(person.team_id or ""), "role": person.role.value},
    )
    form.set_teams(_teams())
    if form.validate_on_submit():
        if person.id == current_user.id and form.role.data != Role.ADMIN.value:
            form.role.errors.append("You cannot remove your own administrator role")
        else:
            changed = [
                name
                for name, old, new in (
                    ("name", person.name, form.name.data),
                    ("role", person.role.value, form.role.data),
                    ("team", str(person.team_id or ""), form.team_id.data),
                )
                if old != new
            ]
            person.name = form.name.data
            person.role = Role(form.role.data)
            person.team = _team_choice(form.team_id.data)
            audit.record("change", person, detail="changed=" + ",".join(changed or ["nothing"]))
            db.session.commit()
            flash(f"Details saved for {person.name}", "success")
            return redirect(url_for("admin.user", user_id=person.id))
    return render_template(
        "admin/user.html", person=person, form=form, reset_form=ResetPasswordForm()
    )


@bp.post("/users/<int:user_id>/disable")
@allow(Access.ADMIN)
def user_disable(user_id):
    person = _user_or_404(user_id)
    if person.id == current_user.id:
        flash("You cannot disable your own account", "important")
    elif person.disabled_at is None:
        person.disabled_at = clock.now()
        end_all_sessions(person, "disabled")
        audit.record("disable", person)
        db.session.commit()
        flash(f"{person.name}'s account is disabled and they have been signed out", "success")
    return redirect(url_for("admin.user", user_id=person.id))


@bp.post("/users/<int:user_id>/enable")
@allow(Access.ADMIN)
def user_enable(user_id):
    person = _user_or_404(user_id)
    if person.disabled_at is not None:
        person.disabled_at = None
        audit.record("enable", person)
        db.session.commit()
        flash(f"{person.name}'s account is enabled", "success")
    return redirect(url_for("admin.user", user_id=person.id))


@bp.post("/users/<int:user_id>/unlock")
@allow(Access.ADMIN)
def user_unlock(user_id):
    person = _user_or_404(user_id)
    person.failed_sign_ins = 0
    person.locked_at = None
    audit.record("unlock", person)
    db.session.commit()
    flash(f"{person.name}'s account is unlocked", "success")
    return redirect(url_for("admin.user", user_id=person.id))


@bp.post("/users/<int:user_id>/password")
@allow(Access.ADMIN)
def user_password(user_id):
    person = _user_or_404(user_id)
    reset_form = ResetPasswordForm()
    if reset_form.validate_on_submit():
        problem = accounts.password_problem(
            reset_form.password.data, email=person.email, name=person.name
        )
        if problem is None:
            person.password_hash = accounts.hash_password(
                current_app.config, reset_form.password.data
            )
            person.failed_sign_ins = 0
            person.locked_at = None
            end_all_sessions(person, "password_reset")
            audit.record("password_reset", person)
            db.session.commit()
            flash(f"New temporary password set for {person.name}", "success")
            return redirect(url_for("admin.user", user_id=person.id))
        reset_form.password.errors.append(problem)
    form = UserDetailsForm(
        obj=person, data={"team_id": str(person.team_id or ""), "role": person.role.value}
    )
    form.set_teams(_teams())
    return render_template("admin/user.html", person=person, form=form, reset_form=reset_form), 400


@bp.get("/teams")
@allow(Access.ADMIN)
def teams():
    return render_template("admin/teams.html", teams=_teams())


def _supervisors():
    return db.session.scalars(
        sa.select(User).where(User.role == Role.SUPERVISOR).order_by(User.name)
    ).all()


def _save_team(team, form):
    clash = db.session.scalar(
        sa.select(Team.id).where(Team.name == form.name.data, Team.id != (team.id or 0))
    )
    if clash:
        form.name.errors.append("A team with this name already exists")
        return False
    team.name = form.name.data
    team.supervisor_id = int(form.supervisor_id.data) if form.supervisor_id.data else None
    team.is_practice = form.is_practice.data
    return True


@bp.route("/teams/new", methods=["GET", "POST"])
@allow(Access.ADMIN)
def team_new():
    form = form_for(TeamForm)
    form.set_supervisors(_supervisors())
    team = Team()
    if form.validate_on_submit() and _save_team(team, form):
        db.session.add(team)
        audit.record("create", team)
        db.session.commit()
        flash(f"Team {team.name} created", "success")
        return redirect(url_for("admin.teams"))
    return render_template("admin/team.html", form=form, team=None)


@bp.route("/teams/<int:team_id>", methods=["GET", "POST"])
@allow(Access.ADMIN)
def team(team_id):
    team = _team_or_404(team_id)
    form = form_for(
        TeamForm,
        obj=None if request.method == "POST" else team,
        data={"supervisor_id": str(team.supervisor_id or "")},
    )
    form.set_supervisors(_supervisors())
    if form.validate_on_submit() and _save_team(team, form):
        audit.record("change", team)
        db.session.commit()
        flash(f"Team {team.name} saved", "success")
        return redirect(url_for("admin.teams"))
    return render_template("admin/team.html", form=form, team=team)


@bp.get("/audit")
@allow(Access.ADMIN)
def audit_log():
    form = AuditFilterForm(request.args)
    actions = db.session.scalars(
        sa.select(AuditEvent.action).distinct().order_by(AuditEvent.action)
    ).all()
    types = db.session.scalars(
        sa.select(AuditEvent.record_type)
        .distinct()
        .where(AuditEvent.record_type.is_not(None))
        .order_by(AuditEvent.record_type)
    ).all()
    form.action.choices = [("", "Any action")] + [(a, a.replace("_", " ")) for a in actions]
    form.record_type.choices = [("", "Any record")] + [(t, t.replace("_", " ")) for t in types]
    query = sa.select(AuditEvent).order_by(AuditEvent.id.desc())
    if form.user.data:
        query = query.join(User, AuditEvent.user_id == User.id).where(
            User.email == accounts.normalise_email(form.user.data)
        )
    if form.action.data in actions:
        query = query.where(AuditEvent.action == form.action.data)
    if form.record_type.data in types:
        query = query.where(AuditEvent.record_type == form.record_type.data)
    page = db.paginate(query, per_page=current_app.config["AUDIT_PAGE_SIZE"], error_out=False)
    return render_template("admin/audit.html", form=form, page=page)


SHOWN_ON_PAGE = 500
TRAIL_HEAD = ["When", "Who", "Email", "What", "Record", "Page"]


def _trail(assessment):
    """Every event about an assessment and its case, newest first: views, refusals, changes."""
    return (
        sa.select(AuditEvent)
        .where(
            sa.or_(
                sa.and_(
                    AuditEvent.record_type == "assessments",
                    AuditEvent.record_id == assessment.id,
                ),
                sa.and_(
                    AuditEvent.record_type == "cases", AuditEvent.record_id == assessment.case_id
                ),
            )
        )
        .order_by(AuditEvent.id.desc())
    )


def _trail_row(event):
    """One event as the page and the CSV show it (ids and page names: never case text)."""
    page = (event.detail or "").removeprefix("page=").split(" ")[0] if event.detail else ""
    return [
        uk_datetime(event.at),
        event.user.name if event.user else "Not signed in",
        event.user.email if event.user else "",
        event.action.replace("_", " "),
        f"{event.record_type.removesuffix('s').capitalize()} {event.record_id}",
        page if (event.detail or "").startswith("page=") else "",
    ]


def _assessment_or_404(assessment_id):
    return db.session.get(Assessment, valid_id(assessment_id)) or abort(404)


@bp.get("/audit/assessments/<int:assessment_id>")
@allow(Access.ADMIN)
def assessment_audit(assessment_id):
    assessment = _assessment_or_404(assessment_id)
    total = db.session.scalar(_trail(assessment).with_only_columns(sa.func.count()).order_by(None))
    events = db.session.scalars(_trail(assessment).limit(SHOWN_ON_PAGE)).all()
    return render_template(
        "admin/assessment_audit.html",
        assessment=assessment,
        head=[{"text": heading} for heading in TRAIL_HEAD],
        rows=[[{"text": cell} for cell in _trail_row(e)] for e in events],
        total=total,
    )


@bp.get("/audit/assessments/<int:assessment_id>.csv")
@allow(Access.ADMIN)
def assessment_audit_csv(assessment_id):
    assessment = _assessment_or_404(assessment_id)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(TRAIL_HEAD)
    for event in db.session.scalars(_trail(assessment)):
        writer.writerow([safe_cell(cell) for cell in _trail_row(event)])
    return Response(
        out.getvalue(),
        mimetype="text/csv",
        headers={
            "Content-Disposition": f"attachment; filename=who-saw-assessment-{assessment.id}.csv"
        },
    )
