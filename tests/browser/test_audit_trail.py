"""An administrator reads who has seen an assessment, from the audit log, in a real browser."""

from playwright.sync_api import expect

from tests.browser.helpers import assert_accessible, heading, sign_in


def test_who_has_seen_an_assessment_is_accessible(page, screenshots, world):
    submitted = world.assessments["wendy_submitted"]
    sign_in(page, "nadia")
    page.goto(f"/review/assessments/{submitted.id}")
    page.get_by_role("button", name="Sign out").click()
    sign_in(page, "ada")
    page.goto("/admin/audit?record_type=assessments")
    page.locator(f"tbody a[href$='/admin/audit/assessments/{submitted.id}']").first.click()
    expect(heading(page)).to_contain_text("Who has seen this assessment")
    expect(page.get_by_role("table")).to_contain_text("Nadia Supervisor")
    expect(page.get_by_role("table")).to_contain_text("supervisor.assessment")
    page.screenshot(path=screenshots / "admin-assessment-audit.png", full_page=True)
    assert_accessible(page, "admin-assessment-audit")
