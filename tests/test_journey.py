"""The guided assessment, page by page, as a worker uses it."""

from datetime import timedelta

import pytest
import sqlalchemy as sa

from assist import clock
from assist.extensions import db
from assist.journey import version_store
from assist.models import (
    Adult,
    AnalysisStatement,
    Assessment,
    AssessmentStatus,
    AssessmentVersion,
    Child,
    ChildExperience,
    Fact,
    Link,
    Recommendation,
)
from tests.pages import error_summary, parse, text_of


@pytest.fixture
def draft(world, pages):
    pages.sign_in(world.user("wendy"))
    return world.assessments["wendy_draft"]


def version_of(assessment):
    db.session.expire_all()
    return str(db.session.get(Assessment, assessment.id).version)


def fact_answers(draft, **overrides):
    answers = {
        "version": version_of(draft),
        "occurred_on": ["14", "3", "2026"],
        "date_precision": "exact",
        "what_happened": "Kai told his teacher he was hungry",
        "source": "Class teacher",
        "how_known": "reported_by_professional",
        "corroborated": "unknown",
        "category": "neglect",
    }
    answers.update(overrides)
    return answers


def post(pages, endpoint, data, **values):
    return pages.client.post(pages.url(endpoint, **values), data=data)


def test_the_task_list_shows_each_section_and_its_status(pages, draft):
    page = pages.get("author.assessment", assessment_id=draft.id)
    tasks = [" ".join(li.get_text(" ").split()) for li in page.select(".govuk-task-list__item")]
    assert [t.split(" ")[0] for t in tasks] == [
        "About",
        "Facts",
        "The",
        "Analysis",
        "Risk",
        "Recommendations",
    ]
    assert all(t.endswith(("Completed", "In progress", "Not started")) for t in tasks)


def test_adding_facts_one_after_another(pages, draft):
    response = post(
        pages,
        "author.fact_new",
        {**fact_answers(draft), "add_another": "y"},
        assessment_id=draft.id,
    )
    assert response.location == pages.url("author.fact_new", assessment_id=draft.id)
    response = post(
        pages,
        "author.fact_new",
        fact_answers(
            draft,
            occurred_on=["2", "1", "2024"],
            what_happened="Missed health review",
            is_historic="y",
        ),
        assessment_id=draft.id,
    )
    assert response.location == pages.url("author.facts", assessment_id=draft.id)
    page = pages.get("author.facts", assessment_id=draft.id)
    rows = [" ".join(r.get_text(" ").split()) for r in page.select("table tbody tr")]
    assert [r.split(" ")[0] for r in rows] == ["F3", "F1", "F2"]  # sorted by date
    assert "History" in rows[0] and "Not used yet" in rows[0]
    assert "Used by: A1" not in rows[1] and "A1" in rows[1]


@pytest.mark.parametrize(
    "date_parts, message",
    [
        (["", "", ""], "Enter the date"),
        (["31", "2", "2025"], "Date must be a real date"),
        (["1", "", "2025"], "Date must include a month"),
        (["1", "1", "2999"], "Date must be today or in the past"),
        (["x", "y", "z"], "Date must be a real date"),
        (["1"], "Date must include a year"),
    ],
)
def test_fact_dates_get_clear_messages(pages, draft, date_parts, message):
    response = post(
        pages,
        "author.fact_new",
        fact_answers(draft, occurred_on=date_parts),
        assessment_id=draft.id,
    )
    assert response.status_code == 200
    assert error_summary(parse(response)) == [message]


def test_an_empty_fact_says_what_to_enter(pages, draft):
    response = post(
        pages, "author.fact_new", {"version": version_of(draft)}, assessment_id=draft.id
    )
    assert error_summary(parse(response)) == [
        "Enter the date",
        "Enter what happened",
        "Enter who said so or which document it comes from",
        "Select how it is known",
        "Select a concern category",
    ]


def test_oversized_text_is_refused_and_kept(pages, draft):
    huge = "word " * 2500
    response = post(
        pages, "author.fact_new", fact_answers(draft, what_happened=huge), assessment_id=draft.id
    )
    page = parse(response)
    assert error_summary(page) == ["What happened must be 10,000 characters or fewer"]
    assert page.select_one("#what_happened").get_text().strip() == huge.strip()


