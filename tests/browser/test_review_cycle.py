"""A full supervision cycle in Chromium: the worker submits; the supervisor comments on a fact
and returns the assessment (meeting the error states on the way); the worker reads the comment,
replies, revises and resubmits; the supervisor sees what changed and signs off. axe-core runs on
every new page, including the forms with their errors."""

from playwright.sync_api import expect

from tests.browser.helpers import assert_accessible, expect_banner, heading, sign_in
from tests.browser.journey_helpers import assessment_url

COMMENT = "Who else saw the bruise, and did anyone ask him about it?"
REASON = "Say who saw the bruise and what he said about it"
REVISED = "Nursery manager and his key worker saw a bruise on his left cheek"


def shot(page, screenshots, name):
    page.screenshot(path=str(screenshots / f"review-{name}.png"), full_page=True)


def sign_out(page):
    page.get_by_role("button", name="Sign out").click()


def test_submit_comment_return_revise_resubmit_sign_off(page, world, screenshots):
    draft = world.assessments["wendy_draft"]
    review_url = f"/review/assessments/{draft.id}"

    # The worker submits.
    sign_in(page, "wendy")
    page.goto(assessment_url(world, rest="/check"))
    page.get_by_role("button", name="Submit for review").click()
    expect(heading(page)).to_have_text("Assessment submitted")
    sign_out(page)

    # The supervisor finds it first in the queue: it has a "must fix" finding.
    sign_in(page, "nadia")
    expect(heading(page)).to_have_text("Review queue")
    first_row = page.locator("main table tbody tr").first
    expect(first_row).to_contain_text("wendy draft")
    expect(first_row).to_contain_text("The child's view is missing: 1")
    assert_accessible(page, "review queue")
    shot(page, screenshots, "queue")
    first_row.get_by_role("link", name="wendy draft").click()
    expect(heading(page)).to_have_text("wendy draft")
    assert_accessible(page, "review page")
    shot(page, screenshots, "page")

    # From the recommendation to the danger it answers.
    page.locator("#R1").get_by_role("link", name="D1").click()
    expect(page).to_have_url(f"{page.url.split('#')[0]}#D1")

    # An empty comment is refused, then a comment on F1 is saved.
    page.locator("#F1").get_by_role("link", name="Comment on F1").click()
    expect(heading(page)).to_have_text("Comment on F1")
    page.get_by_role("button", name="Save comment").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text("Enter your comment.")
    assert_accessible(page, "comment form with an error")
    shot(page, screenshots, "comment-error")
    page.get_by_label("Your comment").fill(COMMENT)
    page.get_by_role("button", name="Save comment").click()
    expect(page.locator("#F1")).to_contain_text(COMMENT)

    # Dismissing a finding needs a reason; agreeing does not.
    page.locator("#F1").get_by_role("link", name="Agree or dismiss").click()
    expect(heading(page)).to_have_text("Agree or dismiss a finding")
    page.get_by_role("button", name="Dismiss the finding").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text(
        "Enter why the rubric is wrong here."
    )
    assert_accessible(page, "finding form with an error")
    page.get_by_role("button", name="Agree with the finding").click()
    expect(page.locator("#F1")).to_contain_text("agrees with the finding")

    # Returning with no reason is refused; with one, it goes back to the worker.
    page.get_by_label("Return for revision").check()
    page.get_by_role("button", name="Confirm decision").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text(
        "Enter what the worker needs to change"
    )
    assert_accessible(page, "decision form with an error")
    shot(page, screenshots, "decision-error")
    page.get_by_label("If you return it: what does the worker need to change?").fill(REASON)
    page.get_by_role("button", name="Confirm decision").click()
    expect_banner(page, "Assessment returned to")
    sign_out(page)

    # The worker is told, reads the comment next to F1's section, replies and revises.
    sign_in(page, "wendy")
    banner = page.locator(".govuk-notification-banner")
    expect(banner).to_contain_text("returned “wendy draft” for revision")
    expect(banner).to_contain_text(REASON)
    banner.get_by_role("link", name="Open the assessment").click()
    page.get_by_role("link", name="Facts and chronology", exact=True).click()
    comments = page.locator("#supervisor-comments")
    expect(comments).to_contain_text(COMMENT)
    assert_accessible(page, "worker's facts with comments")
    shot(page, screenshots, "worker-comments")
    thread = comments.locator(".assist-item").filter(has_text=COMMENT)
    thread.locator("summary").click()
    thread.get_by_label("Your reply").fill("The key worker saw it too; he said he fell")
    thread.get_by_role("button", name="Send reply").click()
    expect(page.locator("#supervisor-comments")).to_contain_text("he said he fell")
    page.get_by_role("link", name="Change fact F1").click()
    page.get_by_label("What happened").fill(REVISED)
    page.get_by_role("button", name="Save and continue").click()
    page.goto(assessment_url(world, rest="/check"))
    page.get_by_role("button", name="Submit for review").click()
    expect(heading(page)).to_have_text("Assessment submitted")
    sign_out(page)

    # The supervisor sees what changed, and signs off.
    sign_in(page, "nadia")
    page.goto(review_url)
    since = page.locator("#since-review")
    expect(since).to_contain_text("F1")
    # Word by word: the words the worker added are marked as added.
    expect(since.locator("ins").first).to_contain_text("manager and his key worker")
    expect(page.locator("#F1")).to_contain_text("he said he fell")
    assert_accessible(page, "review page of a resubmission")
    shot(page, screenshots, "resubmission")
    page.get_by_label("Sign off").check()
    page.get_by_label("If you sign it off: a reflective note for the worker (optional)").fill(
        "Good: the history is weighed now"
    )
    page.get_by_role("button", name="Confirm decision").click()
    expect_banner(page, "Assessment signed off")

    # What the team keeps getting wrong.
    page.get_by_role("link", name="what the team keeps getting wrong").click()
    expect(heading(page)).to_have_text("What the team keeps getting wrong")
    expect(page.locator("main table")).to_contain_text("The child's view is missing")
    assert_accessible(page, "team page")
    shot(page, screenshots, "team")
