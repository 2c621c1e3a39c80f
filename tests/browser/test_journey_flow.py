"""A new user follows the guided assessment end to end, through labels and buttons only, with
JavaScript on and with it off: start an assessment from the case, add a child and a visiting
adult, enter facts quickly (with the error states on the way), see the chronology, record the
child's words, cite F1 in the analysis and a hazard, judge a danger, answer it with a
recommendation, check the answers, submit, and find the assessment locked."""

from datetime import date, timedelta

import pytest
from playwright.sync_api import expect

from tests.browser.helpers import sign_in
from tests.browser.journey_helpers import (
    choose,
    cite,
    expect_errors,
    expect_success,
    fill_date,
    group,
    heading,
    save,
)

TITLE = "Child and family assessment, Mia"
CHILD = "Mia Adeyemi"
ADULT = "Dean Brown"
FACT_1 = "Nursery saw fingertip bruises on Mia's upper arm"
FACT_2 = "Health visitor found no food in the flat"
WORDS = "Dean shouts and grabs me"
ANALYSIS = "Mia is being hurt by an adult at home and is frightened of Dean"
DANGER = "Mia is seriously injured by Dean when he visits"
HAZARD = "Dean visits most evenings and grabs Mia"
STRENGTH = "Mia's grandmother notices and tells the nursery"
ACTION = "A child protection medical for Mia"
OBJECTIVE = "Mia's injuries are seen and she is kept safe"
WHO = "Social worker, Wendy Worker"


@pytest.fixture(params=["javascript", "no-javascript"])
def context_options(request):
    return {"java_script_enabled": request.param == "javascript"}


def ddmmyyyy(day):
    return day.day, day.month, day.year


def uk(day):
    return f"{day.day} {day:%B %Y}"


