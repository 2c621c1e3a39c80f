"""Admins create accounts, set roles and teams, disable and re-enable accounts."""

import sqlalchemy as sa

from assist.extensions import db
from assist.models import Role, Team, User
from tests.pages import error_summary, parse, text_of


def _new_user(pages, **overrides):
    data = {
        "name": "Nia New",
        "email": "nia.new@assist.example",
        "role": "social_worker",
        "team_id": "",
        "password": "a new long passphrase",
    }
    data.update(overrides)
    return pages.client.post(pages.url("admin.user_new"), data=data)


def test_an_admin_creates_an_account_that_can_sign_in(pages, world):
    pages.sign_in(world.user("ada"))
    response = _new_user(pages, team_id=str(world.teams["north"].id))
    assert response.status_code == 302
    nia = db.session.scalar(sa.select(User).where(User.email == "nia.new@assist.example"))
    assert nia.role == Role.WORKER and nia.team_id == world.teams["north"].id
    assert nia.password_hash.startswith("$argon2id$")
    page = parse(pages.client.get(response.location))
    assert "Account created for Nia New" in text_of(page, ".govuk-notification-banner")
    pages.post("auth.sign_out_view")
    assert pages.sign_in("nia.new@assist.example", "a new long passphrase").status_code == 302


def test_account_creation_errors_say_what_to_do(pages, world):
    pages.sign_in(world.user("ada"))
    page = parse(_new_user(pages, name="", email="not-an-email", password="short", role=""))
    assert error_summary(page) == [
        "Enter the person's full name",
        "Select a role",
        "Enter an email address in the correct format, like name@example.gov.uk",
    ]
    duplicate = parse(_new_user(pages, email=world.user("will").email.upper()))
    assert error_summary(duplicate) == ["An account with this email address already exists"]
    common = parse(_new_user(pages, password="password123"))
    assert error_summary(common) == [
        "Password is too easy to guess: it is on a list of common passwords"
    ]


def test_disabling_an_account_ends_its_sessions_at_once(app, pages, world):
    will_client = app.test_client()
    will_client.post(
        "/sign-in", data={"email": world.user("will").email, "password": "invented test passphrase"}
    )
    assert will_client.get("/cases/").status_code == 200
    pages.sign_in(world.user("ada"))
    pages.post("admin.user_disable", values={"user_id": world.user("will").id})
    refused = will_client.get("/cases/")
    assert refused.status_code == 302 and "reason=disabled" in refused.location
    pages.post("admin.user_enable", values={"user_id": world.user("will").id})
    assert (
        will_client.post(
            "/sign-in",
            data={"email": world.user("will").email, "password": "invented test passphrase"},
        ).status_code
        == 302
    )


def test_an_admin_cannot_disable_or_demote_themselves(pages, world):
    ada = world.user("ada")
    pages.sign_in(ada)
    pages.post("admin.user_disable", values={"user_id": ada.id})
    response = pages.client.post(
        pages.url("admin.user", user_id=ada.id),
        data={"name": "Ada Admin", "role": "trainee", "team_id": ""},
    )
    assert error_summary(parse(response)) == ["You cannot remove your own administrator role"]
    db.session.expire_all()
    me = db.session.get(User, ada.id)
    assert me.disabled_at is None and me.role == Role.ADMIN


def test_changing_role_and_team(pages, world):
    pages.sign_in(world.user("ada"))
    will = world.user("will")
    pages.post(
        "admin.user",
        values={"user_id": will.id},
        data={
            "name": "Will Renamed",
            "role": "supervisor",
            "team_id": str(world.teams["south"].id),
        },
    )
    db.session.expire_all()
    changed = db.session.get(User, will.id)
    assert (changed.name, changed.role, changed.team_id) == (
        "Will Renamed",
        Role.SUPERVISOR,
        world.teams["south"].id,
    )


def test_teams_are_created_with_a_supervisor(pages, world):
    pages.sign_in(world.user("ada"))
    pages.post(
        "admin.team_new", data={"name": "East team", "supervisor_id": str(world.user("sol").id)}
    )
    east = db.session.scalar(sa.select(Team).where(Team.name == "East team"))
    assert east.supervisor_id == world.user("sol").id and not east.is_practice
    clash = pages.client.post(
        pages.url("admin.team_new"), data={"name": "East team", "supervisor_id": ""}
    )
    assert error_summary(parse(clash)) == ["A team with this name already exists"]


def test_a_temporary_password_unlocks_and_signs_out(pages, world):
    will = world.user("will")
    pages.sign_in(world.user("ada"))
    weak = pages.client.post(
        pages.url("admin.user_password", user_id=will.id), data={"password": "12345678"}
    )
    assert weak.status_code == 400
    pages.post(
        "admin.user_password",
        values={"user_id": will.id},
        data={"password": "a fresh temporary phrase"},
    )
    pages.post("auth.sign_out_view")
    assert pages.sign_in(will, "a fresh temporary phrase").status_code == 302