def test_a_question_label_is_not_made_the_subject_of_the_error():
    from assist.author.journey_forms import too_long

    assert too_long("What do these facts mean for the child?", 10_000) == (
        "Your answer must be 10,000 characters or fewer"
    )
    assert too_long("Source", 200) == "Source must be 200 characters or fewer"


def test_html_is_stored_as_typed_and_shown_escaped(pages, draft):
    post(
        pages,
        "author.fact_new",
        fact_answers(draft, what_happened='<img src=x onerror=alert(1)> said "hungry"'),
        assessment_id=draft.id,
    )
    fact = db.session.scalar(
        sa.select(Fact).where(Fact.assessment_id == draft.id, Fact.number == 2)
    )
    assert fact.what_happened.startswith("<img")
    page = pages.get("author.facts", assessment_id=draft.id)
    assert page.select_one("main img") is None
    assert "<img src=x onerror=alert(1)>" in page.select_one("main table").get_text()


def test_analysis_cites_facts_and_the_fact_shows_what_uses_it(pages, draft, world):
    fact = world.items[("wendy_draft", "Fact")]
    response = post(
        pages,
        "author.analysis_new",
        {
            "version": version_of(draft),
            "meaning_for_child": "Kai goes without food",
            "cites": [f"fact:{fact.id}"],
            "contradicted_by": [f"fact:{fact.id}"],
            "reasoning": "Two sources say the same",
        },
        assessment_id=draft.id,
    )
    assert response.status_code == 302
    page = pages.get("author.analysis", assessment_id=draft.id)
    card = page.select_one("#A2")
    assert "Rests on: F1" in " ".join(card.get_text(" ").split())
    assert card.select_one("a[href$='#F1']") is not None
    facts = pages.get("author.facts", assessment_id=draft.id)
    assert "A1, A2" in text_of(facts, "#F1")


def test_citing_an_item_of_another_assessment_is_refused(pages, draft, world):
    others = world.items[("will_draft", "Fact")]
    response = post(
        pages,
        "author.analysis_new",
        {
            "version": version_of(draft),
            "meaning_for_child": "Borrowed evidence",
            "cites": [f"fact:{others.id}"],
        },
        assessment_id=draft.id,
    )
    assert error_summary(parse(response)) == ["Select only items from this assessment"]
    assert (
        db.session.scalar(
            sa.select(sa.func.count(Link.id)).where(
                Link.to_id == others.id, Link.assessment_id == draft.id
            )
        )
        == 0
    )


def test_a_recommendation_shows_what_it_answers_and_orphans_are_flagged(pages, draft, world):
    post(
        pages,
        "author.recommendation_new",
        {"version": version_of(draft), "action": "Parenting course"},
        assessment_id=draft.id,
    )
    page = pages.get("author.recommendations", assessment_id=draft.id)
    assert "Answers: D1" in " ".join(text_of(page, "#R1").split())
    assert "Answers no danger or conclusion" in text_of(page, "#R2")
    chain = pages.get("author.reasoning_map", assessment_id=draft.id)
    orphans = [
        " ".join(td.get_text(" ").split())
        for td in chain.select("tbody tr")
        if "Answers no danger" in td.get_text()
    ]
    assert len(orphans) == 1 and orphans[0].startswith("R2")


def test_a_recommendation_date_must_not_be_in_the_past(pages, draft):
    yesterday = clock.now().date() - timedelta(days=1)
    response = post(
        pages,
        "author.recommendation_new",
        {
            "version": version_of(draft),
            "action": "Visit",
            "by_when": [str(yesterday.day), str(yesterday.month), str(yesterday.year)],
        },
        assessment_id=draft.id,
    )
    assert error_summary(parse(response)) == ["By when must be today or in the future"]


