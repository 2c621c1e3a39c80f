"""A trainee practises on the worker's journey pages; tutors see and comment; nobody else can."""

import pytest
import sqlalchemy as sa

from assist.extensions import db
from assist.journey.saving import record_save
from assist.models import AnalysisStatement, Comment, Fact, PracticeSubmission
from tests.pages import parse, text_of
from tests.practice.conftest import start, version_of

# Scenario content is JSON and attempts join users and teams: check both databases.
pytestmark = pytest.mark.db

SLUG = "unborn-baby-new-partner"


def fact_id(assessment, number):
    return db.session.scalar(
        sa.select(Fact.id).where(Fact.assessment_id == assessment.id, Fact.number == number)
    )


@pytest.fixture
def attempt(pages, world, scenarios):
    pages.sign_in(world.user("tara"))
    return start(pages, scenarios[SLUG])


def test_starting_copies_the_scenarios_people_and_facts(pages, attempt, scenarios):
    facts = pages.get("author.facts", assessment_id=attempt.id)
    content = scenarios[SLUG].content
    assert len(facts.select("[id^=F]")) >= len(content["facts"])
    assert "Practice · " in text_of(facts, ".govuk-caption-l")
    assert "cannot change them" in text_of(facts, ".govuk-inset-text")
    assert facts.select_one("a[href$='/facts/new']") is None  # no Add a fact for a trainee
    people = pages.get("author.people", assessment_id=attempt.id)
    assert "Dean Farrow" in people.get_text()
    # The facts are fixed: editing one is refused.
    pages.get("author.fact_item", status=404, assessment_id=attempt.id, item_id=fact_id(attempt, 1))
    task_list = pages.get("author.assessment", assessment_id=attempt.id)
    assert task_list.select_one(".govuk-back-link")["href"].startswith("/practice/attempts/")
    # No page offers a link to change a scenario's fact (it would be refused), though the
    # rubric finds things in them once there is analysis ("no analysis uses this fact").
    from assist.journey import items as journey_items
    from assist.models.content import ItemKind, LinkRole

    analysis = AnalysisStatement(assessment_id=attempt.id, number=1, meaning_for_child="Unsafe")
    db.session.add(analysis)
    db.session.flush()
    cited = [(ItemKind.FACT, fact_id(attempt, 1))]
    journey_items.set_links(attempt.id, ItemKind.ANALYSIS, analysis.id, LinkRole.SUPPORTS, cited)
    record_save(attempt, attempt.author, "change")  # as a page's save would
    db.session.commit()
    facts = pages.get("author.facts", assessment_id=attempt.id)
    assert "F2" in text_of(facts, "[data-findings-list]")
    for page in (facts, task_list, pages.get("author.check_answers", assessment_id=attempt.id)):
        links = [a["href"] for a in page.select("main a[href*='/facts/']")]
        assert not [href for href in links if href.split("/facts/")[1][:1].isdigit()], links


