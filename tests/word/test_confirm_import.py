"""A section a Word import filled counts as Completed only once the worker confirms they have
checked it: what a document held is not yet what the worker knows."""

import io

import docx
import sqlalchemy as sa

from assist.extensions import db
from assist.models import Assessment, Fact
from tests.pages import parse, text_of
from tests.test_journey import fact_answers, post
from tests.word.test_whole_import import _save, council_template


def test_an_imported_section_is_completed_only_once_the_worker_confirms_it(pages, world):
    wendy = world.user("wendy")
    pages.sign_in(wendy)
    pages.client.post(
        pages.url("author.check_word"),
        data={"document": (io.BytesIO(council_template()), "amy.docx")},
        content_type="multipart/form-data",
    )
    pages.post("author.word_draft", data={"case_id": world.cases["wendy"].id, "title": "Amy"})
    assessment = db.session.scalar(sa.select(Assessment).where(Assessment.title == "Amy"))

    def status_of(title):
        task_list = pages.get("author.assessment", assessment_id=assessment.id)
        for item in task_list.select(".govuk-task-list__item"):
            if title in item.get_text():
                return " ".join(item.select_one(".govuk-task-list__status").get_text().split())
        raise AssertionError(title)

    # Children and adults are there, yet the import alone does not complete the section.
    assert status_of("About the child and household") == "In progress"
    people = pages.get("author.people", assessment_id=assessment.id)
    assert "Check this section, then confirm it" in text_of(people, "main")
    # The button comes after the section's content, so it is pressed once all of it is read.
    button = people.select_one("#confirm-import button, #confirm-import input[type=submit]")
    main = str(people.select_one("main"))
    assert button is not None
    assert main.index('id="confirm-import"') > main.index("<h1")
    assert people.select_one("a[href='#confirm-import']") is not None
    pages.post(
        "author.confirm_imported_section",
        values={"assessment_id": assessment.id},
        data={"section": "people"},
    )
    assert status_of("About the child and household") == "Completed"
    people = pages.get("author.people", assessment_id=assessment.id)
    assert "Check this section, then confirm it" not in text_of(people, "main")
    # Someone else cannot confirm it, nor a section that does not exist.
    pages.sign_in(world.user("will"))
    pages.post(
        "author.confirm_imported_section",
        values={"assessment_id": assessment.id},
        data={"section": "facts"},
        status=404,
    )
    pages.sign_in(wendy)
    pages.post(
        "author.confirm_imported_section",
        values={"assessment_id": assessment.id},
        data={"section": "nope"},
        status=400,
    )


def _imported(pages, world, word, title):
    pages.sign_in(world.user("wendy"))
    pages.client.post(
        pages.url("author.check_word"),
        data={"document": (io.BytesIO(_save(word)), "kai.docx")},
        content_type="multipart/form-data",
    )
    pages.post("author.word_draft", data={"case_id": world.cases["wendy"].id, "title": title})
    return db.session.scalar(sa.select(Assessment).where(Assessment.title == title))


def test_the_facts_cannot_be_confirmed_while_any_is_still_marked_to_sort(pages, world):
    word = docx.Document()
    word.add_heading("Chronology", level=1)
    word.add_paragraph("12/09/2026 - Mum rang the school to say Kai was ill.")
    word.add_heading("Case notes", level=1)  # no section of ours: its text is to sort
    word.add_paragraph("Nobody answered the door.")
    word.add_paragraph("Kai's coat was too small.")
    assessment = _imported(pages, world, word, "Kai")
    confirm = {"values": {"assessment_id": assessment.id}, "data": {"section": "facts"}}

    refused = parse(pages.post("author.confirm_imported_section", status=200, **confirm))
    assert refused.title.get_text().startswith("Error: ")
    # F1, from the chronology, has no category; F2 and F3 are still marked to sort.
    assert "3 facts still need a category: 2 marked ‘imported: sort me’ and 1 with none." in (
        text_of(refused, ".govuk-error-summary")
    )
    links = refused.select(".govuk-error-summary__list a")
    assert [link.get_text(strip=True) for link in links] == [
        "Choose a category for F1",
        "Choose a category for F2",
        "Choose a category for F3",
    ]
    fact_page = pages.client.get(links[1]["href"])
    assert "Nobody answered the door." in parse(fact_page).get_text()
    assert _status_of(pages, assessment, "Facts and chronology") == "In progress"

    first = min(f.id for f in _facts_of(assessment))
    answers = fact_answers(assessment, occurred_on=["12", "9", "2026"], category="health")
    post(pages, "author.fact_item", answers, assessment_id=assessment.id, item_id=first)
    still = parse(pages.post("author.confirm_imported_section", status=200, **confirm))
    assert "2 facts are still marked ‘imported: sort me’" in text_of(still, ".govuk-error-summary")
    for item_id in sorted(f.id for f in _facts_of(assessment) if f.number > 1):
        answers = fact_answers(
            assessment, occurred_on=["", "", ""], date_precision="unknown", category="other"
        )
        post(pages, "author.fact_item", answers, assessment_id=assessment.id, item_id=item_id)
        if item_id != max(f.id for f in _facts_of(assessment)):
            still = parse(pages.post("author.confirm_imported_section", status=200, **confirm))
            assert "1 fact is still marked" in text_of(still, ".govuk-error-summary")
    pages.post("author.confirm_imported_section", **confirm)
    assert _status_of(pages, assessment, "Facts and chronology") == "Completed"


def _facts_of(assessment):
    db.session.expire_all()
    return db.session.scalars(sa.select(Fact).where(Fact.assessment_id == assessment.id)).all()


def _status_of(pages, assessment, title):
    task_list = pages.get("author.assessment", assessment_id=assessment.id)
    (item,) = [i for i in task_list.select(".govuk-task-list__item") if title in i.get_text()]
    return text_of(item, ".govuk-task-list__status")


def test_the_facts_cannot_be_confirmed_while_any_has_no_category(pages, world):
    word = docx.Document()
    word.add_heading("Chronology", level=1)
    word.add_paragraph("12/09/2026 - Mum rang the school to say Kai was ill.")
    word.add_paragraph("13/09/2026 - Kai was back at school.")
    assessment = _imported(pages, world, word, "Kai")
    facts = pages.get("author.facts", assessment_id=assessment.id)
    assert "No category" in text_of(facts, "table.assist-chronology")
    confirm = {"values": {"assessment_id": assessment.id}, "data": {"section": "facts"}}

    refused = parse(pages.post("author.confirm_imported_section", status=200, **confirm))
    summary = text_of(refused, ".govuk-error-summary")
    assert "2 facts have no category. Give each a category" in summary
    links = refused.select(".govuk-error-summary__list a")
    assert [link.get_text(strip=True) for link in links] == [
        "Choose a category for F1",
        "Choose a category for F2",
    ]
    assert _status_of(pages, assessment, "Facts and chronology") == "In progress"

    first, second = sorted(f.id for f in _facts_of(assessment))
    answers = fact_answers(assessment, occurred_on=["12", "9", "2026"], category="health")
    post(pages, "author.fact_item", answers, assessment_id=assessment.id, item_id=first)
    still = parse(pages.post("author.confirm_imported_section", status=200, **confirm))
    assert "1 fact has no category. Give it a category" in text_of(still, ".govuk-error-summary")
    answers = fact_answers(assessment, occurred_on=["13", "9", "2026"], category="education")
    post(pages, "author.fact_item", answers, assessment_id=assessment.id, item_id=second)
    pages.post("author.confirm_imported_section", **confirm)
    assert _status_of(pages, assessment, "Facts and chronology") == "Completed"
