"""Edges of the journey a person meets soon after the happy path: going back to check your
answers after changing an item, and deleting a child who still has a danger."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.helpers import sign_in
from tests.browser.journey_helpers import assessment_url, expect_success, heading, save


@pytest.fixture
def wendy(page):
    sign_in(page, "wendy")
    expect(heading(page)).to_have_text("Your cases")
    return page


def test_change_from_check_answers_returns_to_check_answers(wendy, world):
    page = wendy
    page.goto(assessment_url(world, rest="/check"))
    page.get_by_role("link", name="Change facts and chronology").click()
    expect(heading(page)).to_have_text("Facts and chronology")
    expect(page.get_by_role("button", name="Return to check your answers")).to_be_visible()
    page.get_by_role("button", name="Return to check your answers").click()
    expect(heading(page)).to_have_text("Check your answers")


def test_changing_an_item_from_check_answers_still_returns_there(wendy, world):
    page = wendy
    page.goto(assessment_url(world, rest="/check"))
    page.get_by_role("link", name="Change facts and chronology").click()
    expect(heading(page)).to_have_text("Facts and chronology")
    page.get_by_role("link", name="Change fact F1").click()
    expect(heading(page)).to_have_text("Change fact F1")
    page.get_by_label("Source").fill("Nursery manager, by phone")
    save(page)
    expect_success(page, "Fact saved")
    expect(page.get_by_role("button", name="Return to check your answers")).to_be_visible(
        timeout=1_000
    )


def test_deleting_a_child_does_not_leave_a_danger_to_nobody(wendy, world):
    page = wendy
    child = world.items[("wendy_draft", "Child")]
    page.goto(assessment_url(world, rest="/people"))
    page.get_by_role("button", name=f"Delete {child.name}").click()
    # Refused while a danger and an entry name the child, and the page says why.
    expect_success(page, "was not deleted")
    page.goto(assessment_url(world, rest="/risk"))
    expect(heading(page)).to_have_text("Risk")
    expect(page.locator("#D1 h2")).not_to_have_text(re.compile(r"danger to\s*$"), timeout=1_000)
