"""Signing in and out, and the dashboards each role lands on."""

import pytest
import sqlalchemy as sa

from assist.extensions import db
from assist.models import AuditEvent, User, UserSession
from tests.pages import error_summary, text_of

DASHBOARDS = {
    "wendy": ("author.dashboard", "Your cases"),
    "nadia": ("supervisor.dashboard", "Review queue"),
    "tara": ("trainee.dashboard", "Practice"),
    "ada": ("admin.dashboard", "Administration"),
}


@pytest.mark.parametrize("person", DASHBOARDS)
def test_each_role_lands_on_its_own_dashboard(pages, world, person):
    response = pages.sign_in(world.user(person))
    endpoint, heading = DASHBOARDS[person]
    assert response.status_code == 302
    assert response.location == pages.url(endpoint)
    page = pages.get(endpoint)
    assert text_of(page, "h1") == heading
    nav = [a.get_text(strip=True) for a in page.select(".govuk-service-navigation__link")]
    assert "Sign out" in nav


def test_wrong_password_and_unknown_user_get_the_same_message(pages, world):
    wrong = pages.sign_in(world.user("wendy"), "not the password at all")
    unknown = pages.sign_in("nobody@assist.example", "not the password at all")
    assert wrong.status_code == unknown.status_code == 200
    wrong_page, unknown_page = (pages_soup(r) for r in (wrong, unknown))
    assert error_summary(wrong_page) == error_summary(unknown_page)
    assert error_summary(wrong_page)[0].startswith("Enter a correct email address and password")


def pages_soup(response):
    from tests.pages import parse

    return parse(response)


def test_empty_sign_in_says_what_to_enter(pages):
    response = pages.client.post(pages.url("auth.sign_in"), data={})
    assert error_summary(pages_soup(response)) == [
        "Enter your email address",
        "Enter your password",
    ]


@pytest.mark.db
def test_email_is_matched_whatever_its_case(pages, world, engine):
    response = pages.sign_in("  WENDY@Assist.Example ")
    assert response.status_code == 302


def test_sign_in_rotates_the_session_id(app, pages, world):
    pages.get("auth.sign_in")
    first = pages.sign_in(world.user("wendy"))
    first_cookie = _session_cookie(first)
    pages.post("auth.sign_out_view")
    second = pages.sign_in(world.user("wendy"))
    assert _session_cookie(second) != first_cookie
    sessions = db.session.scalars(sa.select(UserSession)).all()
    assert len(sessions) == 2
    assert sessions[0].ended_at is not None and sessions[0].end_reason == "signed_out"


def _session_cookie(response):
    header = next(
        h for h in response.headers.getlist("Set-Cookie") if h.startswith("assist_session=")
    )
    return header.split(";")[0]


def test_signing_out_ends_the_session_on_the_server(app, pages, world):
    pages.sign_in(world.user("wendy"))
    stolen = pages.client.get_cookie("assist_session").value
    pages.post("auth.sign_out_view")
    thief = app.test_client()
    thief.set_cookie("assist_session", stolen)
    response = thief.get(pages.url("author.dashboard"))
    assert response.status_code == 302
    assert response.location.startswith(pages.url("auth.sign_in"))


def test_sign_out_is_not_possible_with_get(pages, world):
    pages.sign_in(world.user("wendy"))
    assert pages.client.get(pages.url("auth.sign_out_view")).status_code == 405
    pages.get("author.dashboard")


@pytest.mark.parametrize(
    "target", ["https://evil.example/", "//evil.example", "/\\evil.example", "javascript:alert(1)"]
)
def test_next_never_leaves_the_site(pages, world, target):
    response = pages.client.post(
        pages.url("auth.sign_in", next=target),
        data={"email": world.user("wendy").email, "password": "invented test passphrase"},
    )
    assert response.location == pages.url("author.dashboard")


def test_next_returns_to_the_page_asked_for(pages, world):
    asked = pages.url("author.case", case_id=world.cases["wendy"].id)
    response = pages.client.get(asked)
    assert response.status_code == 302
    signed_in = pages.client.post(
        response.location,
        data={"email": world.user("wendy").email, "password": "invented test passphrase"},
    )
    assert signed_in.location == asked


def test_sign_in_and_refusals_are_audited(pages, world):
    pages.sign_in(world.user("wendy"), "wrong password here")
    pages.sign_in(world.user("wendy"))
    actions = db.session.scalars(sa.select(AuditEvent.action).order_by(AuditEvent.id)).all()
    assert actions[-2:] == ["sign_in_refused", "sign_in"]


def test_disabled_account_cannot_sign_in(pages, world):
    wendy = world.user("wendy")
    from assist import clock

    wendy.disabled_at = clock.now()
    db.session.commit()
    response = pages.sign_in(wendy)
    assert response.status_code == 200
    assert "disabled" in error_summary(pages_soup(response))[0]
    assert db.session.get(User, wendy.id).failed_sign_ins == 0
