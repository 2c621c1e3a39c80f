"""Seeing the reasoning whole, as a worker reads it: the reasoning map (what rests on what, what
stands alone, what points the other way), how concerns built up over time, and the saved
versions compared."""

from datetime import date

import pytest

from assist.extensions import db
from assist.journey import items as journey_items
from assist.journey.saving import record_save
from assist.models import Fact, RiskFactor
from assist.models.content import DatePrecision, HowKnown, ItemKind, LinkRole, RiskFactorKind
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


def add_fact(assessment, number, day, category="neglect", **columns):
    fact = Fact(
        assessment_id=assessment.id,
        number=number,
        occurred_on=day,
        what_happened=columns.pop("what_happened", f"Concern number {number}"),
        source=columns.pop("source", "Nursery manager"),
        how_known=columns.pop("how_known", HowKnown.PROFESSIONAL),
        category=category,
        **columns,
    )
    db.session.add(fact)
    db.session.flush()
    return fact


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
    record_save(draft, world.user("wendy"), "change")  # as a page's save would
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


# How concerns built up over time


def chronology_rows(page):
    return table_rows(page, "Concerns in each period")


def chart_bars(page):
    """Each bar of the chart: its label -> [(category, running count) of each segment]."""
    return {
        words(row.select_one(".assist-chart__label")): [
            tuple(words(title).rsplit(": ", 1)) for title in row.select("rect title")
        ]
        for row in page.select(".assist-chart__row")
    }


def test_concerns_from_september_to_november_are_counted_month_by_month_and_by_category(
    pages, draft
):
    add_fact(draft, 2, date(2023, 5, 9), is_historic=True)
    for number, (day, category) in enumerate(
        (
            (date(2026, 9, 3), "neglect"),
            (date(2026, 9, 21), "neglect"),
            (date(2026, 10, 2), "health"),
            (date(2026, 10, 14), "neglect"),
            (date(2026, 11, 5), "health"),
            (date(2026, 11, 25), "neglect"),
        ),
        start=3,
    ):
        add_fact(draft, number, day, category)
    db.session.commit()
    page = pages.get("author.chronology_view", assessment_id=draft.id)
    rows = chronology_rows(page)
    assert list(rows) == [
        "May 2023",
        "Jun 2023 to Feb 2026",
        "Mar 2026",
        "Apr 2026 to Aug 2026",
        "Sep 2026",
        "Oct 2026",
        "Nov 2026",
    ]
    assert rows["Oct 2026"] == {
        "Neglect": "1 (4)",
        "Health": "1 (1)",
        "Physical harm": "0 (1)",
        "All concerns": "2 (6)",
        "Facts": "F5, F6",
    }
    assert rows["Jun 2023 to Feb 2026"]["All concerns"] == "0 (1)"
    bars = chart_bars(page)
    assert bars["Nov 2026"] == [("Neglect", "5"), ("Health", "2"), ("Physical harm", "1")]
    assert bars["May 2023"] == [("Neglect", "1")]
    key = [words(item) for item in page.select(".assist-chart__key li")]
    assert key == ["Neglect", "Health", "Physical harm"]
    # The table comes after the chart, in a row of its own at the page's full width.
    row = page.select_one(".assist-chart").find_parent(class_="govuk-grid-row")
    after = row.find_next_sibling(class_="govuk-grid-row")
    assert after.select_one(".govuk-grid-column-full [aria-label='Concerns in each period']")


def test_a_short_span_is_counted_week_by_week(pages, draft, world):
    world.items[("wendy_draft", "Fact")].occurred_on = date(2026, 3, 30)
    for number, day in enumerate((date(2026, 4, 1), date(2026, 4, 2), date(2026, 4, 16)), 2):
        add_fact(draft, number, day)
    db.session.commit()
    rows = chronology_rows(pages.get("author.chronology_view", assessment_id=draft.id))
    assert {label: row["All concerns"] for label, row in rows.items()} == {
        "Week of 30 Mar 2026": "3 (3)",
        "Week of 6 Apr 2026": "0 (3)",
        "Week of 13 Apr 2026": "1 (4)",
    }


def test_a_date_known_only_to_the_year_is_not_put_in_a_month(pages, draft):
    add_fact(draft, 2, date(2021, 1, 1), date_precision=DatePrecision.YEAR)
    add_fact(draft, 3, date(2021, 6, 10))
    db.session.commit()
    rows = chronology_rows(pages.get("author.chronology_view", assessment_id=draft.id))
    assert list(rows) == [
        "Jun 2021",
        "Jul 2021 to Dec 2021",
        "2021 (month not known)",
        "Jan 2022 to Feb 2026",
        "Mar 2026",
    ]
    assert rows["2021 (month not known)"]["Facts"] == "F2"


# Fact references


def test_references_follow_the_order_facts_were_added_and_the_pages_say_so(pages, draft):
    post(
        pages,
        "author.fact_new",
        fact_answers(draft, occurred_on=["1", "1", "2026"], what_happened="An earlier visit"),
        assessment_id=draft.id,
    )
    facts = pages.get("author.facts", assessment_id=draft.id)
    assert [row.th.get_text(strip=True) for row in facts.select("tbody tr")] == ["F2", "F1"]
    note = "References (F1, F2, …) follow the order facts were added and never change"
    assert note in text_of(facts, "main")
    chronology = pages.get("author.chronology_view", assessment_id=draft.id)
    assert note in text_of(chronology, "main")


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
