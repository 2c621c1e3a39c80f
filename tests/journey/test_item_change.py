"""A save of one item keeps what changed worked out from that item alone: for every kind of edit
(reworded, moved by its date, given no date, a new item in the middle, citations changed, a
hazard under its danger, a save that changed nothing) the version kept reads back as the whole
assessment, and is the whole snapshots' difference. The page after a save reads a document made
from the one before, which must be the one the database makes. A save this cannot be sure of
is kept by comparing whole snapshots."""

import json
from datetime import timedelta

import pytest
import sqlalchemy as sa

from assist import clock
from assist.extensions import db
from assist.journey import deltas, item_change, items, version_cache, version_store
from assist.journey.snapshot import snapshot_from, to_document
from assist.models import (
    AnalysisStatement,
    Assessment,
    AssessmentVersion,
    Child,
    ChildExperience,
    Fact,
    RiskFactor,
)
from tests.test_journey import fact_answers, post, version_of

pytestmark = pytest.mark.db  # SQLite and PostgreSQL


@pytest.fixture
def draft(world, pages, engine, monkeypatch):
    # Compared here with the whole snapshots, not by the check every test runs: a
    # disagreement is an assertion of this test rather than a failed save.
    monkeypatch.setattr(item_change, "COMPARE_WITH_WHOLE", False)
    # A small assessment is kept whole again after a few saves: here every one is changes.
    monkeypatch.setattr(deltas, "whole_again", lambda *sizes: False)
    pages.sign_in(world.user("wendy"))
    draft = world.assessments["wendy_draft"]
    fact = world.items[("wendy_draft", "Fact")]
    answers = fact_answers(draft, occurred_on=["2", "3", "2026"], what_happened="First")
    post(pages, "author.fact_item", answers, assessment_id=draft.id, item_id=fact.id)
    assert _latest(draft).snapshot is not None  # the first version is whole
    return draft


def _whole(draft):
    """The assessment as it stands, as a saved version (through JSON, as it is stored)."""
    db.session.expire_all()
    assessment = db.session.get(Assessment, draft.id)
    contents = items.load(draft.id)
    return json.loads(json.dumps(snapshot_from(to_document(assessment, contents), contents)))


def _latest(draft):
    db.session.expire_all()
    return db.session.scalar(
        sa.select(AssessmentVersion)
        .where(AssessmentVersion.assessment_id == draft.id)
        .order_by(AssessmentVersion.version.desc())
        .limit(1)
        .options(sa.orm.undefer(AssessmentVersion.snapshot))
        .options(sa.orm.undefer(AssessmentVersion.changes))
    )


def _saved(pages, draft, endpoint, answers, moved=False, **values):
    """Save through the page (the page before it looked at, so its document is kept), then
    check the version kept against the whole snapshots before and after; returns its
    changes."""
    pages.get("author.facts", assessment_id=draft.id)
    before = _whole(draft)
    response = post(pages, endpoint, answers, assessment_id=draft.id, **values)
    assert response.status_code == 302, response.status_code
    row, after = _latest(draft), _whole(draft)
    assert row.snapshot is None and row.based_on is not None  # kept as changes
    assert row.size == deltas.size_of(row.changes)
    assert deltas.applied(before, row.changes) == after
    if not moved:  # a move may be found as other, equally exact, splices
        assert row.changes == deltas.between(before, after)
    assert version_store.snapshot_at(draft.id, row.version) == after
    assessment = db.session.get(Assessment, draft.id)
    document = version_cache.kept(draft.id, version_cache.version_key(assessment), "document")
    assert document == to_document(assessment, items.load(draft.id))
    return row.changes


def _fact_id(draft, words):
    return db.session.scalar(
        sa.select(Fact.id).where(Fact.assessment_id == draft.id, Fact.what_happened == words)
    )


def _chronology(draft):
    return [entry["text"] for entry in _whole(draft)["facts"]]


