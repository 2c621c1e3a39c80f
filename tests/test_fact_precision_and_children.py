"""A fact's date known only to the month or year keeps that precision on every page, and a fact
can concern some of the assessment's children; both survive saved versions and JSON."""

import json
from datetime import date

import pytest
import sqlalchemy as sa

from assist.extensions import db
from assist.journey import history
from assist.journey.snapshot import snapshot_of, to_document
from assist.models import Assessment, AssessmentVersion, Child, Fact
from assist.models.content import DatePrecision
from assist.readers.json_export import read_json
from tests.pages import error_summary, parse
from tests.test_journey import fact_answers, post


@pytest.fixture
def draft(world, pages):
    pages.sign_in(world.user("wendy"))
    return world.assessments["wendy_draft"]


def newest_fact(draft):
    db.session.expire_all()
    return db.session.scalars(
        sa.select(Fact).where(Fact.assessment_id == draft.id).order_by(Fact.number.desc())
    ).first()


@pytest.mark.parametrize(
    ("parts", "precision", "stored", "reads", "shown_back"),
    [
        (["", "6", "2021"], "exact", date(2021, 6, 1), "June 2021", ["", "06", "2021"]),
        (["", "", "2019"], "exact", date(2019, 1, 1), "2019", ["", "", "2019"]),
        (["", "", "2019"], "approximate", date(2019, 1, 1), "About 2019", ["", "", "2019"]),
        (["", "6", "2021"], "year", date(2021, 6, 1), "2021", ["", "", "2021"]),
        (["14", "3", "2026"], "month", date(2026, 3, 14), "March 2026", ["", "03", "2026"]),
    ],
)
def test_a_date_without_its_day_keeps_its_precision(
    pages, draft, parts, precision, stored, reads, shown_back
):
    answers = fact_answers(draft, occurred_on=parts, date_precision=precision)
    response = post(pages, "author.fact_new", answers, assessment_id=draft.id)
    assert response.status_code == 302, error_summary(parse(response))
    fact = newest_fact(draft)
    assert fact.occurred_on == stored
    facts = pages.get("author.facts", assessment_id=draft.id)
    assert reads in [td.get_text(" ", strip=True) for td in facts.select("#F2 td")][0]
    check = pages.get("author.check_answers", assessment_id=draft.id)
    assert f"F2 · {reads}" in check.get_text(" ")
    form = pages.get("author.fact_item", assessment_id=draft.id, item_id=fact.id)
    boxes = [form.select_one(f"#occurred_on-{part}")["value"] for part in ("day", "month", "year")]
    assert [box or "" for box in boxes] == shown_back
    analysis = pages.get("author.analysis_new", assessment_id=draft.id)
    labels = [label.get_text(" ", strip=True) for label in analysis.select("label")]
    assert any(label.startswith(f"F2, {reads}:") for label in labels)


def test_a_day_without_a_month_says_so(pages, draft):
    answers = fact_answers(draft, occurred_on=["14", "", ""])
    response = post(pages, "author.fact_new", answers, assessment_id=draft.id)
    assert error_summary(parse(response)) == ["Date must include a year"]


def test_which_children_a_fact_concerns_is_asked_when_there_are_several(pages, draft):
    page = pages.get("author.fact_new", assessment_id=draft.id)
    assert page.select("input[name=child_ids]") == []  # one child: nothing to choose
    amy = Child(assessment_id=draft.id, name="Amy", position=1)
    db.session.add(amy)
    db.session.commit()
    page = pages.get("author.fact_new", assessment_id=draft.id)
    boxes = page.select("input[name=child_ids]")
    assert len(boxes) == 2 and all(box.has_attr("checked") for box in boxes)  # default: all

    response = post(
        pages,
        "author.fact_new",
        fact_answers(draft, child_ids=[str(amy.id)]),
        assessment_id=draft.id,
    )
    assert response.status_code == 302
    fact = newest_fact(draft)
    assert [child.name for child in fact.children] == ["Amy"]
    facts = pages.get("author.facts", assessment_id=draft.id)
    assert "about Amy" in facts.select_one("#F2").get_text(" ")

    response = post(
        pages, "author.fact_new", fact_answers(draft, child_ids=[]), assessment_id=draft.id
    )
    assert error_summary(parse(response)) == ["Select the children this fact concerns"]
    both = [str(box["value"]) for box in boxes]
    post(pages, "author.fact_new", fact_answers(draft, child_ids=both), assessment_id=draft.id)
    assert newest_fact(draft).children == []  # every child ticked: all of them, now and later


def test_the_children_a_fact_concerns_survive_versions_restore_and_json(pages, draft):
    amy = Child(assessment_id=draft.id, name="Amy", position=1)
    db.session.add(amy)
    db.session.commit()
    post(
        pages,
        "author.fact_new",
        fact_answers(draft, child_ids=[str(amy.id)]),
        assessment_id=draft.id,
    )
    assessment = db.session.get(Assessment, draft.id)
    document = to_document(assessment)
    assert document.facts[-1].child_refs == ["C2"]
    assert document.facts[0].child_refs == []
    assert read_json(json.dumps(document.to_dict())).document.facts[-1].child_refs == ["C2"]

    saved = snapshot_of(assessment)
    fact = newest_fact(draft)
    fact.children = []
    db.session.commit()
    history.restore(assessment, saved)
    db.session.commit()
    assert [child.name for child in newest_fact(draft).children] == ["Amy"]


def test_saved_versions_word_a_month_as_a_month(pages, draft):
    post(pages, "author.fact_new", fact_answers(draft), assessment_id=draft.id)
    answers = fact_answers(draft, occurred_on=["", "6", "2021"])
    post(pages, "author.fact_new", answers, assessment_id=draft.id)
    versions = db.session.scalars(
        sa.select(AssessmentVersion.version).where(AssessmentVersion.assessment_id == draft.id)
    ).all()
    page = pages.get(
        "author.compare_versions", assessment_id=draft.id, older=min(versions), newer=max(versions)
    )
    assert "June 2021" in page.get_text(" ") and "1 June 2021" not in page.get_text(" ")


def test_the_chronology_counts_an_approximate_year_on_its_own_line(pages, draft):
    fact = newest_fact(draft)
    fact.occurred_on, fact.date_precision = date(2019, 1, 1), DatePrecision.APPROXIMATE
    db.session.commit()
    page = pages.get("author.chronology_view", assessment_id=draft.id)
    assert "2019 (month not known)" in page.get_text(" ")
