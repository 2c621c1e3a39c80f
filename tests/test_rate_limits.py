"""Per-address rate limits: failed sign-ins and /api/check, counted in the database every
process shares, answered with a plain page (or JSON) that says how long to wait."""

from datetime import UTC, datetime

import pytest
import sqlalchemy as sa
import time_machine

from assist.errors import worded
from assist.extensions import db
from assist.models import RateLimitCounter
from assist.rate_limits import DatabaseStorage
from tests.pages import parse, text_of

pytestmark = pytest.mark.db
WRONG = "wrong but long password"
JSON = {"Accept": "application/json"}


LIMITS = {"SIGN_IN_RATE_LIMIT": "3 per minute", "API_CHECK_RATE_LIMIT": "2 per minute"}


@pytest.fixture
def app_config():
    return LIMITS


def _from(address):
    return {"environ_base": {"REMOTE_ADDR": address}}


def _sign_in(client, user, password, address="192.0.2.10", headers=None):
    return client.post(
        "/sign-in",
        data={"email": user.email, "password": password},
        headers=headers or {},
        **_from(address),
    )


def test_a_fourth_wrong_password_from_one_address_waits(client, world, engine):
    wendy, will = world.user("wendy"), world.user("will")
    for user in (wendy, will, wendy):  # spread over accounts, so no lockout explains it
        assert _sign_in(client, user, WRONG).status_code == 200
    refused = _sign_in(client, will, WRONG)
    assert refused.status_code == 429
    page = parse(refused)
    assert text_of(page, "h1") == "Too many attempts"
    wait = int(refused.headers["Retry-After"])
    assert 0 < wait <= 60
    assert f"Wait {worded(wait)}, then try again" in text_of(page, "main")
    # Not even the right password gets through from that address until the wait is over.
    assert _sign_in(client, wendy, "invented test passphrase").status_code == 429


def test_another_address_is_not_held_up(client, world, engine):
    wendy = world.user("wendy")
    for _ in range(4):
        _sign_in(client, wendy, WRONG, address="192.0.2.10")
    assert _sign_in(client, wendy, WRONG, address="198.51.100.7").status_code == 200


def test_signing_in_correctly_never_counts(app, world, engine):
    # A whole office behind one address signs in at nine.
    for _ in range(6):
        client = app.test_client()
        assert _sign_in(client, world.user("wendy"), "invented test passphrase").status_code == 302


def test_the_window_ends(client, world, engine):
    wendy = world.user("wendy")
    with time_machine.travel("2026-12-07 09:00:00+00:00", tick=False) as traveller:
        for _ in range(3):
            _sign_in(client, wendy, WRONG)
        assert _sign_in(client, wendy, WRONG).status_code == 429
        traveller.shift(61)
        assert _sign_in(client, wendy, WRONG).status_code == 200


def test_the_counts_are_in_the_database(client, world, engine):
    for _ in range(2):
        _sign_in(client, world.user("wendy"), WRONG)
    [counter] = db.session.scalars(sa.select(RateLimitCounter)).all()
    assert counter.hits == 2
    assert "192.0.2.10" in counter.key and "sign_in" in counter.key


def test_a_database_that_cannot_count_never_stops_a_sign_in(client, world, engine):
    RateLimitCounter.__table__.drop(db.engine)
    assert _sign_in(client, world.user("wendy"), WRONG).status_code == 200
    assert _sign_in(client, world.user("wendy"), "invented test passphrase").status_code == 302


def test_proxy_headers_are_ignored_unless_trusted(client, world, engine):
    wendy = world.user("wendy")
    for n in range(4):
        answer = _sign_in(client, wendy, WRONG, headers={"X-Forwarded-For": f"203.0.113.{n}"})
    # Anyone can write X-Forwarded-For: without the setting it never buys more tries.
    assert answer.status_code == 429


@pytest.mark.parametrize("app_config", [LIMITS | {"TRUST_PROXY_HEADERS": True}])
def test_behind_a_trusted_proxy_each_client_is_counted_apart(client, world, engine, app_config):
    wendy = world.user("wendy")
    for _ in range(3):
        _sign_in(client, wendy, WRONG, headers={"X-Forwarded-For": "203.0.113.1"})
    proxied = {"X-Forwarded-For": "203.0.113.1"}
    assert _sign_in(client, wendy, WRONG, headers=proxied).status_code == 429
    assert (
        _sign_in(client, wendy, WRONG, headers={"X-Forwarded-For": "203.0.113.2"}).status_code
        == 200
    )


def test_a_third_check_in_a_minute_is_refused_in_json(pages, world, engine):
    pages.sign_in(world.user("wendy"))
    draft = world.assessments["wendy_draft"]
    body = {"assessment_id": draft.id, "section": "facts"}
    for _ in range(2):
        assert pages.client.post("/api/check", json=body, headers=JSON).status_code == 200
    refused = pages.client.post("/api/check", json=body, headers=JSON)
    assert refused.status_code == 429
    answer = refused.get_json()
    assert answer["error"] == "Too many attempts" and answer["saved"] is False
    assert f"Wait {worded(int(refused.headers['Retry-After']))}," in answer["message"]


def test_the_storage_counts_windows(app, engine):
    storage = DatabaseStorage()
    start = datetime(2026, 12, 7, 9, tzinfo=UTC)
    with time_machine.travel(start, tick=False) as traveller:
        assert [storage.incr("k", 60) for _ in range(3)] == [1, 2, 3]
        assert storage.get("k") == 3
        assert storage.get_expiry("k") == start.timestamp() + 60
        traveller.shift(60)
        assert storage.get("k") == 0
        assert storage.incr("k", 60, amount=2) == 2  # a new window
        assert storage.get_expiry("k") == start.timestamp() + 120
        storage.clear("k")
        assert storage.get("k") == 0 and storage.check()


def test_api_check_counts_each_person_not_their_office_s_one_address(pages, world, engine):
    draft = world.assessments["wendy_draft"]
    body = {"assessment_id": draft.id, "section": "facts"}
    pages.sign_in(world.user("wendy"))
    for _ in range(2):
        assert pages.client.post("/api/check", json=body, headers=JSON).status_code == 200
    assert pages.client.post("/api/check", json=body, headers=JSON).status_code == 429
    # Will, at the same office address, has his own allowance.
    pages.sign_in(world.user("will"))
    theirs = {"assessment_id": world.assessments["will_draft"].id, "section": "facts"}
    assert pages.client.post("/api/check", json=theirs, headers=JSON).status_code == 200
