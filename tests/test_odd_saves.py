"""Odd input to a save gets a form error or a plain refusal, never a 500, and a database too
busy to take the save says so in words (and in JSON to autosave) with nothing changed."""

import sqlite3

import pytest

from assist.extensions import db
from assist.models import Fact
from tests.pages import error_summary, parse
from tests.test_concurrent_saves import JSON, current_version, fact_form


@pytest.fixture
def app_config():
    # A short wait for the database, so the busy test does not sit out the usual 15 s.
    return {"SQLITE_BUSY_TIMEOUT_MS": 300}


@pytest.fixture
def draft(world, pages):
    pages.sign_in(world.user("wendy"))
    return world.assessments["wendy_draft"]


@pytest.mark.parametrize("version", [str(10**30), "-1", "0", "1e9", "🙂", ""])
def test_a_version_no_page_was_given_is_not_a_500(pages, draft, world, version):
    fact = world.items[("wendy_draft", "Fact")]
    url = f"/cases/assessments/{draft.id}/facts/{fact.id}"
    answer = pages.client.post(url, data=fact_form(version, "Changed"), headers=JSON)
    assert answer.status_code == 409 and answer.get_json()["conflict"] is True
    db.session.expire_all()
    assert db.session.get(Fact, fact.id).what_happened != "Changed"  # nothing overwritten


def test_a_child_born_in_the_year_9999_is_refused_with_a_reason(pages, draft):
    answer = pages.client.post(
        f"/cases/assessments/{draft.id}/children/new",
        data={
            "version": str(current_version(draft.id)),
            "name": "Test child",
            "date_of_birth": ["1", "1", "9999"],
        },
    )
    assert answer.status_code == 200
    [message] = error_summary(parse(answer))
    assert message.startswith("Date of birth or expected date of birth must be no later than")


def test_a_plan_due_in_the_year_9999_is_refused_with_a_reason(pages, draft):
    answer = pages.client.post(
        f"/cases/assessments/{draft.id}/recommendations/new",
        data={
            "version": str(current_version(draft.id)),
            "action": "Meet the family at home",
            "by_when": ["1", "1", "9999"],
        },
    )
    assert answer.status_code == 200
    assert any(m.startswith("By when must be no later than") for m in error_summary(parse(answer)))


def test_a_database_too_busy_for_a_save_says_so_and_changes_nothing(app, pages, draft, world):
    fact_id = world.items[("wendy_draft", "Fact")].id
    path = app.config["SQLALCHEMY_DATABASE_URI"].removeprefix("sqlite:///")
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another writer holds the database
    try:
        url = f"/cases/assessments/{draft.id}/facts/{fact_id}"
        version = current_version(draft.id)
        db.session.remove()
        answer = pages.client.post(url, data=fact_form(version, "While busy"), headers=JSON)
        assert answer.status_code == 503
        assert answer.get_json()["busy"] is True and answer.get_json()["saved"] is False
        page = pages.client.post(url, data=fact_form(version, "While busy"))
        assert page.status_code == 503
        assert "The service is busy" in parse(page).h1.get_text()
    finally:
        other.execute("ROLLBACK")
        other.close()
    saved = pages.client.post(url, data=fact_form(version, "After"), headers=JSON)
    assert saved.status_code == 200
    db.session.expire_all()
    assert db.session.get(Fact, fact_id).what_happened == "After"


def test_a_version_from_the_future_is_a_conflict_not_a_save(pages, draft, world):
    fact = world.items[("wendy_draft", "Fact")]
    ahead = current_version(draft.id) + 1
    url = f"/cases/assessments/{draft.id}/facts/{fact.id}"
    answer = pages.client.post(url, data=fact_form(ahead, "From the future"), headers=JSON)
    assert answer.status_code == 409 and answer.get_json()["conflict"] is True
    db.session.expire_all()
    assert db.session.get(Fact, fact.id).what_happened != "From the future"
