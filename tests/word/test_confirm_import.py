"""A section a Word import filled counts as Completed only once the worker confirms they have
checked it: what a document held is not yet what the worker knows."""

import io

import sqlalchemy as sa

from assist.extensions import db
from assist.models import Assessment
from tests.pages import text_of
from tests.word.test_whole_import import council_template


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