def test_every_save_is_kept_as_a_version(pages, draft):
    before = db.session.scalar(sa.select(sa.func.count(AssessmentVersion.id)))
    post(pages, "author.fact_new", fact_answers(draft), assessment_id=draft.id)
    post(
        pages,
        "author.fact_new",
        fact_answers(draft, what_happened="Another"),
        assessment_id=draft.id,
    )
    versions = db.session.scalars(
        sa.select(AssessmentVersion).order_by(AssessmentVersion.version)
    ).all()
    assert len(versions) == before + 2
    latest = version_store.snapshot_at(draft.id, versions[-1].version)
    assert [f["text"] for f in latest["facts"]][-1] == "Another"
    page = pages.get("author.history", assessment_id=draft.id)
    assert len(page.select("tbody tr")) == len(versions)


def test_a_stale_save_gets_409_and_shows_both_versions(pages, draft, world):
    fact = world.items[("wendy_draft", "Fact")]
    stale = version_of(draft)
    post(
        pages,
        "author.fact_item",
        fact_answers(draft, what_happened="Saved in tab A"),
        assessment_id=draft.id,
        item_id=fact.id,
    )
    response = post(
        pages,
        "author.fact_item",
        fact_answers(draft, version=stale, what_happened="Typed in tab B"),
        assessment_id=draft.id,
        item_id=fact.id,
    )
    assert response.status_code == 409
    page = parse(response)
    assert text_of(page, "h1") == "This assessment changed while you were working"
    assert "Saved in tab A" in text_of(page, ".govuk-summary-list")
    assert page.select_one("#what_happened").get_text().strip() == "Typed in tab B"
    # The form now carries the new version, so "Save my version" goes through.
    retry = {
        field["name"]: field.get("value", "")
        for field in page.select("form input")
        if field.get("type") != "radio" and field.get("name")
    }
    assert retry["version"] == version_of(draft)
    db.session.expire_all()
    assert db.session.get(Fact, fact.id).what_happened == "Saved in tab A"


def test_delete_then_undo(pages, draft, world):
    fact = world.items[("wendy_draft", "Fact")]
    response = post(
        pages,
        "author.fact_delete",
        {"version": version_of(draft)},
        assessment_id=draft.id,
        item_id=fact.id,
    )
    page = parse(pages.client.get(response.location))
    assert page.select_one("#F1") is None
    undo = page.select_one("form[action$='/restore'] button")
    assert undo.get_text(strip=True) == "Undo delete"
    post(
        pages,
        "author.fact_restore",
        {"version": version_of(draft)},
        assessment_id=draft.id,
        item_id=fact.id,
    )
    page = pages.get("author.facts", assessment_id=draft.id)
    assert page.select_one("#F1") is not None
    assert "A1" in text_of(page, "#F1")  # its links came back with it


def test_submit_locks_editing_until_returned(pages, draft, world):
    response = post(pages, "author.submit", {"version": version_of(draft)}, assessment_id=draft.id)
    assert text_of(parse(response), "h1") == "Assessment submitted"
    db.session.expire_all()
    assert db.session.get(Assessment, draft.id).status == AssessmentStatus.SUBMITTED
    response = post(pages, "author.fact_new", fact_answers(draft), assessment_id=draft.id)
    assert response.status_code == 302
    page = parse(pages.client.get(response.location))
    assert "cannot be changed until it is returned" in text_of(page, ".govuk-notification-banner")
    assert (
        db.session.scalar(sa.select(sa.func.count(Fact.id)).where(Fact.assessment_id == draft.id))
        == 1
    )
    assert (
        pages.get("author.facts", assessment_id=draft.id).select_one("a[href$='/facts/new']")
        is None
    )


def test_change_links_from_check_answers_come_back(pages, draft):
    page = pages.get("author.check_answers", assessment_id=draft.id)
    change = page.select_one("a[href*='/facts?source=check-answers']")
    assert change is not None
    section = parse(pages.client.get(change["href"]))
    back = [a for a in section.select("main a.govuk-button")]
    assert back[-1].get_text(strip=True) == "Return to check your answers"


def test_check_answers_counts_each_part_of_a_danger_by_kind(pages, draft):
    page = pages.get("author.check_answers", assessment_id=draft.id)
    assert "He is seriously injured Probability: not judged. 1 hazard." in text_of(page, "main")
    from types import SimpleNamespace as Part

    from assist.labels import factor_counts

    parts = [Part(kind=k) for k in ("strength", "hazard", "strength", "information_gap")]
    assert factor_counts(parts) == "1 hazard, 2 strengths and 1 information gap"
    assert factor_counts([]) == "no hazards, strengths, gaps or methods yet"


