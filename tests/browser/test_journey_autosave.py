"""Autosave: a few seconds after typing stops, the edit is saved on the server, with its version,
and nothing goes into the browser's storage."""

from playwright.sync_api import expect

from tests.browser.helpers import sign_in
from tests.browser.journey_helpers import assessment_url, heading


def test_an_edit_is_saved_a_few_seconds_after_typing_stops(page, world):
    sign_in(page, "wendy")
    expect(heading(page)).to_have_text("Your cases")
    fact = world.items[("wendy_draft", "Fact")]
    page.goto(assessment_url(world, rest=f"/facts/{fact.id}"))
    version_before = page.locator("input[name=version]").input_value()
    page.get_by_label("What happened").fill("Autosaved: bruise on his left cheek, 2 cm")
    status = page.locator("[data-autosave-status]")
    expect(status).to_contain_text("Saved automatically", timeout=8_000)
    assert page.locator("input[name=version]").input_value() != version_before
    # A second burst of typing saves again with the new version: no false conflict.
    page.get_by_label("Source").fill("Nursery manager, by phone")
    expect(status).not_to_contain_text("changed somewhere else", timeout=6_000)
    page.wait_for_timeout(3_500)
    expect(status).to_contain_text("Saved automatically")
    page.goto(assessment_url(world, rest="/facts"))
    expect(page.locator("#F1")).to_contain_text("Autosaved: bruise on his left cheek")
    expect(page.locator("#F1")).to_contain_text("Nursery manager, by phone")
    storage = page.evaluate("() => [localStorage.length, sessionStorage.length]")
    assert storage == [0, 0]


def test_an_invalid_edit_is_not_autosaved_and_the_user_is_told(page, world):
    sign_in(page, "wendy")
    expect(heading(page)).to_have_text("Your cases")
    fact = world.items[("wendy_draft", "Fact")]
    page.goto(assessment_url(world, rest=f"/facts/{fact.id}"))
    page.get_by_label("What happened").fill("")
    expect(page.locator("[data-autosave-status]")).to_contain_text("Not saved yet", timeout=8_000)
    page.goto(assessment_url(world, rest="/facts"))
    expect(page.locator("#F1")).to_contain_text(fact.what_happened)


def test_after_an_autosave_an_item_page_panel_offers_no_button_that_would_lose_typing(page, world):
    sign_in(page, "wendy")
    expect(heading(page)).to_have_text("Your cases")
    fact = world.items[("wendy_draft", "Fact")]
    page.goto(assessment_url(world, rest=f"/facts/{fact.id}"))
    page.get_by_label("What happened").fill("The nursary saw a bruise on his cheek")
    expect(page.locator("[data-autosave-status]")).to_contain_text(
        "Saved automatically", timeout=8_000
    )
    spelling = page.locator("[data-spelling-list]")
    expect(spelling).to_contain_text("nursary", timeout=5_000)
    # The words are listed, but fixing them happens in the box being typed in.
    expect(spelling.locator("form")).to_have_count(0)
    expect(page.locator("[data-findings-list] form")).to_have_count(0)
