"""axe-core on every page of the guided journey for wendy_draft (which holds one item of every
kind): the section pages, check your answers, the reasoning map, the chronology view, the
history, every item form (new, new with its errors after an empty submit, and change), the
conflict page and the submitted confirmation. No serious or critical violations; each page is
also saved as test-artifacts/screenshots/journey-<name>.png to be looked at."""

import pytest
from playwright.sync_api import expect

from tests.browser.helpers import sign_in
from tests.browser.journey_helpers import assessment_url, check_page, heading, save

SECTION_PAGES = [
    # (screenshot name, path after /cases/assessments/<id>, heading)
    ("task-list", "", "wendy draft"),
    ("people", "/people", "About the child and household"),
    ("facts", "/facts", "Facts and chronology"),
    ("child", "/child", "The child's experience"),
    ("analysis", "/analysis", "Analysis"),
    ("risk", "/risk", "Risk"),
    ("recommendations", "/recommendations", "Recommendations"),
    ("check-answers", "/check", "Check your answers"),
    ("reasoning-map", "/map", "Reasoning map"),
    ("chronology-view", "/chronology", "How concerns built up over time"),
    ("history", "/history", "Saved versions"),
]


def item_id(world, model):
    return world.items[("wendy_draft", model)].id


# name: (new path, edit path or None, heading noun, errors an empty submit must show)
def item_forms(world):
    child, danger = item_id(world, "Child"), item_id(world, "Danger")
    return {
        "child": (
            "/children/new",
            f"/children/{child}",
            "child",
            ["Enter the child's name or initials"],
        ),
        "adult": (
            "/adults/new",
            f"/adults/{item_id(world, 'Adult')}",
            "adult",
            ["Enter the adult's name", "Select whether they live in the household"],
        ),
        "fact": (
            "/facts/new",
            f"/facts/{item_id(world, 'Fact')}",
            "fact",
            ["Enter the date", "Enter what happened", "Select how it is known"],
        ),
        "experience": (
            f"/experiences/new?child={child}&kind=words",
            f"/experiences/{item_id(world, 'ChildExperience')}",
            "entry",
            ["Enter what you heard or saw"],
        ),
        "analysis": (
            "/analysis-statements/new",
            f"/analysis-statements/{item_id(world, 'AnalysisStatement')}",
            "analysis statement",
            ["Enter what the facts mean for the child"],
        ),
        "danger": (
            "/dangers/new",
            f"/dangers/{danger}",
            "danger",
            ["Select which child the danger is for", "Enter the feared outcome for the child"],
        ),
        "hazard": (
            f"/dangers/factors/hazard/new?danger={danger}",
            f"/dangers/factors/hazard/{item_id(world, 'RiskFactor')}",
            "hazard",
            ["Enter a description"],
        ),
        "strength": (
            f"/dangers/factors/strength/new?danger={danger}",
            None,
            "strength",
            ["Enter a description"],
        ),
        "information-gap": (
            f"/dangers/factors/information_gap/new?danger={danger}",
            None,
            "information gap",
            ["Enter what you still need to know"],
        ),
        "method": (
            f"/dangers/factors/method/new?danger={danger}",
            None,
            "method",
            ["Enter a description"],
        ),
        "recommendation": (
            "/recommendations/new",
            f"/recommendations/{item_id(world, 'Recommendation')}",
            "recommendation",
            ["Enter what should happen"],
        ),
    }


FORM_NAMES = [
    "child",
    "adult",
    "fact",
    "experience",
    "analysis",
    "danger",
    "hazard",
    "strength",
    "information-gap",
    "method",
    "recommendation",
]


@pytest.fixture
def wendy(page):
    sign_in(page, "wendy")
    expect(heading(page)).to_have_text("Your cases")
    return page


def test_section_pages_are_accessible(wendy, world, screenshots):
    page = wendy
    for name, path, title in SECTION_PAGES:
        page.goto(assessment_url(world, rest=path))
        expect(heading(page)).to_have_text(title)
        check_page(page, screenshots, name)


@pytest.mark.parametrize("name", FORM_NAMES)
def test_item_forms_and_their_errors_are_accessible(wendy, world, screenshots, name):
    page = wendy
    new_path, edit_path, noun, errors = item_forms(world)[name]

    page.goto(assessment_url(world, rest=new_path))
    expect(heading(page)).to_have_text(f"Add {noun}")
    check_page(page, screenshots, f"{name}-new")

    save(page)
    summary = page.locator(".govuk-error-summary")
    expect(summary.get_by_role("heading", name="There is a problem")).to_be_visible()
    for message in errors:
        expect(summary).to_contain_text(message)
        # The same message is on the question itself.
        expect(page.locator(".govuk-error-message", has_text=message)).to_be_visible()
    expect(page).to_have_title(f"Error: Add {noun} – Assessment assistant")
    check_page(page, screenshots, f"{name}-new-errors")

    if edit_path:
        page.goto(assessment_url(world, rest=edit_path))
        expect(heading(page)).to_contain_text(f"Change {noun}")
        check_page(page, screenshots, f"{name}-edit")


def test_the_conflict_page_is_accessible(wendy, world, screenshots):
    page = wendy
    edit_url = assessment_url(world, rest=f"/facts/{item_id(world, 'Fact')}")
    other_tab = page.context.new_page()
    for tab in (page, other_tab):
        tab.goto(edit_url)
        expect(heading(tab)).to_have_text("Change fact F1")
    other_tab.get_by_label("What happened").fill("Changed in the other tab")
    save(other_tab)
    expect(heading(other_tab)).to_have_text("Facts and chronology")
    other_tab.close()

    page.get_by_label("What happened").fill("Changed in this tab")
    save(page)
    expect(heading(page)).to_have_text("This assessment changed while you were working")
    check_page(page, screenshots, "conflict")


def test_the_submitted_confirmation_and_locked_pages_are_accessible(wendy, world, screenshots):
    page = wendy
    page.goto(assessment_url(world, rest="/check"))
    page.get_by_role("button", name="Submit for review").click()
    expect(heading(page)).to_have_text("Assessment submitted")
    check_page(page, screenshots, "submitted")

    page.goto(assessment_url(world))
    expect(page.locator(".govuk-inset-text")).to_contain_text("You can read it but not change it")
    check_page(page, screenshots, "submitted-task-list")
    page.goto(assessment_url(world, rest="/check"))
    expect(heading(page)).to_have_text("wendy draft")
    check_page(page, screenshots, "submitted-read")
