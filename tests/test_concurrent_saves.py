"""Saves that arrive at once: every one lands or says why, never a 500, and the version a save
answers with is the one it created. Each test runs on SQLite and on PostgreSQL."""

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
import sqlalchemy as sa

from assist.extensions import db
from assist.journey import version_store
from assist.models import Assessment, AssessmentVersion, Fact
from tests.world import PASSWORD

JSON = {"Accept": "application/json"}
AT_ONCE = 8


def fact_form(version, text):
    return {
        "version": str(version),
        "occurred_on": ["14", "3", "2026"],
        "date_precision": "exact",
        "what_happened": text,
        "source": "Class teacher",
        "how_known": "reported_by_professional",
        "corroborated": "unknown",
        "category": "neglect",
    }


def signed_in_clients(app, user, n):
    clients = []
    for _ in range(n):
        client = app.test_client()
        response = client.post("/sign-in", data={"email": user.email, "password": PASSWORD})
        assert response.status_code == 302
        clients.append(client)
    return clients


def at_once(clients, send):
    """Call ``send(client, index)`` for every client at the same moment; their responses."""
    start = threading.Barrier(len(clients))

    def one(index):
        start.wait()
        return send(clients[index], index)

    with ThreadPoolExecutor(max_workers=len(clients)) as pool:
        return list(pool.map(one, range(len(clients))))


def current_version(assessment_id):
    db.session.expire_all()
    return db.session.get(Assessment, assessment_id).version


@pytest.mark.db
def test_the_same_add_posted_at_once_from_many_tabs_adds_every_fact(app, world, engine):
    draft = world.assessments["wendy_draft"]
    clients = signed_in_clients(app, world.user("wendy"), AT_ONCE)
    version = current_version(draft.id)
    url = f"/cases/assessments/{draft.id}/facts/new"
    answers = at_once(clients, lambda c, i: c.post(url, data=fact_form(version, f"Tab {i}")))
    assert [a.status_code for a in answers] == [302] * AT_ONCE  # each told "Fact saved"
    db.session.expire_all()
    facts = db.session.scalars(
        sa.select(Fact).where(Fact.assessment_id == draft.id, Fact.deleted_at.is_(None))
    ).all()
    texts = {f.what_happened for f in facts}
    assert {f"Tab {i}" for i in range(AT_ONCE)} <= texts
    numbers = [f.number for f in facts]
    assert len(numbers) == len(set(numbers))  # F-numbers stay unique


@pytest.mark.db
def test_autosaves_of_different_facts_from_one_old_version_all_land(app, world, engine):
    draft = world.assessments["wendy_draft"]
    clients = signed_in_clients(app, world.user("wendy"), AT_ONCE)
    base = current_version(draft.id)
    fact_ids = []
    for i in range(AT_ONCE):  # one fact each, added one after another
        response = clients[0].post(
            f"/cases/assessments/{draft.id}/facts/new",
            data=fact_form(current_version(draft.id), f"Fact {i}"),
            headers=JSON,
        )
        assert response.status_code == 200, response.get_data(as_text=True)
        fact_ids.append(int(response.get_json()["edit_url"].rsplit("/", 1)[1]))
    base = current_version(draft.id)

    def autosave(client, i):
        url = f"/cases/assessments/{draft.id}/facts/{fact_ids[i]}"
        return client.post(url, data=fact_form(base, f"Fact {i}, edited"), headers=JSON)

    answers = at_once(clients, autosave)
    assert [a.status_code for a in answers] == [200] * AT_ONCE
    assert all(a.is_json and a.get_json()["saved"] for a in answers)
    versions = [a.get_json()["version"] for a in answers]
    assert len(set(versions)) == AT_ONCE  # one new version each
    db.session.expire_all()
    for i, fact_id in enumerate(fact_ids):
        assert db.session.get(Fact, fact_id).what_happened == f"Fact {i}, edited"
    for i, version in enumerate(versions):
        # The version each save answered with is the one holding its own words.
        snapshot = version_store.snapshot_at(draft.id, version)
        assert f"Fact {i}, edited" in [f["text"] for f in snapshot["facts"]]


@pytest.mark.db
def test_two_tabs_saving_the_same_fact_at_once_never_lose_a_save_silently(app, world, engine):
    draft = world.assessments["wendy_draft"]
    fact = world.items[("wendy_draft", "Fact")]
    clients = signed_in_clients(app, world.user("wendy"), 2)
    base = current_version(draft.id)
    url = f"/cases/assessments/{draft.id}/facts/{fact.id}"
    answers = at_once(
        clients, lambda c, i: c.post(url, data=fact_form(base, f"Tab {i}"), headers=JSON)
    )
    codes = sorted(a.status_code for a in answers)
    assert codes == [200, 409]  # one lands; the other is told, with JSON it understands
    conflict = next(a for a in answers if a.status_code == 409)
    assert conflict.is_json and conflict.get_json()["conflict"] is True
    saved = next(a for a in answers if a.status_code == 200)
    db.session.expire_all()
    assert db.session.get(Fact, fact.id).what_happened == f"Tab {answers.index(saved)}"


@pytest.mark.db
def test_two_tabs_restoring_different_versions_at_once_restore_one_and_refuse_the_other(
    app, world, engine
):
    draft = world.assessments["wendy_draft"]
    fact = world.items[("wendy_draft", "Fact")]
    (writer,) = signed_in_clients(app, world.user("wendy"), 1)
    url = f"/cases/assessments/{draft.id}/facts/{fact.id}"
    for text in ("First wording", "Second wording", "Third wording"):
        answer = writer.post(url, data=fact_form(current_version(draft.id), text), headers=JSON)
        assert answer.status_code == 200
    versions = sorted(
        db.session.scalars(
            sa.select(AssessmentVersion.version).where(AssessmentVersion.assessment_id == draft.id)
        )
    )
    first, second = versions[-3], versions[-2]  # "First wording", "Second wording"
    seen = current_version(draft.id)  # both tabs opened the history at this version
    tabs = signed_in_clients(app, world.user("wendy"), 2)
    answers = at_once(
        tabs,
        lambda c, i: c.post(
            f"/cases/assessments/{draft.id}/history/{(first, second)[i]}/restore",
            data={"version": str(seen)},
        ),
    )
    # One is restored (to the task list); the other is told the assessment moved on (back to
    # the history, with nothing restored).
    landed = [a.location.endswith(f"/assessments/{draft.id}") for a in answers]
    assert [a.status_code for a in answers] == [302, 302] and sorted(landed) == [False, True]
    db.session.expire_all()
    restored = db.session.get(Fact, fact.id).what_happened
    assert restored == ("First wording", "Second wording")[landed.index(True)]
    assert current_version(draft.id) == seen + 1  # one new version, nothing overwritten twice
