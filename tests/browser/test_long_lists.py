"""A 250-fact chronology in Chromium: the facts page 100 a page with GOV.UK pagination, "Show
all", a citation that lands on the right page and row, check your answers and the reasoning map;
axe-core finds nothing serious or critical on any of them, and each is saved as a screenshot
(test-artifacts/screenshots/journey-long-*.png) to be looked at."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.helpers import heading, sign_in
from tests.browser.journey_helpers import assessment_url, check_page
from tests.test_long_lists import add_long_chronology


@pytest.fixture
def wendy(page, world):
    add_long_chronology(world.assessments["wendy_draft"])
    # A full-page screenshot of 100 rows can take longer than the usual 10 s on a busy machine.
    page.set_default_timeout(30_000)
    sign_in(page, "wendy")
    expect(heading(page)).to_have_text("Your cases")
    return page


def test_a_long_chronology_pages_and_links_land_on_the_fact(wendy, world, screenshots):
    page = wendy
    page.goto(assessment_url(world, rest="/facts"))
    expect(page).to_have_title(re.compile(r"^Facts and chronology \(page 1 of 3\)"))
    expect(page.locator(".assist-chronology tbody tr")).to_have_count(100)
    check_page(page, screenshots, "long-facts-page-1")

    pages_nav = page.get_by_role("navigation", name="Pages of the chronology").first
    pages_nav.get_by_role("link", name="Page 2").click()
    expect(page).to_have_url(re.compile(r"/facts\?page=2$"))
    expect(pages_nav.locator("[aria-current=page]")).to_have_text("2")
    check_page(page, screenshots, "long-facts-page-2")
    # What a person sees first, and the pagination below the table, at screen size.
    page.screenshot(path=screenshots / "journey-long-facts-page-2-top.png")
    page.get_by_role(
        "navigation", name="Pages of the chronology, below it"
    ).scroll_into_view_if_needed()
    page.screenshot(path=screenshots / "journey-long-facts-page-2-bottom.png")

    page.get_by_role("link", name="Show all 251 facts").click()
    expect(page.locator(".assist-chronology tbody tr")).to_have_count(251)
    expect(page.get_by_role("navigation", name="Pages of the chronology")).to_have_count(0)

    # The new analysis rests on F251, on page 3: its link lands on that row.
    page.goto(assessment_url(world, rest="/analysis"))
    page.get_by_role("link", name="F251").click()
    expect(page).to_have_url(re.compile(r"/facts\?fact=F251#F251$"))
    expect(page.locator("#F251")).to_be_in_viewport()
    expect(pages_nav.locator("[aria-current=page]")).to_have_text("3")
    page.screenshot(path=screenshots / "journey-long-facts-at-F251-landed.png")
    check_page(page, screenshots, "long-facts-at-F251")


def test_check_your_answers_and_the_map_of_a_long_chronology(wendy, world, screenshots):
    page = wendy
    page.goto(assessment_url(world, rest="/check"))
    card = page.locator("#check-facts")
    expect(card.locator(".govuk-summary-list__row")).to_have_count(100)
    check_page(page, screenshots, "long-check-answers")
    card.get_by_text("These are the first 100").scroll_into_view_if_needed()
    page.screenshot(path=screenshots / "journey-long-check-answers-facts.png")
    card.get_by_role("link", name="Show all 251 facts here").click()
    expect(card.locator(".govuk-summary-list__row")).to_have_count(251)

    page.goto(assessment_url(world, rest="/map"))
    expect(page.get_by_text("leave out the 249 facts nothing uses yet")).to_be_visible()
    check_page(page, screenshots, "long-reasoning-map")
    page.screenshot(path=screenshots / "journey-long-reasoning-map-top.png")
    page.get_by_role("link", name="Show all 251 facts in the map").click()
    expect(
        page.get_by_role("link", name="Leave out the 249 facts nothing uses yet")
    ).to_be_visible()
