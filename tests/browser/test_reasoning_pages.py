"""The reasoning map, the chronology view, the facts page and the comparison of two saved
versions, as a worker sees them after a few months' work: history from 2023, six concerns from
September to November in three categories, a fact that points the other way, a danger resting on
nothing. axe-core finds nothing serious on any of them; each is saved as
test-artifacts/screenshots/reasoning-<name>.png to be looked at."""

import re
from datetime import date

import pytest
from playwright.sync_api import expect

from assist.extensions import db
from assist.journey import items as journey_items
from assist.journey.saving import record_save
from assist.models import AnalysisStatement, Fact
from assist.models.content import HowKnown, ItemKind, LinkRole
from tests.browser.helpers import expect_banner, sign_in
from tests.browser.journey_helpers import assessment_url, check_page, heading

CONCERNS = (
    (date(2023, 5, 9), "neglect", "Health visitor found Kai unwashed and hungry"),
    (date(2026, 9, 3), "neglect", "Nursery saw Kai eat from other children's plates"),
    (date(2026, 9, 21), "neglect", "Kai arrived at nursery in the same clothes for a week"),
    (date(2026, 10, 2), "health", "Kai was not brought to his 2-year health review"),
    (date(2026, 10, 14), "neglect", "No food in the fridge at my visit"),
    (date(2026, 11, 5), "health", "Kai's tooth decay was left untreated"),
    (date(2026, 11, 25), "neglect", "Kai told nursery he had no tea"),
)


@pytest.fixture
def months_of_work(world):
    draft = world.assessments["wendy_draft"]
    facts = []
    for number, (day, category, text) in enumerate(CONCERNS, start=2):
        facts.append(
            Fact(
                assessment_id=draft.id,
                number=number,
                occurred_on=day,
                what_happened=text,
                source="Nursery manager",
                how_known=HowKnown.PROFESSIONAL,
                category=category,
                is_historic=day.year < 2026,
            )
        )
    counter = Fact(
        assessment_id=draft.id,
        number=len(CONCERNS) + 2,
        occurred_on=date(2026, 11, 10),
        what_happened="Grandmother says Kai eats well at her house",
        source="Grandmother",
        how_known=HowKnown.PARENT_SAID,
        category="strength",
    )
    db.session.add_all([*facts, counter])
    record_save(draft, world.user("wendy"), "save")
    analysis = AnalysisStatement(
        assessment_id=draft.id,
        number=2,
        meaning_for_child="Kai often goes hungry, which harms his growth and his trust in adults",
    )
    db.session.add(analysis)
    db.session.flush()
    journey_items.set_links(
        draft.id,
        ItemKind.ANALYSIS,
        analysis.id,
        LinkRole.SUPPORTS,
        [(ItemKind.FACT, fact.id) for fact in facts[1:]],
    )
    journey_items.set_links(
        draft.id,
        ItemKind.ANALYSIS,
        analysis.id,
        LinkRole.CONTRADICTS,
        [(ItemKind.FACT, counter.id)],
    )
    record_save(draft, world.user("wendy"), "save")
    db.session.commit()
    return world


@pytest.fixture
def wendy(page, months_of_work):
    sign_in(page, "wendy")
    expect(heading(page)).to_have_text("Your cases")
    return page


def visit(page, world, rest, title):
    page.goto(assessment_url(world, rest=rest))
    expect(heading(page)).to_have_text(title)


def test_the_reasoning_map_marks_what_stands_alone_and_what_points_the_other_way(
    wendy, months_of_work, screenshots
):
    page = wendy
    visit(page, months_of_work, "/map", "Reasoning map")
    expect(page.locator(".assist-orphans")).to_contain_text("D1 Rests on nothing")
    table = page.get_by_role("region", name="Reasoning map as a table")
    counter = table.get_by_role("row", name=re.compile(r"^F9 "))
    expect(counter).to_contain_text("Points the other way from A2")
    expect(table.get_by_role("row").filter(has_text="F9 points the other way")).to_have_count(1)
    page.locator(".assist-map").screenshot(path=screenshots / "journey-reasoning-map-chart.png")
    check_page(page, screenshots, "reasoning-map")


def test_the_chronology_chart_counts_month_by_month_split_by_category(
    wendy, months_of_work, screenshots
):
    page = wendy
    visit(page, months_of_work, "/chronology", "How concerns built up over time")
    labels = page.locator(".assist-chart__label")
    expect(labels).to_contain_text(["May 2023", "Sep 2026", "Oct 2026", "Nov 2026"])
    # November's bar: every concern so far, split into its three categories, widest first, with
    # widths in proportion (neglect 5, health 2, physical harm 1 of 8).
    segments = page.locator(".assist-chart__row", has_text="Nov 2026").locator("rect")
    expect(segments).to_have_count(3)
    widths = [segments.nth(i).bounding_box()["width"] for i in range(3)]
    assert widths[0] == pytest.approx(2.5 * widths[1], rel=0.05)
    assert widths[1] == pytest.approx(2 * widths[2], rel=0.05)
    key = page.locator(".assist-chart__key li")
    expect(key).to_have_text(["Neglect", "Health", "Physical harm"])
    # The table is below the chart, as wide as the page, with every column in view (beside
    # the chart, the last columns of a case with five categories were cut off).
    chart_box = page.locator(".assist-chart").bounding_box()
    region = page.get_by_role("region", name="Concerns in each period")
    table_box = region.bounding_box()
    assert table_box["y"] > chart_box["y"] + chart_box["height"] - 1
    assert region.evaluate("box => box.scrollWidth <= box.clientWidth")
    page.locator(".govuk-grid-row", has=page.locator(".assist-chart")).screenshot(
        path=screenshots / "journey-reasoning-chronology-chart.png"
    )
    check_page(page, screenshots, "reasoning-chronology")


def test_the_facts_page_says_how_references_are_given(wendy, months_of_work, screenshots):
    page = wendy
    visit(page, months_of_work, "/facts", "Facts and chronology")
    expect(page.locator("main")).to_contain_text(
        "References (F1, F2, …) follow the order facts were added and never change"
    )
    expect(page.locator("#F9")).to_contain_text("Points the other way from A2")
    check_page(page, screenshots, "reasoning-facts")


def test_dismissing_a_finding_on_the_comparison_comes_back_to_it(
    wendy, months_of_work, screenshots
):
    page = wendy
    visit(page, months_of_work, "/history", "Saved versions")
    page.get_by_role("button", name="Compare versions").click()
    compared = re.compile(r"^Version \d+ compared with version \d+$")
    expect(heading(page)).to_have_text(compared)
    title = heading(page).text_content()
    check_page(page, screenshots, "reasoning-compare")
    finding = page.locator(".assist-finding").first
    finding.get_by_text("The rubric is wrong here").click()
    finding.get_by_label("Why is it wrong?").fill("Checked with the nursery")
    finding.get_by_role("button", name="Dismiss this finding").click()
    expect(heading(page)).to_have_text(title)
    expect_banner(page, "Finding dismissed")
