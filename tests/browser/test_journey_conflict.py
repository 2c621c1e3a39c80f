"""Never lose work: two tabs on the same fact, where the second save is stale, is refused with
409 and shows both versions; "Save my version" then keeps the second tab's text. And a deleted
fact comes back with "Undo delete", still cited by the analysis."""

import pytest
from playwright.sync_api import expect

from tests.browser.helpers import sign_in
from tests.browser.journey_helpers import assessment_url, expect_success, heading, save

TAB_A = "Nursery saw a bruise on his left cheek, about 2 cm across"
TAB_B = "Nursery saw a bruise on his cheek and a scratch on his neck"
CONFLICT = "This assessment changed while you were working"


@pytest.fixture(params=["javascript", "no-javascript"])
def context_options(request):
    return {"java_script_enabled": request.param == "javascript"}


def fact_row(page, reference):
    return (
        page.get_by_role("table")
        .get_by_role("row")
        .filter(has=page.get_by_role("rowheader", name=reference, exact=True))
    )


def test_a_stale_save_from_another_tab_loses_nothing(page, world):
    sign_in(page, "wendy")
    expect(heading(page)).to_have_text("Your cases")
    fact = world.items[("wendy_draft", "Fact")]
    edit_url = assessment_url(world, rest=f"/facts/{fact.id}")

    tab_a = page
    tab_b = page.context.new_page()
    for tab in (tab_a, tab_b):
        tab.goto(edit_url)
        expect(heading(tab)).to_have_text("Change fact F1")
        expect(tab.get_by_label("What happened")).to_have_value(fact.what_happened)

    # Tab A saves first.
    tab_a.get_by_label("What happened").fill(TAB_A)
    save(tab_a)
    expect(heading(tab_a)).to_have_text("Facts and chronology")
    expect_success(tab_a, "Fact saved")
    expect(fact_row(tab_a, "F1")).to_contain_text(TAB_A)

    # Tab B still shows the old version: its save is refused, not applied.
    tab_b.get_by_label("What happened").fill(TAB_B)
    with tab_b.expect_response(
        lambda response: response.request.method == "POST" and response.url.endswith(edit_url)
    ) as refused:
        save(tab_b)
    assert refused.value.status == 409
    expect(heading(tab_b)).to_have_text(CONFLICT)
    expect(tab_b).to_have_title(f"{CONFLICT} – Assessment assistant")
    saved_version = tab_b.locator(".govuk-summary-list")
    expect(saved_version).to_contain_text(TAB_A)
    expect(tab_b.get_by_role("heading", name="The saved version")).to_be_visible()
    expect(tab_b.get_by_role("heading", name="Your version")).to_be_visible()
    expect(tab_b.get_by_label("What happened")).to_have_value(TAB_B)
    # The rest of tab B's answers came back too.
    expect(tab_b.get_by_label("Source")).to_have_value(fact.source)
    expect(tab_b.get_by_label("Reported by another professional")).to_be_checked()

    # Tab B chooses its own version.
    save(tab_b, "Save my version")
    expect(heading(tab_b)).to_have_text("Facts and chronology")
    expect_success(tab_b, "Fact saved")
    expect(fact_row(tab_b, "F1")).to_contain_text(TAB_B)
    expect(tab_b.locator("main")).not_to_contain_text(TAB_A)

    # Both saves are kept as versions.
    tab_a.goto(assessment_url(world, rest="/history"))
    expect(heading(tab_a)).to_have_text("Saved versions")
    # (wendy_draft starts at version 1: tab A's save made version 2, tab B's version 3.)
    for version in ("Version 2", "Version 3"):
        expect(tab_a.locator("main").get_by_text(version, exact=True).first).to_be_visible()


def test_keep_the_saved_version_leaves_it_as_it_was(page, world):
    sign_in(page, "wendy")
    expect(heading(page)).to_have_text("Your cases")
    fact = world.items[("wendy_draft", "Fact")]
    edit_url = assessment_url(world, rest=f"/facts/{fact.id}")
    tab_a, tab_b = page, page.context.new_page()
    for tab in (tab_a, tab_b):
        tab.goto(edit_url)
        expect(heading(tab)).to_have_text("Change fact F1")
    tab_a.get_by_label("What happened").fill(TAB_A)
    save(tab_a)
    expect_success(tab_a, "Fact saved")
    tab_b.get_by_label("What happened").fill(TAB_B)
    save(tab_b)
    expect(heading(tab_b)).to_have_text(CONFLICT)
    tab_b.get_by_role("link", name="Keep the saved version").click()
    expect(heading(tab_b)).to_have_text("Facts and chronology")
    expect(fact_row(tab_b, "F1")).to_contain_text(TAB_A)


def test_a_deleted_fact_comes_back_with_undo(page, world):
    sign_in(page, "wendy")
    expect(heading(page)).to_have_text("Your cases")
    fact = world.items[("wendy_draft", "Fact")]
    page.goto(assessment_url(world, rest="/facts"))
    expect(heading(page)).to_have_text("Facts and chronology")
    expect(fact_row(page, "F1")).to_contain_text("A1")  # cited by the analysis

    page.get_by_role("button", name="Delete fact F1").click()
    expect(heading(page)).to_have_text("Facts and chronology")
    expect_success(page, "Fact deleted")
    expect(page.locator("main")).not_to_contain_text(fact.what_happened)
    expect(page.locator("main")).to_contain_text("No facts yet.")

    page.get_by_role("button", name="Undo delete").click()
    expect_success(page, "Fact restored")
    expect(page.get_by_role("button", name="Undo delete")).to_have_count(0)
    expect(fact_row(page, "F1")).to_contain_text(fact.what_happened)
    expect(fact_row(page, "F1")).to_contain_text("A1")  # its citation came back with it
    page.goto(assessment_url(world, rest="/analysis"))
    expect(page.locator("#A1").get_by_role("link", name="F1", exact=True)).to_be_visible()
