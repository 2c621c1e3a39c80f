"""At a phone's width (390 px) no page runs off the side: a wide table scrolls inside its own
focusable box and the page itself never scrolls sideways. The world gets what makes these
tables wide in real use: facts in several concern categories, two saved versions, and
submissions in four quarters for the team page."""

from datetime import UTC, date, datetime

import pytest
from playwright.sync_api import expect

from assist.extensions import db
from assist.journey.saving import record_save
from assist.models import AssessmentStatus, Fact
from assist.models.content import HowKnown
from tests.browser.helpers import assert_accessible, heading, sign_in

PHONE = 390

CATEGORIES = ("neglect", "emotional harm", "domestic abuse", "home conditions")


@pytest.fixture
def context_options():
    return {"viewport": {"width": PHONE, "height": 844}}


@pytest.fixture
def wide(world):
    """Wendy's draft as a worker has it after a few weeks; the north team's work over a year."""
    a = world.assessments
    draft = a["wendy_draft"]
    for number, category in enumerate(CATEGORIES, start=2):
        db.session.add(
            Fact(
                assessment_id=draft.id,
                number=number,
                occurred_on=date(2025 + number % 2, number, 10),
                what_happened=f"Health visitor recorded a {category} concern",
                source="Health visitor",
                how_known=HowKnown.PROFESSIONAL,
                category=category,
            )
        )
        db.session.flush()
        record_save(draft, world.user("wendy"), "save")
    for key, when in (
        ("wendy_submitted", datetime(2026, 2, 1, tzinfo=UTC)),
        ("will_submitted", datetime(2026, 5, 2, tzinfo=UTC)),
        ("will_draft", datetime(2026, 8, 3, tzinfo=UTC)),
        ("wendy_draft", datetime(2026, 11, 4, tzinfo=UTC)),
    ):
        a[key].status = AssessmentStatus.SUBMITTED
        a[key].submitted_at = when
    db.session.commit()
    return world


def assert_fits(page, name):
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE, f"{name} is {width}px wide at {PHONE}px: the page scrolls sideways"


def check(page, screenshots, name, table_label):
    """Fits the phone; its wide table is in a scrolling region with that name; passes axe."""
    assert_fits(page, name)
    expect(page.get_by_role("region", name=table_label).get_by_role("table")).to_be_visible()
    page.screenshot(path=screenshots / f"phone-{name}.png", full_page=True)
    assert_accessible(page, f"phone-{name}")


def test_a_workers_pages_fit_a_phone(page, screenshots, wide):
    base = f"/cases/assessments/{wide.assessments['wendy_draft'].id}"
    sign_in(page, "wendy")
    expect(heading(page)).to_have_text("Your cases")
    check(page, screenshots, "worker-dashboard", "Cases you hold")

    page.goto(f"{base}/map")
    expect(heading(page)).to_have_text("Reasoning map")
    check(page, screenshots, "map", "Reasoning map as a table")

    page.goto(f"{base}/history")
    expect(heading(page)).to_have_text("Saved versions")
    check(page, screenshots, "history", "Saved versions")

    page.goto(f"{base}/chronology")
    expect(heading(page)).to_have_text("How concerns built up over time")
    check(page, screenshots, "chronology", "Concerns in each period")


def test_a_supervisors_pages_fit_a_phone(page, screenshots, wide):
    sign_in(page, "nadia")
    page.goto("/review/team")
    expect(heading(page)).to_have_text("What the team keeps getting wrong")
    check(page, screenshots, "team", "The same figures as a table")

    page.goto(f"/review/assessments/{wide.assessments['wendy_draft'].id}")
    expect(page.get_by_role("heading", name="The same map as a table")).to_be_visible()
    for label in ("Reasoning map as a table", "Concerns in each period"):
        expect(page.get_by_role("region", name=label)).to_be_visible()
    check(page, screenshots, "review", "Reasoning map as a table")