def test_attempt_feedback_revision_and_comparison(pages, attempt, world):
    # A weak first answer: an assertion citing nothing, a recommendation answering nothing.
    pages.post(
        "author.analysis_new",
        {"version": version_of(attempt), "meaning_for_child": "Mother is uncooperative."},
        values={"assessment_id": attempt.id},
    )
    pages.post(
        "author.submit", {"version": version_of(attempt)}, values={"assessment_id": attempt.id}
    )
    first = pages.get("trainee.feedback", assessment_id=attempt.id)
    assert "Submission 1" in text_of(first, ".govuk-body-l")
    table = text_of(first, "main table")
    assert "Every judgement shows how it is known Not met" in table
    details = text_of(first, "#criterion-unsupported-assertion")
    assert "In A1" in details and "uncooperative" in details
    assert "What the rubric found: Judgement without evidence" in details
    assert "Why it matters for the child" in details
    first_score = db.session.scalar(sa.select(PracticeSubmission.score))
    # The model answer stays closed until the trainee finishes.
    closed = pages.get("trainee.compare", assessment_id=attempt.id)
    assert "opens when you finish" in closed.get_text()

    # Revise: evidence for the judgement, then submit again.
    analysis_id = db.session.scalar(
        sa.select(AnalysisStatement.id).where(AnalysisStatement.assessment_id == attempt.id)
    )
    pages.post(
        "author.analysis_item",
        {
            "version": version_of(attempt),
            "meaning_for_child": "Dean hurt a previous partner and Jade has a bruise, which means "
            "Kai and the baby may be living with domestic abuse.",
            "cites": [f"fact:{fact_id(attempt, n)}" for n in (1, 2, 3)],
        },
        values={"assessment_id": attempt.id, "item_id": analysis_id},
    )
    pages.post(
        "author.submit", {"version": version_of(attempt)}, values={"assessment_id": attempt.id}
    )
    second = pages.get("trainee.feedback", assessment_id=attempt.id)
    assert "Submission 2" in text_of(second, ".govuk-body-l")
    # The judgement now rests on facts; what is still missing is the rest of the answer.
    details = text_of(second, "#criterion-unsupported-assertion")
    assert "In A1" not in details
    assert "Your answer has nothing in The child's experience and Risk yet." in details
    scores = db.session.scalars(
        sa.select(PracticeSubmission.score).order_by(PracticeSubmission.attempt_number)
    ).all()
    assert scores[1] > first_score

    pages.post("trainee.finish", values={"assessment_id": attempt.id})
    compare = pages.get("trainee.compare", assessment_id=attempt.id)
    assert "Your answer" in compare.get_text() and "The model answer" in compare.get_text()
    assert "Dean's history sits in another" in text_of(compare, ".govuk-inset-text")
    # Finished: the answer can no longer change.
    response = pages.client.post(
        pages.url("author.analysis_new", assessment_id=attempt.id),
        data={"version": version_of(attempt), "meaning_for_child": "Too late"},
    )
    assert response.status_code == 302
    statements = sa.select(sa.func.count(AnalysisStatement.id))
    assert db.session.scalar(statements.where(AnalysisStatement.assessment_id == attempt.id)) == 1

    progress = pages.get("trainee.progress")
    rows = progress.select("main table tbody tr")
    assert len(rows) > 5 and "Total" in rows[-1].get_text()
    assert f"{scores[0]}/" in rows[-1].get_text() and f"{scores[1]}/" in rows[-1].get_text()


def test_the_last_allowed_submission_opens_the_model_answer(pages, attempt):
    for _ in range(attempt.scenario.max_attempts):
        pages.post(
            "author.submit", {"version": version_of(attempt)}, values={"assessment_id": attempt.id}
        )
    page = pages.get("trainee.feedback", assessment_id=attempt.id)
    assert "This attempt is finished" in page.get_text()
    assert pages.get("trainee.compare", assessment_id=attempt.id).select_one(".govuk-grid-row")


def test_a_practice_plan_follows_the_scenarios_calendar_not_today(pages, attempt):
    # The scenario is set in early 2026; its model answer plans for February 2026.
    response = pages.post(
        "author.recommendation_new",
        {"version": version_of(attempt), "action": "Visit Dean", "by_when": ["6", "2", "2026"]},
        values={"assessment_id": attempt.id},
    )
    assert response.status_code == 302
    page = pages.get("author.recommendations", assessment_id=attempt.id)
    assert "6 February 2026" in text_of(page, "main")


def test_findings_cannot_be_dismissed_in_practice(pages, attempt):
    response = pages.post(
        "author.dismiss_finding",
        {"key": "x", "reason": "I disagree", "back": "/"},
        values={"assessment_id": attempt.id},
    )
    page = parse(pages.client.get(response.location))
    assert "cannot be dismissed" in text_of(page, ".govuk-notification-banner")