def test_facts_added_reworded_moved_and_undated(pages, draft):
    for words, day in (("Second", ["10", "1", "2026"]), ("Third", ["1", "5", "2025"])):
        answers = fact_answers(draft, occurred_on=day, what_happened=words)
        changes = _saved(pages, draft, "author.fact_new", answers)
        assert set(changes) == {"facts", "ids"}
    assert _chronology(draft) == ["Third", "Second", "First"]  # added where its date falls
    third = _fact_id(draft, "Third")

    def edit(moved=False, **changes):
        answers = fact_answers(draft, what_happened="Third", **changes)
        return _saved(pages, draft, "author.fact_item", answers, moved, item_id=third)

    edit(occurred_on=["1", "5", "2025"], source="Health visitor")  # reworded where it is
    edit(occurred_on=["1", "12", "2025"])  # a later date, still first
    version_cache.forget_all()  # as in another process: the version before is read back
    edit(True, occurred_on=["20", "3", "2026"])  # moved from first to last
    assert _chronology(draft) == ["Second", "First", "Third"]
    edit(True, occurred_on=["", "", "2025"])  # a year only: moved back to first
    assert _chronology(draft) == ["Third", "Second", "First"]
    assert edit(occurred_on=["", "", "2025"]) == {}  # saved again as it was: nothing changed
    edit(True, occurred_on=["", "", ""], date_precision="unknown")  # after every dated fact
    assert _chronology(draft)[-1] == "Third"


def test_which_children_a_fact_concerns(pages, draft, world):
    response = post(
        pages,
        "author.child_record_new",
        {"version": version_of(draft), "name": "Amy"},
        assessment_id=draft.id,
    )
    assert response.status_code == 302
    fact = world.items[("wendy_draft", "Fact")]
    amy = _amy(draft)
    answers = fact_answers(draft, occurred_on=["2", "3", "2026"], child_ids=[str(amy)])
    changes = _saved(pages, draft, "author.fact_item", answers, item_id=fact.id)
    [[_start, _stop, [entry]]] = changes["facts"]["splices"]
    assert entry["child_refs"] == ["C2"]


def _amy(draft):
    return db.session.scalar(
        sa.select(Child.id).where(Child.assessment_id == draft.id, Child.name == "Amy")
    )


def test_analysis_danger_hazards_gaps_plans_and_experiences(pages, draft, world):
    fact = world.items[("wendy_draft", "Fact")]
    danger = world.items[("wendy_draft", "Danger")]
    child = world.items[("wendy_draft", "Child")]
    second = fact_answers(draft, occurred_on=["1", "1", "2026"], what_happened="Second")
    _saved(pages, draft, "author.fact_new", second)
    second_id = _fact_id(draft, "Second")

    statement = {
        "meaning_for_child": "He is hungry",
        "cites": [f"fact:{fact.id}", f"fact:{second_id}"],
    }
    _saved(pages, draft, "author.analysis_new", {**version_now(draft), **statement})
    analysis_id = db.session.scalar(
        sa.select(AnalysisStatement.id).where(AnalysisStatement.meaning_for_child == "He is hungry")
    )
    changed = {**statement, "cites": [f"fact:{second_id}"], "contradicted_by": [f"fact:{fact.id}"]}
    _saved(
        pages,
        draft,
        "author.analysis_item",
        {**version_now(draft), **changed},
        item_id=analysis_id,
    )

    danger_answers = {
        "child_id": str(child.id),
        "feared_outcome": "He is seriously injured",
        "probability": "high",
        "probability_reasoning": "It happened twice",
    }
    _saved(
        pages,
        draft,
        "author.danger_item",
        {**version_now(draft), **danger_answers},
        item_id=danger.id,
    )

    hazard = {"text": "Mother drinks", "cites": [f"fact:{second_id}", f"analysis:{analysis_id}"]}
    new_hazard = pages.url("author.factor_hazard_new", assessment_id=draft.id, danger=danger.id)
    pages.get("author.facts", assessment_id=draft.id)
    before = _whole(draft)
    assert pages.client.post(new_hazard, data={**version_now(draft), **hazard}).status_code == 302
    row = _latest(draft)
    assert row.snapshot is None and deltas.applied(before, row.changes) == _whole(draft)
    assert row.changes == deltas.between(before, _whole(draft))
    hazard_id = db.session.scalar(
        sa.select(RiskFactor.id).where(RiskFactor.text == "Mother drinks")
    )
    _saved(
        pages,
        draft,
        "author.factor_hazard_item",
        {**version_now(draft), "text": "Mother drinks daily", "cites": [f"fact:{fact.id}"]},
        item_id=hazard_id,
    )
    gap = {"text": "Who else lives there", "how_to_fill": "Ask the school"}
    new_gap = pages.url(
        "author.factor_information_gap_new", assessment_id=draft.id, danger=danger.id
    )
    assert pages.client.post(new_gap, data={**version_now(draft), **gap}).status_code == 302
    gap_id = db.session.scalar(
        sa.select(RiskFactor.id).where(RiskFactor.text == "Who else lives there")
    )

    recommendation = world.items[("wendy_draft", "Recommendation")]
    plan = {
        "action": "A medical this week",
        "answers": [f"danger:{danger.id}", f"analysis:{analysis_id}"],
        "fills": [f"risk_factor:{gap_id}"],
        "who": "Sam",
        "by_when": _in_a_month(),
    }
    _saved(
        pages,
        draft,
        "author.recommendation_item",
        {**version_now(draft), **plan},
        item_id=recommendation.id,
    )

    entry = {"child_id": str(child.id), "kind": "words", "text": "'I am hungry'"}
    _saved(pages, draft, "author.experience_new", {**version_now(draft), **entry})
    experience_id = db.session.scalar(
        sa.select(ChildExperience.id).where(ChildExperience.text == "'I am hungry'")
    )
    _saved(
        pages,
        draft,
        "author.experience_item",
        {**version_now(draft), **entry, "text": "'I am always hungry'", "how_heard": "Alone"},
        item_id=experience_id,
    )


