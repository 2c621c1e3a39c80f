"""Versions kept through the app as what changed: every version a worker saved reads back exactly
as it was (compare, restore, the stale-save check and review all read it), whole snapshots are
kept at the moments that matter, and the migration converts a history both ways without loss."""

import json
import random

import pytest
import sqlalchemy as sa
from flask_migrate import downgrade, upgrade

from assist.database import MIGRATIONS_DIR
from assist.extensions import db
from assist.journey import deltas, version_store
from assist.journey.snapshot import snapshot_of
from assist.models import Assessment, AssessmentVersion, Fact, ReviewDecision
from tests.review.conftest import fresh
from tests.review.test_decisions import decide_as
from tests.test_journey import fact_answers, post, version_of

pytestmark = pytest.mark.db  # SQLite and PostgreSQL

BEFORE_THIS = "11a1_rate_limit_counters"  # the schema before versions were kept as changes


@pytest.fixture
def draft(world, pages, engine):
    pages.sign_in(world.user("wendy"))
    return world.assessments["wendy_draft"]


def _as_saved(draft):
    """The assessment as its latest version should read back, through JSON as it is stored."""
    db.session.expire_all()
    return json.loads(json.dumps(snapshot_of(db.session.get(Assessment, draft.id))))


def _live_facts(draft):
    return db.session.scalars(
        sa.select(Fact.id).where(Fact.assessment_id == draft.id, Fact.deleted_at.is_(None))
    ).all()


def _random_save(rng, pages, draft, saved):
    """One save a worker might make: add, reword, redate (which moves the fact), delete, undo
    a delete, or put back an earlier version. Returns whether a version was saved."""
    facts = _live_facts(draft)
    action = rng.choice(["add", "reword", "redate", "delete", "restore", "version"])
    where = {"assessment_id": draft.id}
    if action == "add" or not facts:
        words = f"Kai said he had no breakfast ({rng.randint(1, 999)})"
        response = post(pages, "author.fact_new", fact_answers(draft, what_happened=words), **where)
    elif action in ("reword", "redate"):
        change = (
            {"what_happened": f"Reworded {rng.randint(1, 999)}"}
            if action == "reword"
            else {"occurred_on": [str(rng.randint(1, 28)), str(rng.randint(1, 12)), "2025"]}
        )
        answers = fact_answers(draft, **change)
        response = post(pages, "author.fact_item", answers, item_id=rng.choice(facts), **where)
    elif action == "delete":
        version = {"version": version_of(draft)}
        response = post(pages, "author.fact_delete", version, item_id=rng.choice(facts), **where)
    elif action == "restore":
        gone = db.session.scalars(
            sa.select(Fact.id).where(Fact.assessment_id == draft.id, Fact.deleted_at.isnot(None))
        ).all()
        if not gone:
            return False
        version = {"version": version_of(draft)}
        response = post(pages, "author.fact_restore", version, item_id=rng.choice(gone), **where)
    else:
        version = {"version": version_of(draft)}
        response = post(pages, "author.restore_version", version, number=rng.choice(saved), **where)
    assert response.status_code == 302, action
    return True


def test_every_version_saved_through_the_app_reads_back_exactly(pages, draft):
    rng = random.Random(15)
    expected = {}
    for _ in range(30):
        if _random_save(rng, pages, draft, list(expected) or [int(version_of(draft))]):
            expected[int(version_of(draft))] = _as_saved(draft)
    for number, snapshot in expected.items():
        assert version_store.snapshot_at(draft.id, number) == snapshot, number
    rows = _rows(draft)
    assert rows[0].snapshot is not None  # the first is whole: nothing before it to differ from
    assert sum(row.snapshot is None for row in rows) > len(rows) / 2  # most are changes only


def _rows(draft):
    db.session.expire_all()
    return db.session.scalars(
        sa.select(AssessmentVersion)
        .where(AssessmentVersion.assessment_id == draft.id)
        .order_by(AssessmentVersion.version)
        .options(sa.orm.undefer(AssessmentVersion.snapshot))
        .options(sa.orm.undefer(AssessmentVersion.changes))
    ).all()


def test_an_autosave_of_one_fact_keeps_just_that_fact(pages, draft, world):
    fact = world.items[("wendy_draft", "Fact")]
    for words in ("First wording", "Second wording"):
        answers = fact_answers(draft, what_happened=words)
        post(pages, "author.fact_item", answers, assessment_id=draft.id, item_id=fact.id)
    latest = _rows(draft)[-1]
    assert latest.snapshot is None and list(latest.changes) == ["facts"]
    [[_start, _stop, [kept]]] = latest.changes["facts"]["splices"]
    assert kept["text"] == "Second wording"
    assert latest.size == deltas.size_of(latest.changes) < 1000