def test_a_preverbal_child_with_no_observation_is_flagged(pages, draft, world):
    child = world.items[("wendy_draft", "Child")]
    child.is_preverbal = True
    experience = world.items[("wendy_draft", "ChildExperience")]
    experience.deleted_at = clock.now()
    db.session.commit()
    page = pages.get("author.child", assessment_id=draft.id)
    assert "Must be observed" in text_of(page, "main")


def test_the_chronology_view_counts_concerns_over_time(pages, draft):
    for day, category in (("1", "neglect"), ("2", "neglect"), ("3", "health")):
        post(
            pages,
            "author.fact_new",
            fact_answers(draft, occurred_on=[day, "4", "2026"], category=category),
            assessment_id=draft.id,
        )
    page = pages.get("author.chronology_view", assessment_id=draft.id)
    rows = {
        r.th.get_text(strip=True): [td.get_text(strip=True) for td in r.select("td")]
        for r in page.select("tbody tr")
    }
    # Five weeks from the first concern (2 March) to the last: counted week by week.
    assert rows["Week of 30 Mar 2026"][0] == "2 (2)"  # neglect, the commonest, comes first


def test_items_of_other_kinds_cannot_be_edited_through_the_wrong_url(pages, draft, world):
    analysis = world.items[("wendy_draft", "AnalysisStatement")]
    response = pages.client.get(
        pages.url("author.fact_item", assessment_id=draft.id, item_id=analysis.id)
    )
    # Either a fact that happens to share the id, or not found; never the analysis itself.
    if response.status_code == 200:
        assert analysis.meaning_for_child not in response.get_data(as_text=True)
    else:
        assert response.status_code == 404


def test_numbers_are_never_reused(pages, draft, world):
    fact = world.items[("wendy_draft", "Fact")]
    post(
        pages,
        "author.fact_delete",
        {"version": version_of(draft)},
        assessment_id=draft.id,
        item_id=fact.id,
    )
    post(pages, "author.fact_new", fact_answers(draft), assessment_id=draft.id)
    numbers = db.session.scalars(sa.select(Fact.number).where(Fact.assessment_id == draft.id))
    assert sorted(numbers) == [1, 2]
    assert db.session.scalar(sa.select(sa.func.count(AnalysisStatement.id))) >= 1
    assert db.session.scalar(sa.select(sa.func.count(Recommendation.id))) >= 1


def test_factors_belong_to_a_danger_of_this_assessment(pages, draft, world):
    others = world.items[("will_draft", "Danger")]
    for danger in ("", "abc", str(others.id), "99999"):
        response = pages.client.get(
            pages.url("author.factor_hazard_new", assessment_id=draft.id, danger=danger)
        )
        assert response.status_code == 404
    hazard = world.items[("wendy_draft", "RiskFactor")]
    assert (
        pages.client.get(
            pages.url("author.factor_strength_item", assessment_id=draft.id, item_id=hazard.id)
        ).status_code
        == 404
    )
    pages.get("author.factor_hazard_item", assessment_id=draft.id, item_id=hazard.id)


def test_autosave_answers_in_json(pages, draft, world):
    fact = world.items[("wendy_draft", "Fact")]
    url = pages.url("author.fact_item", assessment_id=draft.id, item_id=fact.id)
    json_headers = {"Accept": "application/json"}
    saved = pages.client.post(
        url, data=fact_answers(draft, what_happened="Autosaved"), headers=json_headers
    )
    assert saved.status_code == 200
    assert saved.get_json()["version"] == int(version_of(draft))
    invalid = pages.client.post(
        url, data=fact_answers(draft, what_happened=""), headers=json_headers
    )
    assert invalid.status_code == 422 and "what_happened" in invalid.get_json()["errors"]
    stale = pages.client.post(url, data=fact_answers(draft, version="1"), headers=json_headers)
    assert stale.status_code == 409 and stale.get_json()["conflict"] is True
    db.session.expire_all()
    assert db.session.get(Fact, fact.id).what_happened == "Autosaved"


