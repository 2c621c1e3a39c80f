"""Autosave: a few seconds after typing stops, the edit is saved on the server, with its version,
and nothing goes into the browser's storage."""

import pytest
from playwright.sync_api import expect

from assist.spelling.offline import dictionary
from tests.browser.helpers import sign_in
from tests.browser.journey_helpers import assessment_url, heading


@pytest.fixture(autouse=True)
def dictionary_read(app):
    """The British dictionary read before the first page, as a served app starts reading it at
    its first request (not when testing): over a second, and several on a busy machine, that
    would otherwise fall inside the first page's navigation timeout."""
    dictionary(app.extensions["assist.spelling"].offline.path)


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
    spelling = page.locator("[data-spelling-list]")
    expect(spelling).to_contain_text("No spelling mistakes found")
    # Everything the spelling panel says from the first keystroke on, however slow the machine.
    page.evaluate(
        """() => {
          const list = document.querySelector('[data-spelling-list]')
          window.spellingSaid = []
          new MutationObserver(() => window.spellingSaid.push(list.textContent))
            .observe(list, { childList: true, subtree: true, characterData: true })
        }"""
    )
    page.get_by_label("What happened").fill("The nursary saw a bruise on his cheek")
    # Until the change is saved and checked, the panel says so: its verdict was on the old text.
    expect(spelling).to_contain_text("Still checking")
    expect(page.locator("[data-autosave-status]")).to_contain_text(
        "Saved automatically", timeout=8_000
    )
    expect(spelling).to_contain_text("nursary", timeout=5_000)
    said = page.evaluate("() => window.spellingSaid")
    assert not [text for text in said if "No spelling" in text], said
    # The words are listed, but fixing them happens in the box being typed in.
    expect(spelling.locator("form")).to_have_count(0)
    expect(page.locator("[data-findings-list] form")).to_have_count(0)


def _type_a_misspelling(page, world):
    sign_in(page, "wendy")
    expect(heading(page)).to_have_text("Your cases")
    fact = world.items[("wendy_draft", "Fact")]
    page.goto(assessment_url(world, rest=f"/facts/{fact.id}"))
    expect(page.locator("[data-spelling-list]")).to_contain_text("No spelling mistakes found")
    page.get_by_label("What happened").fill("The nursary saw a bruise on his cheek")
    expect(page.locator("[data-autosave-status]")).to_contain_text(
        "Saved automatically", timeout=8_000
    )


def test_when_the_check_after_an_autosave_fails_the_panel_says_it_could_not_check(page, world):
    page.route("**/api/check", lambda route: route.abort())
    _type_a_misspelling(page, world)
    spelling = page.locator("[data-spelling-list]")
    expect(spelling).to_contain_text("Could not check your latest changes")
    expect(spelling).not_to_contain_text("No spelling")


def test_an_answer_about_another_version_is_not_shown_as_the_check_of_this_text(page, world):
    # An answer as a late check of an earlier save would give: right words, another version.
    panel = (
        '<aside data-findings-panel><h2 id="findings-title">What the rubric noticed</h2>'
        "<div data-findings-list></div><h2 data-spelling-title>Spelling and grammar (1)</h2>"
        "<div data-spelling-list><ul><li data-spelling-issue>nursary</li></ul></div></aside>"
    )
    page.route(
        "**/api/check",
        lambda route: route.fulfill(json={"version": 1, "findings": [], "html": panel}),
    )
    _type_a_misspelling(page, world)
    spelling = page.locator("[data-spelling-list]")
    expect(spelling).to_contain_text("Could not check your latest changes")
    expect(spelling).not_to_contain_text("nursary")


def test_when_the_service_is_busy_autosave_says_so_and_tries_again(page, world):
    busy = {"left": 2}

    def answer(route):
        if route.request.method == "POST" and busy["left"]:
            busy["left"] -= 1
            route.fulfill(
                status=503,
                headers={"Retry-After": "1"},
                json={"message": "The service is busy. Try again in a moment."},
            )
        else:
            route.continue_()

    sign_in(page, "wendy")
    expect(heading(page)).to_have_text("Your cases")
    fact = world.items[("wendy_draft", "Fact")]
    page.goto(assessment_url(world, rest=f"/facts/{fact.id}"))
    page.route(f"**/facts/{fact.id}", answer)
    page.get_by_label("What happened").fill("Saved after the service was busy twice")
    status = page.locator("[data-autosave-status]")
    expect(status).to_contain_text("the service is busy. Trying again", timeout=8_000)
    expect(status).to_contain_text("Saved automatically", timeout=20_000)
    assert busy["left"] == 0
    page.unroute(f"**/facts/{fact.id}")
    page.goto(assessment_url(world, rest="/facts"))
    expect(page.locator("#F1")).to_contain_text("Saved after the service was busy twice")
