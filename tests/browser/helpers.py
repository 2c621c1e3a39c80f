"""Helpers for the browser tests: signing in, banners and axe-core checks."""

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from tests.world import PASSWORD

SERIOUS = {"serious", "critical"}


def sign_in(page, key, password=PASSWORD, path="/sign-in"):
    """Sign in the way a person does, through the labelled fields (``path=None``: on this page)."""
    if path is not None:
        page.goto(path)
    page.get_by_label("Email address").fill(f"{key}@assist.example")
    page.get_by_label("Password", exact=True).fill(password)
    page.get_by_role("button", name="Sign in").click()


def heading(page):
    return page.get_by_role("heading", level=1)


def expect_banner(page, text):
    """The notification banner says ``text``, and, where scripts run, govuk-frontend has set it
    up. A success banner takes focus then, which scrolls the page back to it: a click made in
    between lands where its link was before the jump, and the page or download never comes."""
    banner = page.locator(".govuk-notification-banner")
    expect(banner).to_contain_text(text)
    if "govuk-frontend-supported" in (page.locator("body").get_attribute("class") or ""):
        expect(banner).to_have_attribute("data-govuk-notification-banner-init", "")


_axe = Axe()


def axe_violations(page):
    """Every axe-core violation on the page as it is now."""
    return _axe.run(page).response["violations"]


def describe_violations(violations):
    lines = []
    for violation in violations:
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']}")
        for node in violation["nodes"]:
            lines.append(f"    {', '.join(map(str, node['target']))}: {node['html'][:200]}")
    return "\n".join(lines)


def impact_counts(violations):
    counts = {}
    for violation in violations:
        counts[violation["impact"]] = counts.get(violation["impact"], 0) + 1
    return counts


def assert_accessible(page, name):
    """No serious or critical axe-core violations; every violation is printed for the log."""
    violations = axe_violations(page)
    report = describe_violations(violations)
    print(f"\naxe {name}: {impact_counts(violations) or 'no violations'}")
    if report:
        print(report)
    serious = [v for v in violations if v["impact"] in SERIOUS]
    assert not serious, f"axe found serious/critical violations on {name}:\n{report}"
