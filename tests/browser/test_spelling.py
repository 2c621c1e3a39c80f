"""Spelling and grammar in Chromium, with a LanguageTool stub configured: typing is checked
after autosave (the panel refreshes), and a suggestion is applied with one click."""

import pytest
from playwright.sync_api import expect

from tests.browser.helpers import assert_accessible, expect_banner, sign_in
from tests.browser.journey_helpers import assessment_url, heading
from tests.spelling.languagetool_stub import languagetool  # noqa: F401  (fixture)


@pytest.fixture
def app_config(languagetool):  # noqa: F811
    return {"LANGUAGETOOL_URL": languagetool.url, "LANGUAGETOOL_TIMEOUT_SECONDS": 2}


def test_a_grammar_mistake_typed_is_flagged_and_fixed_with_one_click(
    page,
    world,
    screenshots,
    languagetool,  # noqa: F811
):
    sign_in(page, "wendy")
    expect(heading(page)).to_have_text("Your cases")
    fact = world.items[("wendy_draft", "Fact")]
    page.goto(assessment_url(world, rest=f"/facts/{fact.id}"))
    spelling = page.locator("[data-spelling-list]")
    expect(spelling).to_contain_text("No spelling or grammar mistakes found")
    page.get_by_label("What happened").fill("Kai said he ate a apple; his lips were blue color")
    expect(page.locator("[data-autosave-status]")).to_contain_text(
        "Saved automatically", timeout=8_000
    )
    # The panel refreshes after the autosave: its own heading, both kinds of issue.
    expect(page.locator("#spelling-title")).to_have_text("Spelling and grammar (2)")
    expect(spelling).to_contain_text("Use “an” instead of “a”")
    sent = [check["text"] for check in languagetool.checks]
    assert sent and all(check["language"] == "en-GB" for check in languagetool.checks)
    page.goto(assessment_url(world, rest="/facts"))
    assert_accessible(page, "facts page with spelling and grammar issues")
    page.locator("#spelling-title").scroll_into_view_if_needed()
    page.screenshot(path=str(screenshots / "spelling-panel.png"), full_page=True)
    page.get_by_role("button", name="an apple instead of “a apple” in F1").click()
    expect_banner(page, "Suggestion applied to F1")
    expect(page.locator("#F1")).to_contain_text("Kai said he ate an apple")
    expect(page.locator("#spelling-title")).to_have_text("Spelling and grammar (1)")
