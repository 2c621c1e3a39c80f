"""Adding a 40-row chronology as a person does: paste it, check it, leave out the row that cannot
be read, add the rest. Each page is screenshotted (journey-several-facts-*.png) and checked with
axe-core: no serious or critical violations."""

from playwright.sync_api import expect

from assist.extensions import db
from assist.models import Child
from tests.browser.helpers import sign_in
from tests.browser.journey_helpers import (
    assessment_url,
    check_page,
    error_summary,
    expect_success,
    heading,
)

PLACES = ["school", "nursery", "GP surgery", "health visitor", "police"]
HOW = ["From records", "Reported by another professional", "Said by a parent or carer"]


def chronology(rows=40):
    """An invented chronology, as copied from a spreadsheet: row 12 has no such day."""
    lines = ["Date\tWhat happened\tSource\tHow known\tCategory\tWhich child"]
    for n in range(rows):
        day = "31/02/2021" if n == 10 else f"{n % 28 + 1}/{n % 12 + 1}/{2015 + n % 10}"
        lines.append(
            f"{day}\tContact from the {PLACES[n % 5]} about Kai (entry {n + 1})\t"
            f"The {PLACES[n % 5]}\t{HOW[n % 3]}\tNeglect\t{'Kai' if n % 2 else 'both'}"
        )
    return "\n".join(lines)


def test_a_pasted_chronology_is_checked_and_added(page, world, screenshots):
    assessment = world.assessments["wendy_draft"]
    db.session.add(Child(assessment_id=assessment.id, name="Kai", position=1))
    db.session.commit()
    sign_in(page, "wendy")
    page.goto(assessment_url(world, rest="/facts"))
    page.get_by_role("button", name="Add several facts at once").click()
    expect(heading(page)).to_have_text("Add several facts at once")
    check_page(page, screenshots, "several-facts-empty")

    page.get_by_label("Paste your chronology").fill(chronology())
    page.get_by_role("button", name="Check these facts").click()
    expect(error_summary(page)).to_contain_text("Row 12: '31/02/2021' is not a date")
    expect(page.get_by_role("button", name="Add")).to_have_count(0)
    check_page(page, screenshots, "several-facts-problems")

    error_summary(page).get_by_role("link").first.click()
    expect(page.get_by_label("Leave row 12 out")).to_be_focused()
    page.get_by_label("Leave row 12 out").check()
    page.get_by_role("button", name="Check these facts").click()
    add = page.get_by_role("button", name="Add 39 facts")
    expect(add).to_be_visible()
    expect(page.locator("#row-2 td").first).to_have_text("1 January 2015Exact date")
    check_page(page, screenshots, "several-facts-ready")

    add.click()
    expect(heading(page)).to_have_text("Facts and chronology")
    expect_success(page, "39 facts added")
    expect(page.locator(".assist-chronology caption")).to_contain_text("(40 facts)")
    check_page(page, screenshots, "several-facts-added")
    page.get_by_role("button", name="Undo adding them").click()
    expect_success(page, "39 facts taken back out")
    expect(page.locator(".assist-chronology caption")).to_contain_text("(1 fact)")
