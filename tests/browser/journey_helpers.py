"""Helpers for the guided-journey browser tests: filling GOV.UK questions the way a person does
(by their labels and legends), and the wendy_draft URLs."""

import re

from playwright.sync_api import expect

from tests.browser.helpers import (
    SERIOUS,
    axe_violations,
    describe_violations,
    expect_banner,
    heading,
    impact_counts,
)


def assessment_url(world, key="wendy_draft", rest=""):
    return f"/cases/assessments/{world.assessments[key].id}{rest}"


def group(page, legend):
    """A fieldset (radios, checkboxes, a date) by its legend."""
    return page.get_by_role("group", name=legend, exact=True)


def fill_date(page, legend, day, month, year):
    """The Day, Month and Year boxes of the date question with this legend."""
    question = group(page, legend)
    question.get_by_label("Day").fill(str(day))
    question.get_by_label("Month").fill(str(month))
    question.get_by_label("Year").fill(str(year))


def choose(page, legend, label):
    """Pick one radio answer (exact label) in the question with this legend."""
    group(page, legend).get_by_label(label, exact=True).check()


def cite(page, legend, reference):
    """Tick the checkbox whose label starts with "F1" (then ":" or ", 14 Mar 2026:"; D1:, A1:,
    ...) in this question."""
    group(page, legend).get_by_role(
        "checkbox", name=re.compile(rf"^{re.escape(reference)}[:,]")
    ).check()


def save(page, name="Save and continue"):
    page.get_by_role("button", name=name, exact=True).click()


def error_summary(page):
    return page.locator(".govuk-error-summary")


def expect_errors(page, *messages):
    """The GOV.UK error summary lists each message, and the page title starts with "Error:"."""
    summary = error_summary(page)
    expect(summary.get_by_role("heading", name="There is a problem")).to_be_visible()
    for message in messages:
        expect(summary).to_contain_text(message)
    expect(page).to_have_title(re.compile(r"^Error: "))


def expect_success(page, text):
    expect_banner(page, text)


# What axe-core does not check: ids used twice, and error summary links that lead nowhere.
STRUCTURE_PROBLEMS = """() => {
  const problems = []
  const seen = {}
  for (const element of document.querySelectorAll('[id]')) {
    seen[element.id] = (seen[element.id] || 0) + 1
  }
  for (const [id, n] of Object.entries(seen)) if (n > 1) problems.push(`id "${id}" used ${n} times`)
  for (const link of document.querySelectorAll('.govuk-error-summary a[href^="#"]')) {
    const target = document.getElementById(decodeURIComponent(link.hash.slice(1)))
    if (!target) problems.push(`error link ${link.hash} has no target`)
    else if (!target.matches('input, textarea, select')) {
      problems.push(`error link ${link.hash} targets a ${target.tagName}`)
    }
  }
  for (const element of document.querySelectorAll('[aria-describedby]')) {
    for (const id of element.getAttribute('aria-describedby').split(/\\s+/)) {
      const described = document.getElementById(id)
      if (!described) problems.push(`aria-describedby ${id} missing`)
      else if (!described.textContent.trim()) problems.push(`aria-describedby ${id} is empty`)
    }
  }
  return problems
}"""


def check_page(page, screenshots, name, counts=None):
    """Full-page screenshot as journey-<name>.png, then axe-core (once): no serious or critical
    violations. ``counts`` (a dict) collects each page's impact counts for the report."""
    page.screenshot(path=screenshots / f"journey-{name}.png", full_page=True)
    violations = axe_violations(page)
    report = describe_violations(violations)
    if counts is not None:
        counts[name] = impact_counts(violations)
    print(f"\naxe journey-{name}: {impact_counts(violations) or 'no violations'}")
    if report:
        print(report)
    problems = page.evaluate(STRUCTURE_PROBLEMS)
    if problems:
        print("    structure: " + "; ".join(problems))
    serious = [v for v in violations if v["impact"] in SERIOUS]
    assert not serious, f"axe found serious/critical violations on journey-{name}:\n{report}"


__all__ = [
    "assessment_url",
    "check_page",
    "choose",
    "cite",
    "error_summary",
    "expect_errors",
    "expect_success",
    "fill_date",
    "group",
    "heading",
    "save",
]
