"""Every kind of user signs in through the real sign-in page and lands on their dashboard; the
main pages pass axe-core with no serious or critical violations; signing out ends the session;
nothing needs JavaScript."""

import pytest
from playwright.sync_api import expect

from tests.browser.helpers import assert_accessible, heading, sign_in
from tests.world import PASSWORD

DASHBOARDS = {
    "wendy": ("/cases/", "Your cases"),
    "nadia": ("/review/", "Review queue"),
    "tara": ("/practice/", "Practice"),
    "ada": ("/admin/", "Administration"),
}


def check_page(page, screenshots, name):
    """Screenshot the whole page, then run axe-core on it."""
    page.screenshot(path=screenshots / f"{name}.png", full_page=True)
    assert_accessible(page, name)


@pytest.mark.parametrize("key", list(DASHBOARDS))
def test_each_role_signs_in_to_an_accessible_dashboard(page, screenshots, key):
    path, title = DASHBOARDS[key]
    sign_in(page, key)
    expect(heading(page)).to_have_text(title)
    assert page.url.endswith(path)
    expect(page.get_by_role("button", name="Sign out")).to_be_visible()
    check_page(page, screenshots, f"dashboard-{key}")


def test_records_in_tables_are_links(page):
    sign_in(page, "wendy")
    expect(heading(page)).to_have_text("Your cases")
    page.get_by_role("link", name="CASE-WENDY").click(timeout=1_000)
    expect(heading(page)).to_have_text("wendy family")


def test_sign_in_page_and_its_error_are_accessible(page, screenshots):
    page.goto("/sign-in")
    expect(heading(page)).to_have_text("Sign in to Assessment assistant")
    check_page(page, screenshots, "sign-in")

    sign_in(page, "wendy", password="not the password")
    expect(page).to_have_title("Error: Sign in – Assessment assistant")
    summary = page.locator(".govuk-error-summary")
    expect(summary.get_by_role("heading", name="There is a problem")).to_be_visible()
    expect(summary).to_contain_text("Enter a correct email address and password")
    # The error summary links to the field it is about.
    summary.get_by_role("link").first.click()
    expect(page.get_by_label("Email address")).to_be_focused()
    check_page(page, screenshots, "sign-in-error")


def test_admin_pages_are_accessible(page, screenshots):
    sign_in(page, "ada")
    expect(heading(page)).to_have_text("Administration")

    page.get_by_role("link", name="Users", exact=True).click()
    expect(heading(page)).to_have_text("Users")
    expect(page.get_by_role("table")).to_contain_text("Wendy Worker")
    check_page(page, screenshots, "admin-users")

    page.get_by_role("button", name="Create an account").click()
    expect(heading(page)).to_have_text("Create an account")
    assert page.url.endswith("/admin/users/new")
    page.get_by_role("button", name="Create account").click()
    expect(page).to_have_title("Error: Create an account – Assessment assistant")
    expect(page.locator(".govuk-error-summary")).to_be_visible()
    check_page(page, screenshots, "admin-user-new-errors")

    page.goto("/admin/audit")
    expect(heading(page)).to_have_text("Audit log")
    expect(page.get_by_role("table")).to_contain_text("sign in")
    check_page(page, screenshots, "admin-audit")


def test_worker_create_case_page_is_accessible(page, screenshots):
    sign_in(page, "wendy")
    page.get_by_role("button", name="Create a case").click()
    expect(heading(page)).to_have_text("Create a case")
    expect(page.get_by_label("Case reference")).to_be_editable()
    expect(page.get_by_label("Family name")).to_be_editable()
    check_page(page, screenshots, "worker-new-case")


def test_not_found_page_is_accessible(page, screenshots):
    response = page.goto("/no-such-page")
    assert response.status == 404
    expect(heading(page)).to_have_text("Page not found")
    check_page(page, screenshots, "not-found")

    sign_in(page, "wendy")
    expect(heading(page)).to_have_text("Your cases")
    response = page.goto("/cases/999999")
    assert response.status == 404
    expect(heading(page)).to_have_text("Page not found")
    expect(page.get_by_role("link", name="Go to your dashboard")).to_be_visible()
    check_page(page, screenshots, "not-found-signed-in")


def test_sign_out_ends_the_session(page, screenshots):
    sign_in(page, "wendy")
    expect(heading(page)).to_have_text("Your cases")
    dashboard = page.url

    page.get_by_role("button", name="Sign out").click()
    expect(heading(page)).to_have_text("You have signed out")
    expect(page.get_by_role("button", name="Sign out")).to_have_count(0)
    check_page(page, screenshots, "signed-out")

    page.goto(dashboard)
    expect(heading(page)).to_have_text("Sign in to Assessment assistant")
    assert "/sign-in" in page.url
    # Back in the browser's history is no way back in either.
    page.go_back()
    page.goto(dashboard)
    expect(heading(page)).to_have_text("Sign in to Assessment assistant")


def test_signing_in_works_without_javascript(browser, live_server, screenshots):
    context = browser.new_context(base_url=live_server, java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto("/sign-in")
        page.get_by_label("Email address").fill("wendy@assist.example")
        page.get_by_label("Password", exact=True).fill(PASSWORD)
        page.get_by_role("button", name="Sign in").click()
        expect(heading(page)).to_have_text("Your cases")
        expect(page.get_by_role("table")).to_contain_text("CASE-WENDY")
        # The timeout dialog is only ever opened by JavaScript: without it, it stays shut.
        expect(page.get_by_role("dialog")).to_have_count(0)
        page.get_by_role("button", name="Sign out").click()
        expect(heading(page)).to_have_text("You have signed out")
        page.screenshot(path=screenshots / "no-js-signed-out.png", full_page=True)
    finally:
        context.close()
