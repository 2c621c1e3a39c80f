"""Security by default: headers, cookies, CSRF on every state change, friendly errors."""

import re

import pytest
import sqlalchemy as sa
from flask import url_for

from assist.config import ProductionConfig
from assist.extensions import db
from assist.models import Case, Team, User
from tests.pages import parse, text_of


def _pages_to_check(pages, world):
    pages.sign_in(world.user("wendy"))
    return [
        pages.url("author.dashboard"),
        pages.url("author.case", case_id=world.cases["wendy"].id),
        pages.url("auth.change_password"),
    ]


def test_security_headers_are_pinned_on_pages(pages, world):
    for url in _pages_to_check(pages, world) + [pages.url("auth.sign_in"), "/no-such-page"]:
        response = pages.client.get(url)
        headers = response.headers
        csp = headers["Content-Security-Policy"]
        nonce = re.search(r"'nonce-([^']+)'", csp).group(1)
        assert f'nonce="{nonce}"' in response.get_data(as_text=True), url
        assert "frame-ancestors 'self'" in csp
        assert "default-src 'self'" in csp and "object-src 'none'" in csp
        assert "unsafe-inline" not in csp
        assert headers["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains"
        assert headers["X-Content-Type-Options"] == "nosniff"
        assert headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
        assert headers["Cache-Control"] == "no-store", url


def test_a_refused_page_runs_its_own_script(pages, world):
    # The permission check runs before anything else: its page still carries the header's nonce.
    pages.sign_in(world.user("wendy"))
    response = pages.client.get(pages.url("admin.dashboard"))
    assert response.status_code == 403
    nonce = re.search(r"'nonce-([^']+)'", response.headers["Content-Security-Policy"]).group(1)
    scripts = parse(response).select("script[nonce]")
    assert scripts and {s["nonce"] for s in scripts} == {nonce}
    assert "base-uri 'none'" in response.headers["Content-Security-Policy"]


def test_in_production_the_session_cookie_is_host_only_and_secure(app, world):
    app.config["SESSION_COOKIE_NAME"] = ProductionConfig.SESSION_COOKIE_NAME
    response = app.test_client().post(
        "https://localhost/sign-in",
        data={"email": world.user("wendy").email, "password": "invented test passphrase"},
    )
    header = next(h for h in response.headers.getlist("Set-Cookie") if "assist_session" in h)
    assert header.startswith("__Host-assist_session=")
    assert "Secure" in header and "Path=/" in header and "Domain" not in header


def test_the_nonce_changes_with_every_response(pages):
    nonces = {
        pages.client.get(pages.url("auth.sign_in")).headers["Content-Security-Policy"]
        for _ in range(3)
    }
    assert len(nonces) == 3


def test_static_files_may_be_cached_but_not_sniffed(pages):
    response = pages.client.get("/static/css/assist.min.css")
    assert response.status_code == 200
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers.get("Cache-Control") != "no-store"


def _cookie_header(response):
    return next(
        h for h in response.headers.getlist("Set-Cookie") if h.startswith("assist_session=")
    )


def test_session_cookie_is_httponly_and_samesite_lax(pages, world):
    header = _cookie_header(pages.sign_in(world.user("wendy")))
    assert "HttpOnly" in header and "SameSite=Lax" in header
    assert "Secure" not in header  # plain http on a developer's machine


def test_session_cookie_is_secure_over_https(app, world):
    client = app.test_client()
    response = client.post(
        "https://localhost/sign-in",
        data={"email": world.user("wendy").email, "password": "invented test passphrase"},
    )
    assert "Secure" in _cookie_header(response)


def test_nothing_sensitive_goes_into_browser_storage(pages, world):
    pages.sign_in(world.user("wendy"))
    script = pages.client.get("/static/js/timeout-dialog.js").get_data(as_text=True)
    assert "localStorage" not in script and "sessionStorage" not in script


@pytest.fixture
def app_config():
    return {}


@pytest.fixture
def csrf_app(app):
    app.config["WTF_CSRF_ENABLED"] = True
    return app


def _state_changing_routes(app):
    for rule in app.url_map.iter_rules():
        for method in rule.methods & {"POST", "PUT", "PATCH", "DELETE"}:
            yield rule, method


def _example_values(rule, world):
    ids = {
        "case_id": world.cases["wendy"].id,
        "assessment_id": world.assessments["wendy_draft"].id,
        "user_id": world.users["will"].id,
        "team_id": world.teams["north"].id,
        "item_id": world.items[("wendy_draft", "Fact")].id,
        "number": 1,
        "scenario_id": world.assessments["tara_practice"].scenario_id,
    }
    return {name: ids[name] for name in rule.arguments}


@pytest.mark.parametrize("who", ["wendy", "ada", "nadia", "tara"])
def test_every_state_changing_route_refuses_a_missing_or_forged_csrf_token(csrf_app, world, who):
    client = csrf_app.test_client()
    client.get("/sign-in")
    # Sign in properly, with the token from the page.
    page = parse(client.get("/sign-in"))
    token = page.select_one("input[name=csrf_token]")["value"]
    signed_in = client.post(
        "/sign-in",
        data={
            "csrf_token": token,
            "email": world.user(who).email,
            "password": "invented test passphrase",
        },
    )
    assert signed_in.status_code == 302
    routes = list(_state_changing_routes(csrf_app))
    assert len(routes) >= 10
    snapshot = _snapshot()
    for rule, method in routes:
        with csrf_app.test_request_context():
            url = url_for(rule.endpoint, **_example_values(rule, world))
        for token_value in (None, "forged-token", token[:-4] + "AAAA"):
            data = {"name": "Changed", "title": "Changed", "reference": "NEW-1"}
            if token_value:
                data["csrf_token"] = token_value
            response = client.open(url, method=method, data=data)
            assert response.status_code in (302, 400), (url, response.status_code)
            if response.status_code == 302:  # refused, and sent back with the form kept
                assert response.location == url and "GET" in rule.methods, (url, rule.methods)
            else:
                page = parse(response)
                assert text_of(page, "h1") == "Sorry, there is a problem with what was sent"
    assert _snapshot() == snapshot


def _snapshot():
    db.session.expire_all()
    from assist.models import Assessment

    return (
        [
            (a.version, a.status)
            for a in db.session.scalars(sa.select(Assessment).order_by(Assessment.id))
        ],
        [
            (u.name, u.role, u.team_id, u.disabled_at, u.failed_sign_ins)
            for u in db.session.scalars(sa.select(User).order_by(User.id))
        ],
        db.session.scalar(sa.select(sa.func.count(Case.id))),
        [t.name for t in db.session.scalars(sa.select(Team).order_by(Team.id))],
    )


def test_a_csrf_failure_on_a_long_form_keeps_what_was_typed(csrf_app, world):
    client = csrf_app.test_client()
    token = parse(client.get("/sign-in")).select_one("input[name=csrf_token]")["value"]
    client.post(
        "/sign-in",
        data={
            "csrf_token": token,
            "email": world.user("wendy").email,
            "password": "invented test passphrase",
        },
    )
    typed = {
        "reference": "CS-2026-7777",
        "family_name": "A long answer " * 40,
        "csrf_token": "expired-token",
    }
    response = client.post("/cases/new", data=typed)
    assert response.status_code == 302 and response.location == "/cases/new"
    page = parse(client.get("/cases/new"))
    assert page.select_one("#reference")["value"] == "CS-2026-7777"
    assert page.select_one("#family_name")["value"] == typed["family_name"].strip()
    assert "Your page had expired" in text_of(page, ".govuk-notification-banner")


def test_sign_in_with_an_expired_token_says_so(csrf_app):
    client = csrf_app.test_client()
    response = client.post("/sign-in", data={"email": "a@assist.example", "password": "x" * 9})
    assert response.status_code == 302
    page = parse(client.get(response.location))
    assert "sign-in page had expired" in text_of(page, ".govuk-notification-banner")


@pytest.mark.parametrize("code", [400, 403, 404, 405, 409, 413, 429, 500])
def test_every_error_code_has_a_friendly_page(app, pages, code):
    from flask import abort

    def fail():
        abort(code)

    fail.access = "anonymous"
    app.add_url_rule(f"/fail-{code}", f"fail_{code}", fail)
    response = pages.client.get(f"/fail-{code}")
    assert response.status_code == code
    page = parse(response)
    assert text_of(page, "h1") and "Traceback" not in response.get_data(as_text=True)
    assert page.select_one("a[href='/sign-in']") is not None


@pytest.mark.parametrize(
    "status, path, heading",
    [
        (404, "/no-such-page", "Page not found"),
        (404, "/cases/999999", "Page not found"),
        (405, "/sign-out", "Sorry, that action is not allowed here"),
    ],
)
def test_error_pages_are_friendly(pages, world, status, path, heading):
    pages.sign_in(world.user("wendy"))
    response = pages.client.get(path)
    assert response.status_code == status
    page = parse(response)
    assert text_of(page, "h1") == heading
    assert "Traceback" not in response.get_data(as_text=True)


def test_a_crash_shows_a_friendly_page_without_a_traceback(app, pages, world, caplog):
    def explode():
        raise RuntimeError("boom: secret internals")

    explode.access = "signed_in"
    app.add_url_rule("/explode", "explode", explode)
    pages.sign_in(world.user("wendy"))
    response = pages.client.get("/explode")
    assert response.status_code == 500
    body = response.get_data(as_text=True)
    assert "secret internals" not in body and "Traceback" not in body
    assert text_of(parse(response), "h1") == "Sorry, there is a problem with the service"


def test_another_role_gets_a_403_page(pages, world):
    pages.sign_in(world.user("wendy"))
    response = pages.client.get(pages.url("admin.users"))
    assert response.status_code == 403
    assert text_of(parse(response), "h1") == "You do not have permission to see this page"


def test_an_oversized_body_gets_a_413_page(app, pages, world):
    pages.sign_in(world.user("wendy"))
    response = pages.client.post(
        pages.url("author.new_case"),
        data={"family_name": "x" * (app.config["MAX_CONTENT_LENGTH"] + 1)},
    )
    assert response.status_code == 413
    assert text_of(parse(response), "h1") == "The file or form was too large"


@pytest.mark.parametrize(
    "data",
    [
        {"name": "", "role": "emperor", "team_id": "abc"},
        {"name": "x" * 5000, "role": "admin", "team_id": "99999"},
        {"role": ["admin", "trainee"], "team_id": ""},
        {"name": "Will\x00Worker", "role": "admin", "team_id": "-1"},
    ],
)
def test_malformed_admin_posts_get_messages_not_500s(pages, world, data):
    pages.sign_in(world.user("ada"))
    will = world.user("will")
    response = pages.client.post(pages.url("admin.user", user_id=will.id), data=data)
    assert response.status_code == 200
    assert parse(response).select_one(".govuk-error-summary") is not None
    db.session.expire_all()
    assert db.session.get(User, will.id).name == "Will Worker"


def test_invalid_utf8_in_a_form_is_refused_cleanly(pages, world):
    pages.sign_in(world.user("ada"))
    will = world.user("will")
    response = pages.client.post(
        pages.url("admin.user", user_id=will.id),
        data=b"name=\xff\xfe&role=admin&team_id=",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code in (200, 400)
    assert "Traceback" not in response.get_data(as_text=True)


@pytest.mark.db
def test_control_characters_are_removed_before_saving(pages, world, engine):
    pages.sign_in(world.user("wendy"))
    pages.post(
        "author.new_case",
        data={"reference": "CS-CTRL-1", "family_name": "The\x00 Null\x07 family\r\n"},
    )
    case = db.session.scalar(sa.select(Case).where(Case.reference == "CS-CTRL-1"))
    assert case.family_name == "The Null family"


def test_get_requests_change_nothing(app, pages, world):
    before = _snapshot()
    for who in ("wendy", "nadia", "tara", "ada"):
        client = app.test_client()
        client.post(
            "/sign-in",
            data={"email": world.user(who).email, "password": "invented test passphrase"},
        )
        for rule in app.url_map.iter_rules():
            if "GET" in rule.methods and rule.endpoint != "static":
                with app.test_request_context():
                    client.get(url_for(rule.endpoint, **_example_values(rule, world)))
    assert _snapshot() == before


def test_no_case_text_reaches_the_application_log(pages, world, caplog):
    caplog.set_level("DEBUG")
    pages.sign_in(world.user("wendy"))
    pages.post(
        "author.new_case",
        data={"reference": "CS-LOG-1", "family_name": "Distinctive family name Q7"},
    )
    case_id = db.session.scalar(sa.select(Case.id).where(Case.reference == "CS-LOG-1"))
    pages.post(
        "author.case",
        values={"case_id": case_id},
        data={"title": "Distinctive assessment title Z9"},
    )
    assert "Distinctive" not in caplog.text