def test_a_new_user_completes_and_submits_an_assessment(page, world):
    today = date.today()
    first_date = today - timedelta(days=30)  # F1: entered first, happened later
    second_date = today - timedelta(days=200)  # F2: entered second, happened earlier
    by_when = today + timedelta(days=60)

    sign_in(page, "wendy")
    expect(heading(page)).to_have_text("Your cases")
    page.goto(f"/cases/{world.cases['wendy'].id}")
    expect(heading(page)).to_have_text("wendy family")

    # Start a new assessment.
    page.get_by_label("Assessment title").fill(TITLE)
    page.get_by_role("button", name="Start assessment").click()
    expect(heading(page)).to_have_text(TITLE)
    for section in ("About the child and household", "Facts and chronology", "Recommendations"):
        expect(page.get_by_role("link", name=section, exact=True)).to_be_visible()

    # About the child and household: a child, then the mother's partner who visits.
    page.get_by_role("link", name="About the child and household", exact=True).click()
    expect(heading(page)).to_have_text("About the child and household")
    page.get_by_role("button", name="Add a child").click()
    expect(heading(page)).to_have_text("Add child")
    page.get_by_label("Child's name or initials").fill(CHILD)
    fill_date(page, "Date of birth or expected date of birth", 14, 2, 2022)
    page.get_by_label("First language").fill("English")
    save(page)
    expect(heading(page)).to_have_text("About the child and household")
    expect_success(page, "Child saved")
    child_card = page.locator(".govuk-summary-card", has_text=CHILD)
    expect(child_card).to_contain_text("14 February 2022")

    page.get_by_role("button", name="Add an adult").click()
    expect(heading(page)).to_have_text("Add adult")
    page.get_by_label("Name", exact=True).fill(ADULT)
    page.get_by_label("Relationship to the child").fill("mother's partner")
    choose(page, "Do they live in the household?", "No, they visit or are around the household")
    page.get_by_label("What is known about them").fill("Visits most evenings; not yet seen.")
    save(page)
    expect_success(page, "Adult saved")
    adult_card = page.locator(".govuk-summary-card", has_text=ADULT)
    expect(adult_card).to_contain_text("mother's partner")
    expect(adult_card).to_contain_text("No, visits or is around")
    page.get_by_role("button", name="Continue").click()
    expect(heading(page)).to_have_text(TITLE)

    # Facts: the error states first, then two facts entered without leaving the page.
    page.get_by_role("link", name="Facts and chronology", exact=True).click()
    expect(heading(page)).to_have_text("Facts and chronology")
    page.get_by_role("button", name="Add a fact").click()
    expect(heading(page)).to_have_text("Add fact")
    save(page)
    expect_errors(page, "Enter the date", "Enter what happened")
    # Each message links to its question.
    page.locator(".govuk-error-summary").get_by_role("link", name="Enter what happened").click()
    expect(page.get_by_label("What happened")).to_be_focused()

    fill_date(page, "Date", *ddmmyyyy(today + timedelta(days=10)))
    page.get_by_label("What happened").fill(FACT_1)
    save(page)
    expect_errors(page, "Date must be today or in the past")
    # What was typed is kept.
    expect(page.get_by_label("What happened")).to_have_value(FACT_1)

    fill_date(page, "Date", 31, 2, 2025)
    save(page)
    expect_errors(page, "must be a real date")
    expect(group(page, "Date").get_by_label("Day")).to_have_value("31")

    fill_date(page, "Date", *ddmmyyyy(first_date))
    page.get_by_label("Source").fill("Nursery manager")
    choose(page, "How is it known?", "Reported by another professional")
    choose(page, "Has anyone or anything else confirmed it?", "No")
    choose(page, "Concern category", "Physical harm")
    save(page, "Save and add another fact")
    expect(heading(page)).to_have_text("Add fact")
    expect_success(page, "Fact saved")
    expect(page.get_by_label("What happened")).to_have_value("")

    fill_date(page, "Date", *ddmmyyyy(second_date))
    page.get_by_label("What happened").fill(FACT_2)
    page.get_by_label("Source").fill("Health visitor")
    choose(page, "How is it known?", "Reported by another professional")
    choose(page, "Concern category", "Neglect")
    page.get_by_label("This is history: it happened before the current involvement").check()
    save(page)
    expect(heading(page)).to_have_text("Facts and chronology")
    expect_success(page, "Fact saved")

    # The chronology is sorted by date: F2 (earlier) before F1.
    chronology = page.get_by_role("table")
    expect(chronology).to_contain_text("Chronology, oldest first (2 facts)")
    rows = chronology.locator("tbody tr")
    expect(rows).to_have_count(2)
    expect(rows.nth(0).get_by_role("rowheader")).to_have_text("F2")
    expect(rows.nth(0)).to_contain_text(FACT_2)
    expect(rows.nth(0)).to_contain_text(uk(second_date))
    expect(rows.nth(0)).to_contain_text("History")
    expect(rows.nth(1).get_by_role("rowheader")).to_have_text("F1")
    expect(rows.nth(1)).to_contain_text(FACT_1)
    expect(rows.nth(1)).to_contain_text(uk(first_date))
    expect(rows.nth(1)).to_contain_text("Not used yet")
    page.get_by_role("button", name="Continue").click()

    # The child's experience: her own words.
    page.get_by_role("link", name="The child's experience", exact=True).click()
    expect(heading(page)).to_have_text("The child's experience")
    page.get_by_role("link", name=f"Add the child's own words for {CHILD}").click()
    expect(heading(page)).to_have_text("Add entry")
    expect(group(page, "Which child?").get_by_label(CHILD)).to_be_checked()
    # The link asked for the child's words, but the form does not preselect it (see
    # test_the_add_link_preselects_what_is_being_recorded): a person picks it again.
    choose(page, "What are you recording?", "The child's own words")
    page.get_by_label("What you heard or saw").fill(WORDS)
    fill_date(page, "When", *ddmmyyyy(first_date))
    page.get_by_label("How", exact=True).fill("Alone at nursery, using drawings")
    save(page)
    expect(heading(page)).to_have_text("The child's experience")
    expect(page.locator("main")).to_contain_text(WORDS)
    page.get_by_role("button", name="Continue").click()

    # Analysis citing F1.
    page.get_by_role("link", name="Analysis", exact=True).click()
    expect(heading(page)).to_have_text("Analysis")
    page.get_by_role("button", name="Add an analysis statement").click()
    page.get_by_label("What do these facts mean for the child?").fill(ANALYSIS)
    cite(page, "Which facts, or entries about the child's experience, does this rest on?", "F1")
    page.get_by_label("Why do you conclude as you do?").fill("The bruises match her words.")
    save(page)
    expect(heading(page)).to_have_text("Analysis")
    statement = page.locator(".govuk-summary-card", has_text=ANALYSIS)
    expect(statement.get_by_role("heading")).to_have_text("A1")
    expect(statement.get_by_role("link", name="F1", exact=True)).to_be_visible()
    page.get_by_role("button", name="Continue").click()

    # Risk: a danger for Mia with its probability, a hazard citing F1, and a strength.
    page.get_by_role("link", name="Risk", exact=True).click()
    expect(heading(page)).to_have_text("Risk")
    page.get_by_role("button", name="Add a danger").click()
    expect(heading(page)).to_have_text("Add danger")
    choose(page, "Which child?", CHILD)
    page.get_by_label("What is the feared outcome for this child?").fill(DANGER)
    choose(page, "How likely is it?", "High")
    page.get_by_label("Why do you judge it that likely?").fill("Bruising and her words.")
    save(page)
    expect(heading(page)).to_have_text("Risk")
    danger = page.locator(".govuk-summary-card", has_text=DANGER)
    expect(danger.get_by_role("heading", level=2)).to_have_text(f"D1: danger to {CHILD}")
    expect(danger).to_contain_text("Probability: High")

    danger.get_by_role("link", name="Add a hazard for D1").click()
    expect(heading(page)).to_have_text("Add hazard")
    page.get_by_label("Describe it").fill(HAZARD)
    cite(page, "Which facts or analysis show this?", "F1")
    save(page)
    danger = page.locator(".govuk-summary-card", has_text=DANGER)
    expect(danger).to_contain_text(HAZARD)
    danger.get_by_role("link", name="Add a strength for D1").click()
    expect(heading(page)).to_have_text("Add strength")
    page.get_by_label("Describe it").fill(STRENGTH)
    save(page)
    danger = page.locator(".govuk-summary-card", has_text=DANGER)
    expect(danger).to_contain_text(STRENGTH)
    expect(danger).to_contain_text("No recommendation answers this")
    page.get_by_role("button", name="Continue").click()

    # A recommendation answering D1, with who and by when.
    page.get_by_role("link", name="Recommendations", exact=True).click()
    page.get_by_role("button", name="Add a recommendation").click()
    expect(heading(page)).to_have_text("Add recommendation")
    page.get_by_label("What should happen?").fill(ACTION)
    page.get_by_label("What will be different for the child?").fill(OBJECTIVE)
    cite(page, "Which dangers or conclusions does this answer?", "D1")
    page.get_by_label("Who will do it?").fill(WHO)
    fill_date(page, "By when", *ddmmyyyy(by_when))
    page.get_by_label("How will everyone know it has worked?").fill("The medical is done.")
    save(page)
    expect(heading(page)).to_have_text("Recommendations")
    recommendation = page.locator(".govuk-summary-card", has_text=ACTION)
    expect(recommendation).to_contain_text(uk(by_when))
    expect(recommendation.get_by_role("link", name="D1", exact=True)).to_be_visible()
    page.get_by_role("button", name="Continue").click()

    # Every section is complete.
    expect(heading(page)).to_have_text(TITLE)
    statuses = page.locator(".govuk-task-list__status")
    expect(statuses).to_have_count(6)
    expect(statuses).to_have_text(["Completed"] * 6)

    # Check your answers, then submit.
    page.get_by_role("button", name="Check your answers").click()
    expect(heading(page)).to_have_text("Check your answers")
    main = page.locator("main")
    for text in (CHILD, ADULT, FACT_1, FACT_2, WORDS, ANALYSIS, DANGER, ACTION):
        expect(main).to_contain_text(text)
    expect(main).to_contain_text("[rests on F1]")
    expect(main).to_contain_text(f"[answers D1; {WHO}, {uk(by_when)}]")
    page.get_by_role("button", name="Submit for review").click()
    expect(page.locator(".govuk-panel")).to_contain_text("Assessment submitted")
    expect(heading(page)).to_have_text("Assessment submitted")

    # Back on the case the assessment is submitted, and its task list says it cannot change.
    page.get_by_role("link", name="Back to the case").click()
    expect(heading(page)).to_have_text("wendy family")
    row = page.get_by_role("row", name=TITLE)
    expect(row).to_contain_text("Submitted")
    row.get_by_role("link", name=TITLE).click()
    expect(heading(page)).to_have_text(TITLE)
    expect(page.locator(".govuk-inset-text")).to_contain_text(
        "You can read it but not change it until it is returned to you"
    )
    expect(page.get_by_role("button", name="Read the whole assessment")).to_be_visible()
    expect(page.get_by_role("button", name="Check your answers")).to_have_count(0)
    page.get_by_role("link", name="Facts and chronology", exact=True).click()
    expect(page.get_by_role("button", name="Add a fact")).to_have_count(0)
    expect(page.get_by_role("link", name="Change fact F1")).to_have_count(0)


def test_the_add_link_preselects_what_is_being_recorded(page, world):
    sign_in(page, "wendy")
    expect(heading(page)).to_have_text("Your cases")
    child = world.items[("wendy_draft", "Child")]
    page.goto(f"/cases/assessments/{world.assessments['wendy_draft'].id}/child")
    page.get_by_role("link", name=f"Add the child's own words for {child.name}").click()
    expect(heading(page)).to_have_text("Add entry")
    expect(group(page, "Which child?").get_by_label(child.name)).to_be_checked()
    recording = group(page, "What are you recording?")
    expect(recording.get_by_label("The child's own words")).to_be_checked(timeout=1_000)


def test_the_date_error_link_leads_to_the_day_box(page, world):
    sign_in(page, "wendy")
    expect(heading(page)).to_have_text("Your cases")
    page.goto(f"/cases/assessments/{world.assessments['wendy_draft'].id}/facts/new")
    save(page)
    expect_errors(page, "Enter the date")
    page.locator(".govuk-error-summary").get_by_role("link", name="Enter the date").click()
    expect(group(page, "Date").get_by_label("Day")).to_be_focused(timeout=1_000)