def test_a_trainee_cannot_open_a_real_case_or_another_trainees_attempt(pages, world, attempt):
    pages.get("author.assessment", status=404, assessment_id=world.assessments["wendy_draft"].id)
    pages.get("author.case", status=403, case_id=world.cases["wendy"].id)
    toby = world.assessments["toby_practice"]
    for endpoint in ("author.assessment", "author.analysis", "trainee.attempt", "trainee.feedback"):
        pages.get(endpoint, status=404, assessment_id=toby.id)


def test_a_worker_cannot_open_practice(pages, world, attempt):
    pages.client.post("/sign-out")
    pages.sign_in(world.user("wendy"))
    pages.get("author.assessment", status=404, assessment_id=attempt.id)


def test_a_withdrawn_scenario_is_refused_with_a_clear_message(pages, attempt, scenarios):
    from assist import clock

    scenarios[SLUG].retired_at = clock.now()
    db.session.commit()
    response = pages.client.get(pages.url("author.analysis", assessment_id=attempt.id))
    assert response.status_code == 410
    assert text_of(parse(response), "h1") == "This scenario has been withdrawn"
    page = pages.get("trainee.attempt", assessment_id=attempt.id)
    assert "withdrawn" in text_of(page, ".govuk-warning-text")
    dashboard = pages.post("trainee.start", values={"scenario_id": scenarios[SLUG].id})
    assert "no longer available" in text_of(
        parse(pages.client.get(dashboard.location)), ".govuk-notification-banner"
    )


def test_tutor_sees_trainees_attempts_and_comments(pages, world, attempt):
    pages.post(
        "author.submit", {"version": version_of(attempt)}, values={"assessment_id": attempt.id}
    )
    pages.client.post("/sign-out")
    pages.sign_in(world.user("nadia"))
    dashboard = pages.get("tutor.dashboard")
    assert "Tara Trainee" in dashboard.get_text() and attempt.scenario.title in dashboard.get_text()
    page = pages.get("tutor.attempt", assessment_id=attempt.id)
    assert "Submission 1" in text_of(page, ".govuk-body-l")
    empty = pages.client.post(pages.url("tutor.attempt", assessment_id=attempt.id), data={})
    assert "Enter your comment" in parse(empty).get_text()
    pages.post(
        "tutor.attempt", {"body": "Look again at F1 and F2."}, values={"assessment_id": attempt.id}
    )
    assert db.session.scalar(sa.select(Comment.body)) == "Look again at F1 and F2."
    pages.client.post("/sign-out")
    pages.sign_in(world.user("tara"))
    assert (
        "Look again at F1 and F2."
        in pages.get("trainee.attempt", assessment_id=attempt.id).get_text()
    )


def test_another_supervisor_cannot_tutor_and_practice_stays_out_of_queues(pages, world, attempt):
    pages.post(
        "author.submit", {"version": version_of(attempt)}, values={"assessment_id": attempt.id}
    )
    pages.client.post("/sign-out")
    pages.sign_in(world.user("sol"))
    pages.get("tutor.attempt", status=404, assessment_id=attempt.id)
    assert "Tara" not in pages.get("tutor.dashboard").get_text()
    pages.client.post("/sign-out")
    pages.sign_in(world.user("nadia"))
    assert attempt.scenario.title not in pages.get("supervisor.dashboard").get_text()
    pages.get("supervisor.assessment", status=404, assessment_id=attempt.id)


def test_a_trainee_is_offered_only_links_they_may_use(pages, attempt):
    # Downloading as Word is for a worker's case assessment: a trainee would be refused it.
    for endpoint in ("author.assessment", "author.check_answers"):
        page = pages.get(endpoint, assessment_id=attempt.id)
        hrefs = [a["href"] for a in page.select("main a[href]")]
        assert not any(href.endswith("/word") for href in hrefs), endpoint
        for href in hrefs:
            if href.startswith("/"):
                assert pages.client.get(href).status_code != 403, href
