"""The idle-timeout warning (static/js/timeout-dialog.js, HMRC's timeout-dialog pattern), with
the timeouts shrunk to seconds: the dialog opens about 4 s after a page loads and the session
ends 12 s after the server last counted activity.

The server counts activity at most every 10 s (assist/sessions.py TOUCH_INTERVAL), so the
page loaded straight after signing in does not move the deadline: it is the sign-in time + 12 s,
the dialog opens with about 7 s left and the page gives up 3 s before the end.
"""

import time
from datetime import timedelta

import pytest
from playwright.sync_api import expect

from tests.browser.helpers import assert_accessible, heading, sign_in

REFERENCE = "CS-2026-0142"
FAMILY = "the Adeyemi family"
KEPT = "We kept what you typed when your session ended. Check it and submit the form again."
IDLE_MESSAGE = "You were signed out because you did not do anything for a while."
SIGN_IN_HEADING = "Sign in to Assessment assistant"

# What the page's own timedOut() does, but with a submit() that a control named "submit" cannot
# hide: used to test the server's half of the flow on its own.
POST_AS_TIMED_OUT = """() => {
  const form = document.querySelector('main form[method="post"]')
  const flag = document.createElement('input')
  flag.type = 'hidden'
  flag.name = '_timed_out'
  flag.value = '1'
  form.appendChild(flag)
  HTMLFormElement.prototype.submit.call(form)
}"""


@pytest.fixture
def app_config():
    return {"IDLE_TIMEOUT": timedelta(seconds=12), "TIMEOUT_WARNING": timedelta(seconds=8)}


def timeout_dialog(page):
    return page.get_by_role("dialog", name="You're about to be signed out")


def start_typing_a_case(page):
    """Sign in as Wendy, open "Create a case" and type into it; the session clock is running."""
    sign_in(page, "wendy")
    expect(heading(page)).to_have_text("Your cases")
    page.goto("/cases/new")
    expect(heading(page)).to_have_text("Create a case")
    page.get_by_label("Case reference").fill(REFERENCE)
    page.get_by_label("Family name").fill(FAMILY)


def expect_typing_kept(page):
    expect(page.get_by_label("Case reference")).to_have_value(REFERENCE)
    expect(page.get_by_label("Family name")).to_have_value(FAMILY)


def wait_for_warning(page):
    dialog = timeout_dialog(page)
    expect(dialog).to_be_visible(timeout=10_000)
    return dialog


def seconds_left(page):
    """The server's view of this browser's session (the status poll is not activity), or None."""
    response = page.request.get(
        "/session/status", max_redirects=0, headers={"Accept": "application/json"}
    )
    return response.json()["seconds_left"] if response.status == 200 else None


def expect_signed_out_for_idleness_then_resume(page, screenshots=None):
    expect(heading(page)).to_have_text(SIGN_IN_HEADING)
    expect(page.get_by_text(IDLE_MESSAGE)).to_be_visible()
    sign_in(page, "wendy", path=None)
    expect(heading(page)).to_have_text("Create a case")
    assert page.url.endswith("/cases/new"), page.url
    expect_typing_kept(page)
    banner = page.get_by_role("alert")
    expect(banner).to_contain_text(KEPT)
    if screenshots is not None:
        page.screenshot(path=screenshots / "timeout-kept.png", full_page=True)
        assert_accessible(page, "timeout-kept")


def stay_signed_in_when_five_seconds_are_left(page):
    """Let the warning count down a little, press "Stay signed in"; return when the old
    deadline has surely passed (the countdown rounds, the server floors seconds)."""
    dialog = wait_for_warning(page)
    expect(dialog.locator("[data-timeout-countdown]")).to_have_text("5 seconds", timeout=8_000)
    old_deadline_passed = time.monotonic() + 5 + 2
    dialog.get_by_role("button", name="Stay signed in").click()
    expect(dialog).to_be_hidden()
    expect_typing_kept(page)
    return old_deadline_passed


def expect_session_outlived_old_deadline(page, old_deadline_passed):
    # Leave the form, so the page's own timers cannot act while the old deadline passes.
    page.goto("about:blank")
    time.sleep(max(0, old_deadline_passed - time.monotonic()))
    left = seconds_left(page)
    assert left is not None and left > 0, "the session ended at the deadline it had before"
    page.goto("/cases/")
    expect(heading(page)).to_have_text("Your cases")


def test_dialog_is_accessible_and_the_server_keeps_a_timed_out_form(page, screenshots):
    start_typing_a_case(page)
    dialog = wait_for_warning(page)
    # A native modal <dialog>: focus moves into it, to its first button.
    expect(dialog.get_by_role("button", name="Stay signed in")).to_be_focused()
    expect(dialog.get_by_role("button", name="Sign out")).to_be_visible()
    page.screenshot(path=screenshots / "timeout-dialog.png", full_page=True)
    assert_accessible(page, "timeout-dialog")

    page.evaluate(POST_AS_TIMED_OUT)
    expect_signed_out_for_idleness_then_resume(page, screenshots)


def test_what_was_typed_is_kept_when_the_countdown_runs_out(page):
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    start_typing_a_case(page)
    wait_for_warning(page)
    # Do nothing: the page posts the form itself about 4 s after the warning opens.
    try:
        expect(heading(page)).to_have_text(SIGN_IN_HEADING, timeout=8_000)
    except AssertionError as error:
        countdown = page.locator("[data-timeout-countdown]").text_content()
        raise AssertionError(
            f"still on {page.url}; countdown shows {countdown!r}; page errors: {errors}"
        ) from error
    expect_signed_out_for_idleness_then_resume(page)


def test_stay_signed_in_keeps_the_session_and_what_was_typed(page):
    start_typing_a_case(page)
    old_deadline_passed = stay_signed_in_when_five_seconds_are_left(page)
    expect_session_outlived_old_deadline(page, old_deadline_passed)


def test_stay_signed_in_counts_as_activity_however_recent_the_last_touch(page):
    start_typing_a_case(page)
    old_deadline_passed = stay_signed_in_when_five_seconds_are_left(page)
    expect_session_outlived_old_deadline(page, old_deadline_passed)