def test_compare_two_versions_and_restore_the_older(pages, draft, world):
    fact = world.items[("wendy_draft", "Fact")]
    post(
        pages,
        "author.fact_item",
        fact_answers(draft, what_happened="First wording"),
        assessment_id=draft.id,
        item_id=fact.id,
    )
    first = int(version_of(draft))
    post(
        pages,
        "author.fact_item",
        fact_answers(draft, what_happened="Second wording"),
        assessment_id=draft.id,
        item_id=fact.id,
    )
    post(
        pages,
        "author.fact_new",
        fact_answers(draft, what_happened="A new fact"),
        assessment_id=draft.id,
    )
    latest = int(version_of(draft))
    page = pages.get("author.compare_versions", assessment_id=draft.id, older=first, newer=latest)
    titles = [" ".join(h.get_text().split()) for h in page.select(".govuk-summary-card__title")]
    assert titles == ["Facts: F1 changed", "Facts: F2 added"]
    assert "First wording" in text_of(page, "main") and "Second wording" in text_of(page, "main")
    response = post(
        pages,
        "author.restore_version",
        {"version": version_of(draft)},
        assessment_id=draft.id,
        number=first,
    )
    assert response.status_code == 302
    facts = pages.get("author.facts", assessment_id=draft.id)
    assert [r.th.get_text(strip=True) for r in facts.select("tbody tr")] == ["F1"]
    assert "First wording" in text_of(facts, "#F1")
    assert "A1" in text_of(facts, "#F1")  # the analysis still cites it
    history = pages.get("author.history", assessment_id=draft.id)
    assert len(history.select("tbody tr")) == latest  # every version is still there


def test_restoring_a_version_keeps_every_item_and_person_the_same_record(pages, draft, world):
    kept = {
        name: world.items[("wendy_draft", name)].id
        for name in ("Child", "Adult", "Fact", "ChildExperience", "RiskFactor", "Danger")
    }
    fact = world.items[("wendy_draft", "Fact")]
    post(
        pages,
        "author.fact_item",
        fact_answers(draft, what_happened="Wording to go back to"),
        assessment_id=draft.id,
        item_id=fact.id,
    )
    wanted = int(version_of(draft))
    for endpoint, name in (
        ("author.adult_delete", "Adult"),
        ("author.experience_delete", "ChildExperience"),
    ):
        response = post(
            pages,
            endpoint,
            {"version": version_of(draft)},
            assessment_id=draft.id,
            item_id=kept[name],
        )
        assert response.status_code == 302
    post(
        pages,
        "author.restore_version",
        {"version": version_of(draft)},
        assessment_id=draft.id,
        number=wanted,
    )
    db.session.expire_all()
    people = pages.get("author.people", assessment_id=draft.id)
    assert "Adult" in text_of(people, "main")
    child_page = pages.get("author.child", assessment_id=draft.id)
    assert "He flinched" in text_of(child_page, "main")
    for model, name in ((Child, "Child"), (Adult, "Adult"), (ChildExperience, "ChildExperience")):
        live = db.session.scalars(
            sa.select(model.id).where(model.assessment_id == draft.id, model.deleted_at.is_(None))
        ).all()
        assert live == [kept[name]], name  # the same record back, not a copy with a new id
    # A link made before the restore (add words for this child) still names the same child.
    new_words = pages.get(
        "author.experience_new", assessment_id=draft.id, child=str(kept["Child"]), kind="words"
    )
    assert new_words.select_one(f'input[name="child_id"][value="{kept["Child"]}"][checked]')


def test_comparing_nonsense_versions_is_handled(pages, draft):
    response = pages.client.get(
        pages.url("author.compare_versions", assessment_id=draft.id, older="x", newer="2")
    )
    assert response.status_code == 302
    missing = pages.client.get(
        pages.url("author.compare_versions", assessment_id=draft.id, older=1, newer=999)
    )
    assert missing.status_code == 404


