"""A trainee's practice in Chromium: start a scenario, write a weak answer on the worker's
journey pages, get feedback criterion by criterion, revise, submit again, finish and compare
with the model answer; then the tutor reads it and comments. axe-core on every new page, and
each page saved as test-artifacts/screenshots/practice-<name>.png."""

import re

from playwright.sync_api import expect

from assist.extensions import db
from assist.practice.catalogue import sync_scenarios
from tests.browser.helpers import assert_accessible, heading, sign_in
from tests.browser.journey_helpers import cite, save

TITLE = "Baby Ndiaye: an unborn baby and a partner no one has assessed"
WEAK = "Mother is uncooperative."
REVISED = (
    "Dean hurt a previous partner and Jade now has a bruise, which means Kai and the baby "
    "may be living with domestic abuse."
)
CITES = "Which facts, or entries about the child's experience, does this rest on?"


def check(page, screenshots, name):
    page.screenshot(path=screenshots / f"practice-{name}.png", full_page=True)
    assert_accessible(page, f"practice-{name}")


def submit_for_feedback(page):
    page.get_by_role("link", name="Back").click()
    page.get_by_role("button", name="Check your answers").click()
    expect(heading(page)).to_have_text("Check your answers")
    page.get_by_role("button", name="Submit for feedback").click()
    expect(heading(page)).to_have_text("Your feedback")


def test_attempt_feedback_revision_and_comparison(page, browser, live_server, world, screenshots):
    sync_scenarios(db.session)
    db.session.commit()

    sign_in(page, "tara")
    expect(heading(page)).to_have_text("Practice")
    check(page, screenshots, "dashboard")
    page.locator(".govuk-summary-card", has_text=TITLE).get_by_role(
        "button", name="Start practising"
    ).click()
    expect(heading(page)).to_have_text(TITLE)
    expect(page.locator(".govuk-summary-list")).to_contain_text("Dean Farrow")
    check(page, screenshots, "attempt")

    # The same journey pages as a worker, with the scenario's facts to cite.
    page.get_by_role("button", name="Work on your answer").click()
    expect(page.get_by_role("link", name="Back to the scenario")).to_be_visible()
    check(page, screenshots, "task-list")
    page.get_by_role("link", name="Facts and chronology", exact=True).click()
    expect(page.get_by_text("you cannot change them")).to_be_visible()
    expect(page.get_by_role("button", name="Add a fact")).to_have_count(0)
    page.get_by_role("link", name="Back").click()
    page.get_by_role("link", name="Analysis", exact=True).click()
    page.get_by_role("button", name="Add an analysis statement").click()
    page.get_by_label("What do these facts mean for the child?").fill(WEAK)
    save(page)
    expect(heading(page)).to_have_text("Analysis")

    # First submission: feedback criterion by criterion, with where and why.
    submit_for_feedback(page)
    expect(page.locator(".govuk-body-l")).to_contain_text("Submission 1")
    found = page.locator("#criterion-unsupported-assertion")
    expect(found).to_contain_text("In A1")
    expect(found).to_contain_text("Why it matters for the child")
    first_score = int(re.search(r"(\d+) out of", page.locator(".govuk-body-l").inner_text())[1])
    check(page, screenshots, "feedback")

    # Revise: the judgement now rests on facts.
    page.get_by_role("button", name="Revise your answer").click()
    page.get_by_role("link", name="Analysis", exact=True).click()
    page.locator(".govuk-summary-card", has_text=WEAK).get_by_role(
        "link", name=re.compile("^Change")
    ).click()
    page.get_by_label("What do these facts mean for the child?").fill(REVISED)
    for reference in ("F1", "F2", "F3"):
        cite(page, CITES, reference)
    save(page)
    expect(page.locator(".govuk-summary-card", has_text=REVISED)).to_be_visible()
    submit_for_feedback(page)
    expect(page.locator(".govuk-body-l")).to_contain_text("Submission 2")
    # The judgement in A1 now rests on facts: no finding there. (The criterion can still be
    # not met while Risk and Recommendations are empty: an empty section earns nothing.)
    expect(page.locator("#criterion-unsupported-assertion li", has_text="In A1")).to_have_count(0)
    second_score = int(re.search(r"(\d+) out of", page.locator(".govuk-body-l").inner_text())[1])
    assert second_score > first_score

    # Finish, then compare with the model answer and the tutor's notes.
    page.get_by_role("button", name="Finish and see the model answer").click()
    expect(heading(page)).to_have_text("Compare with the model answer")
    expect(page.get_by_role("heading", name="Your answer", exact=True)).to_have_count(4)
    expect(page.get_by_role("heading", name="The model answer", exact=True)).to_have_count(4)
    expect(page.get_by_text(REVISED)).to_be_visible()
    expect(page.get_by_text("Dean's history sits in another")).to_be_visible()
    check(page, screenshots, "compare")
    page.goto("/practice/progress")
    expect(page.get_by_role("table")).to_contain_text("Total")
    check(page, screenshots, "progress")

    # The tutor reads the attempt and comments; the trainee sees the comment.
    tutor = browser.new_context(base_url=live_server)
    tutor_page = tutor.new_page()
    sign_in(tutor_page, "nadia")
    tutor_page.goto("/tutor/")
    expect(heading(tutor_page)).to_have_text("Your trainees")
    check(tutor_page, screenshots, "tutor-dashboard")
    tutor_page.get_by_role("link", name=TITLE).click()
    tutor_page.get_by_role("button", name="Add comment").click()
    expect(tutor_page.locator(".govuk-error-summary")).to_contain_text("Enter your comment")
    check(tutor_page, screenshots, "tutor-attempt-error")
    tutor_page.get_by_label("Your comment for the trainee").fill("Good use of F1 and F2.")
    tutor_page.get_by_role("button", name="Add comment").click()
    expect(tutor_page.get_by_text("Good use of F1 and F2.")).to_be_visible()
    check(tutor_page, screenshots, "tutor-attempt")
    tutor.close()
    page.goto("/practice/")
    page.get_by_role("link", name=f"Practice: {TITLE}").click()
    expect(page.get_by_text("Good use of F1 and F2.")).to_be_visible()

    # A scenario withdrawn since: its journey pages say so plainly.
    attempt_url = page.url
    retire(TITLE)
    page.goto(attempt_url.replace("/practice/attempts/", "/cases/assessments/") + "/analysis")
    expect(heading(page)).to_have_text("This scenario has been withdrawn")
    check(page, screenshots, "withdrawn")


def retire(title):
    import sqlalchemy as sa

    from assist import clock
    from assist.models import Scenario

    db.session.expire_all()
    db.session.scalar(sa.select(Scenario).where(Scenario.title == title)).retired_at = clock.now()
    db.session.commit()