def test_putting_back_a_version_and_a_supervisors_decision_are_kept_whole(pages, draft, world):
    fact = world.items[("wendy_draft", "Fact")]
    for words in ("First wording", "Second wording", "Third wording"):
        answers = fact_answers(draft, what_happened=words)
        post(pages, "author.fact_item", answers, assessment_id=draft.id, item_id=fact.id)
    first = _rows(draft)[0].version
    restored = {"version": version_of(draft)}
    post(pages, "author.restore_version", restored, assessment_id=draft.id, number=first + 1)
    assert _rows(draft)[-1].snapshot is not None
    answers = fact_answers(draft, what_happened="Fourth wording")
    post(pages, "author.fact_item", answers, assessment_id=draft.id, item_id=fact.id)
    assert _rows(draft)[-1].snapshot is None
    read = _as_saved(draft)
    post(pages, "author.submit", {"version": version_of(draft)}, assessment_id=draft.id)
    assert _rows(draft)[-1].snapshot == read  # submitted: what the supervisor will read, whole
    pages.sign_in(world.user("nadia"))
    assert decide_as(pages, fresh(draft), "returned", "Say who saw it").status_code == 302
    reviewed = _rows(draft)[-1]
    assert reviewed.snapshot == read  # what the supervisor read, whole, in one row


def test_a_long_run_of_changes_is_kept_whole_again(pages, draft, world, monkeypatch):
    monkeypatch.setattr(deltas, "LONGEST_CHAIN", 3)
    fact = world.items[("wendy_draft", "Fact")]
    expected = {}
    for n in range(8):
        answers = fact_answers(draft, what_happened=f"Wording {n}")
        post(pages, "author.fact_item", answers, assessment_id=draft.id, item_id=fact.id)
        expected[int(version_of(draft))] = _as_saved(draft)
    assert [row.snapshot is not None for row in _rows(draft)] == [True, False, False] * 2 + [
        True,
        False,
    ]
    for number, snapshot in expected.items():
        assert version_store.snapshot_at(draft.id, number) == snapshot


def test_the_migration_converts_a_history_both_ways_without_loss(pages, draft, world):
    rng = random.Random(7)
    for _ in range(12):
        _random_save(rng, pages, draft, [r.version for r in _rows(draft)])
    post(pages, "author.submit", {"version": version_of(draft)}, assessment_id=draft.id)
    pages.sign_in(world.user("nadia"))
    assert decide_as(pages, fresh(draft), "returned", "Say who saw it").status_code == 302
    pages.sign_in(world.user("wendy"))
    for _ in range(6):
        _random_save(rng, pages, draft, [r.version for r in _rows(draft)])
    history = _read_back(draft)
    db.session.remove()

    downgrade(directory=MIGRATIONS_DIR, revision=BEFORE_THIS)
    old = sa.table(
        "assessment_versions",
        sa.column("assessment_id"),
        sa.column("version"),
        sa.column("snapshot", sa.JSON),
    )
    columns = {c["name"] for c in sa.inspect(db.engine).get_columns("assessment_versions")}
    assert not {"changes", "based_on", "size"} & columns
    with db.engine.connect() as connection:
        whole = dict(
            connection.execute(
                sa.select(old.c.version, old.c.snapshot).where(old.c.assessment_id == draft.id)
            ).all()
        )
    assert whole == history  # every version whole again, exactly as it read

    upgrade(directory=MIGRATIONS_DIR)
    rows = _rows(draft)
    assert _read_back(draft) == history
    assert rows[0].snapshot is not None and sum(row.snapshot is None for row in rows) > 1
    reviewed = version_store.kept_at_or_before(draft.id, _reviewed_version(draft))
    assert next(row for row in rows if row.version == reviewed).snapshot is not None
    assert all(
        row.size == deltas.size_of(row.snapshot if row.changes is None else row.changes)
        for row in rows
    )


def _read_back(draft):
    return {row.version: version_store.snapshot_at(draft.id, row.version) for row in _rows(draft)}


def _reviewed_version(draft):
    return db.session.scalar(
        sa.select(ReviewDecision.reviewed_version).where(ReviewDecision.assessment_id == draft.id)
    )