def test_saving_one_item_while_another_tab_saved_a_different_one_is_not_a_conflict(
    pages, draft, world
):
    fact = world.items[("wendy_draft", "Fact")]
    post(
        pages,
        "author.fact_new",
        fact_answers(draft, what_happened="Baseline"),
        assessment_id=draft.id,
    )  # a snapshot now exists for the version both tabs see
    both_tabs_saw = version_of(draft)
    post(
        pages,
        "author.fact_new",
        fact_answers(draft, what_happened="Tab A adds a fact"),
        assessment_id=draft.id,
    )
    response = post(
        pages,
        "author.fact_item",
        fact_answers(draft, version=both_tabs_saw, what_happened="Tab B edits F1"),
        assessment_id=draft.id,
        item_id=fact.id,
    )
    assert response.status_code == 302
    db.session.expire_all()
    assert db.session.get(Fact, fact.id).what_happened == "Tab B edits F1"
    texts = db.session.scalars(
        sa.select(Fact.what_happened).where(Fact.assessment_id == draft.id)
    ).all()
    assert "Tab A adds a fact" in texts


def test_a_child_named_by_a_danger_cannot_be_deleted(pages, draft, world):
    child = world.items[("wendy_draft", "Child")]
    response = post(
        pages,
        "author.child_record_delete",
        {"version": version_of(draft)},
        assessment_id=draft.id,
        item_id=child.id,
    )
    page = parse(pages.client.get(response.location))
    assert "was not deleted: 1 entry about their experience and 1 danger name them" in text_of(
        page, ".govuk-notification-banner"
    )
    db.session.expire_all()
    assert db.session.get(type(child), child.id).deleted_at is None


def test_date_errors_link_to_the_day_box(pages, draft):
    response = post(
        pages,
        "author.fact_new",
        fact_answers(draft, occurred_on=["", "", ""]),
        assessment_id=draft.id,
    )
    page = parse(response)
    link = page.select_one(".govuk-error-summary a")
    assert link["href"] == "#occurred_on-day"
    assert page.select_one("#occurred_on-day") is not None


def test_long_facts_in_the_rests_on_choices_are_shortened_at_a_word(pages, draft, world):
    fact = world.items[("wendy_draft", "Fact")]
    fact.what_happened = "On my home visit there was no food in the fridge. " * 4 + "mattress"
    db.session.commit()
    analysis = world.items[("wendy_draft", "AnalysisStatement")]
    page = pages.get("author.analysis_item", assessment_id=draft.id, item_id=analysis.id)
    label = next(
        " ".join(lab.get_text().split())
        for lab in page.select("label")
        if lab.get_text().strip().startswith("F1")
    )
    assert label.endswith("…")
    # The last word shown is a whole word of the fact, not a word cut in half.
    assert label[:-1].split()[-1] in fact.what_happened.split()


def test_the_risk_page_reads_probability_and_reasoning_as_one_sentence(pages, draft, world):
    from assist.models.content import Probability

    danger = world.items[("wendy_draft", "Danger")]
    danger.probability = Probability.HIGH
    danger.probability_reasoning = "The pattern has lasted a year."
    db.session.commit()
    page = pages.get("author.risk", assessment_id=draft.id)
    assert "Probability: High. The pattern has lasted a year." in text_of(page, "main")


def test_comparing_versions_shows_answers_in_words_not_stored_values(pages, draft, world):
    fact = world.items[("wendy_draft", "Fact")]
    post(
        pages,
        "author.fact_item",
        fact_answers(draft, how_known="seen_by_me", date_precision="exact"),
        assessment_id=draft.id,
        item_id=fact.id,
    )
    first = int(version_of(draft))
    post(
        pages,
        "author.fact_item",
        fact_answers(
            draft,
            how_known="reported_by_professional",
            date_precision="month",
            occurred_on=["1", "2", "2026"],
        ),
        assessment_id=draft.id,
        item_id=fact.id,
    )
    page = pages.get(
        "author.compare_versions",
        assessment_id=draft.id,
        older=first,
        newer=int(version_of(draft)),
    )
    shown = text_of(page, "main")
    assert "Reported by another professional" in shown and "Seen by me" in shown
    assert "February 2026" in shown and "Sometime that month" in shown
    for stored in ("reported_by_professional", "seen_by_me", "2026-02-01"):
        assert stored not in shown