def version_now(draft):
    return {"version": version_of(draft)}


def _in_a_month():
    day = clock.now().date() + timedelta(days=30)
    return [str(day.day), str(day.month), str(day.year)]


def test_a_change_to_another_item_made_without_a_save_is_not_built_on(pages, draft, world):
    """If another fact's place changed without a version being kept (never through the app),
    a moved fact's changes cannot be worked out from it alone: the whole snapshots are
    compared, and the version still reads back as the assessment."""
    for words, day in (("Second", ["10", "1", "2026"]), ("Third", ["1", "5", "2025"])):
        answers = fact_answers(draft, occurred_on=day, what_happened=words)
        post(pages, "author.fact_new", answers, assessment_id=draft.id)
    second = db.session.get(Fact, _fact_id(draft, "Second"))
    second.occurred_on = second.occurred_on.replace(year=2024)  # now first, unrecorded
    db.session.commit()
    third = _fact_id(draft, "Third")
    answers = fact_answers(draft, occurred_on=["1", "6", "2026"], what_happened="Third")
    worked_out = []
    original = item_change.worked_out

    def watched(change, assessment):
        worked_out.append(original(change, assessment))
        return worked_out[-1]

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(item_change, "worked_out", watched)
        post(pages, "author.fact_item", answers, assessment_id=draft.id, item_id=third)
    assert worked_out == [None]  # left to the whole comparison
    row = _latest(draft)
    assert version_store.snapshot_at(draft.id, row.version) == _whole(draft)


def test_a_document_made_from_facts_not_read_whole_is_the_same(pages, draft, world):
    """Pages that read 100 facts make their document from the others' columns alone."""
    post(
        pages,
        "author.child_record_new",
        {"version": version_of(draft), "name": "Amy"},
        assessment_id=draft.id,
    )
    child = world.items[("wendy_draft", "Child")]
    both = [str(child.id), str(_amy(draft))]
    for words, extra in (
        ("Only about the first child", {"child_ids": [str(child.id)]}),
        ("Undated", {"occurred_on": ["", "", ""], "date_precision": "unknown"}),
        ("A month", {"occurred_on": ["", "6", "2025"], "corroborated": "yes"}),
    ):
        answers = fact_answers(
            draft, what_happened=words, is_historic="y", **{"child_ids": both, **extra}
        )
        assert post(pages, "author.fact_new", answers, assessment_id=draft.id).status_code == 302
    assessment = db.session.get(Assessment, draft.id)
    whole = to_document(assessment, items.load(draft.id))
    assert to_document(assessment, items.load(draft.id, every_fact=False)) == whole
    assert [fact.child_refs for fact in whole.facts] == [[], [], ["C1"], []]
