"""Seeing the reasoning whole, as a worker reads it: the reasoning map (what rests on what, what
stands alone, what points the other way), how concerns built up over time, and the saved
versions compared."""

import pytest

from assist.extensions import db
from assist.journey import items as journey_items
from assist.models import Fact, RiskFactor
from assist.models.content import ItemKind, LinkRole, RiskFactorKind
from tests.pages import parse, text_of
from tests.test_journey import fact_answers, post, version_of


@pytest.fixture
def draft(world, pages):
    pages.sign_in(world.user("wendy"))
    return world.assessments["wendy_draft"]


def words(element):
    return " ".join(element.get_text(" ").split())


def table_rows(page, region):
    """The table in the region with this name: each row's heading -> {column heading: what the
    cell says}."""
    table = page.select_one(f"[aria-label='{region}'] table")
    headings = [words(th) for th in table.select("thead th")]
    return {
        words(row.th): dict(zip(headings[1:], (words(td) for td in row.select("td")), strict=True))
        for row in table.select("tbody tr")
    }


def map_rows(page):
    return table_rows(page, "Reasoning map as a table")


# The reasoning map


def test_a_danger_resting_on_nothing_is_marked_as_standing_alone(pages, draft, world):
    # D1's only hazard (H1, "Father drinks") cites no fact or analysis, so D1 rests on nothing,
    # although a recommendation answers it.
    rows = map_rows(pages.get("author.reasoning_map", assessment_id=draft.id))
    assert rows["D1"]["Stands alone?"].startswith("Rests on nothing")
    assert rows["H1"]["Stands alone?"] == "Rests on no facts or analysis"
    warning = text_of(pages.get("author.reasoning_map", assessment_id=draft.id), ".assist-orphans")
    assert "D1 Rests on nothing" in warning

    hazard = world.items[("wendy_draft", "RiskFactor")]
    fact = world.items[("wendy_draft", "Fact")]
    journey_items.set_links(
        draft.id, ItemKind.RISK_FACTOR, hazard.id, LinkRole.SUPPORTS, [(ItemKind.FACT, fact.id)]
    )
    db.session.commit()
    rows = map_rows(pages.get("author.reasoning_map", assessment_id=draft.id))
    assert rows["D1"]["Rests on or answers"] == "F1"
    assert rows["D1"]["Stands alone?"] == "No"
    assert rows["H1"]["Stands alone?"] == "No"


def test_every_kind_of_item_that_should_lead_somewhere_is_marked_when_it_does_not(
    pages, draft, world
):
    danger = world.items[("wendy_draft", "Danger")]
    child = world.items[("wendy_draft", "Child")]
    db.session.add_all(
        [
            RiskFactor(
                assessment_id=draft.id,
                danger_id=danger.id,
                kind=RiskFactorKind.STRENGTH,
                text="Grandmother visits daily",
            ),
            RiskFactor(
                assessment_id=draft.id,
                danger_id=danger.id,
                kind=RiskFactorKind.INFORMATION_GAP,
                text="Whether the father still drinks",
            ),
        ]
    )
    db.session.commit()
    post(
        pages,
        "author.experience_new",
        {
            "version": version_of(draft),
            "child_id": str(child.id),
            "kind": "words",
            "text": "Daddy shouts at night",
        },
        assessment_id=draft.id,
    )
    rows = map_rows(pages.get("author.reasoning_map", assessment_id=draft.id))
    alone = {ref: row["Stands alone?"] for ref, row in rows.items() if row["Stands alone?"] != "No"}
    assert alone == {
        "E1": "No analysis uses this observation of the child",
        "A1": "No risk or recommendation uses this conclusion",
        "S1": "Rests on no facts or analysis",
        "G1": "Nothing fills this gap: no recommendation or method, and no plan to fill it",
        "E2": "No analysis uses what the child said",
        "H1": "Rests on no facts or analysis",
        "D1": "Rests on nothing: none of its hazards or strengths cites a fact or analysis",
    }


def test_a_fact_pointing_the_other_way_is_shown_as_counter_evidence_not_as_use(pages, draft):
    post(
        pages,
        "author.fact_new",
        fact_answers(draft, what_happened="Nursery say Kai is always fed at home"),
        assessment_id=draft.id,
    )
    fact = db.session.query(Fact).filter_by(assessment_id=draft.id, number=2).one()
    first = db.session.query(Fact).filter_by(assessment_id=draft.id, number=1).one()
    post(
        pages,
        "author.analysis_new",
        {
            "version": version_of(draft),
            "meaning_for_child": "Kai goes without food, which harms his growth",
            "cites": [f"fact:{first.id}"],
            "contradicted_by": [f"fact:{fact.id}"],
        },
        assessment_id=draft.id,
    )
    page = pages.get("author.reasoning_map", assessment_id=draft.id)
    rows = map_rows(page)
    assert rows["F2"]["Used by"] == "–"
    assert rows["F2"]["Counter-evidence"] == "Points the other way from A2"
    assert rows["F2"]["Stands alone?"] == "No"  # it was weighed
    assert rows["A2"]["Rests on or answers"] == "F1"
    assert rows["A2"]["Counter-evidence"] == "F2 points the other way"
    assert rows["F1"]["Used by"] == "A1, A2"
    node = next(n for n in page.select(".assist-map__node") if words(n).startswith("F2 "))
    assert "Points the other way from A2" in words(node)
    facts = pages.get("author.facts", assessment_id=draft.id)
    assert words(facts.select_one("#F2 td:last-child")).startswith("Points the other way from A2")
    assert "Not used yet" not in words(facts.select_one("#F2"))


# Saved versions


def test_dismissing_a_finding_on_the_comparison_returns_to_the_comparison(pages, draft, world):
    fact = world.items[("wendy_draft", "Fact")]
    saved = []
    for wording in ("Kai was hungry", "Apparently Kai was hungry"):
        post(
            pages,
            "author.fact_item",
            fact_answers(draft, what_happened=wording),
            assessment_id=draft.id,
            item_id=fact.id,
        )
        saved.append(int(version_of(draft)))
    first, latest = saved
    page = pages.get("author.compare_versions", assessment_id=draft.id, older=first, newer=latest)
    form = page.select_one(".assist-finding form")
    fields = {field["name"]: field.get("value", "") for field in form.select("input")}
    response = pages.client.post(form["action"], data=fields | {"reason": "Said by the nursery"})
    assert response.status_code == 302
    back = parse(pages.client.get(response.location, follow_redirects=True))
    assert text_of(back, "h1") == f"Version {first} compared with version {latest}"
    assert "Finding dismissed" in text_of(back, ".govuk-notification-banner")
