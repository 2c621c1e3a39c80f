"""Word in the web app: a worker downloads an assessment (and a supervisor a copy with the open
findings), every export is audit-logged; a worker checks a Word document, sees the findings, and
turns it into a draft on one of their cases. Hostile files get a plain message and keep nothing."""

import io
import random

import docx
import pytest
import sqlalchemy as sa

from assist.extensions import db
from assist.models import Assessment, AuditEvent, Fact, WordImport
from tests.conftest import count
from tests.pages import error_summary, parse, text_of
from tests.word import samples
from tests.world import add_items

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _upload(pages, data, name="amy.docx"):
    return pages.client.post(
        pages.url("author.check_word"),
        data={"document": (io.BytesIO(data), name)},
        content_type="multipart/form-data",
    )


def _exports():
    return db.session.scalars(sa.select(AuditEvent).where(AuditEvent.action == "export")).all()


def test_a_worker_downloads_their_assessment_as_word_and_it_is_audited(pages, world):
    assessment = world.assessments["wendy_draft"]
    pages.sign_in(world.user("wendy"))
    task_list = pages.get("author.assessment", assessment_id=assessment.id)
    link = task_list.find("a", string="Download as Word (.docx)")
    assert link is not None
    check_answers = pages.get("author.check_answers", assessment_id=assessment.id)
    assert check_answers.find("a", string="Download as Word (.docx)")["href"] == link["href"]
    response = pages.client.get(link["href"])
    assert response.status_code == 200 and response.mimetype == DOCX
    assert response.headers["Content-Disposition"].startswith("attachment;")
    assert "CASE-WENDY-assessment-v" in response.headers["Content-Disposition"]
    word = docx.Document(io.BytesIO(response.data))
    assert word.paragraphs[0].style.name == "Title"
    assert word.paragraphs[0].text == "wendy draft"
    title_block = {row.cells[0].text: row.cells[1].text for row in word.tables[0].rows}
    assert title_block["Case"] == "CASE-WENDY wendy family"
    assert title_block["Written by"] == "Wendy Worker"
    header = word.sections[0].header.paragraphs[0].text
    assert header == "OFFICIAL-SENSITIVE    Draft – not yet signed off"
    (event,) = _exports()
    assert (event.user_id, event.record_id, event.detail) == (
        world.users["wendy"].id,
        assessment.id,
        "Word document",
    )
    other = world.assessments["will_draft"]
    assert (
        pages.client.get(pages.url("author.download_word", assessment_id=other.id)).status_code
        == 404
    )


def test_a_supervisor_copy_has_the_open_findings_as_an_appendix(pages, world):
    assessment = world.assessments["wendy_submitted"]
    add_items(world, "wendy_submitted", assessment)
    db.session.commit()
    pages.sign_in(world.user("nadia"))
    page = pages.get("supervisor.assessment", assessment_id=assessment.id)
    link = page.find("a", href=pages.url("supervisor.assessment_word", assessment_id=assessment.id))
    assert link is not None
    response = pages.client.get(link["href"])
    assert response.status_code == 200
    word = docx.Document(io.BytesIO(response.data))
    headings = [p.text for p in word.paragraphs if p.style.name == "Heading 1"]
    assert headings[-1] == "Appendix: open rubric findings"
    assert word.tables[-1].rows[0].cells[2].text == "Finding"
    assert len(word.tables[-1].rows) > 1
    (event,) = _exports()
    assert event.detail == "Word document with open findings"
    pages.sign_in(world.user("sol"))  # another team's supervisor
    assert pages.client.get(link["href"]).status_code == 404


@pytest.mark.db
def test_check_a_word_document_then_turn_it_into_a_draft(pages, world, engine):
    wendy = world.user("wendy")
    pages.sign_in(wendy)
    dashboard = pages.get("author.dashboard")
    assert dashboard.find("a", href=pages.url("author.check_word"))
    upload = _upload(pages, samples.real_looking())
    assert upload.status_code == 302 and upload.location == pages.url("author.word_results")
    results = pages.get("author.word_results")
    assert "amy.docx" in text_of(results, ".govuk-caption-l")
    findings = text_of(results, "main")
    assert "'poor' is a judgement" in findings
    assert "2 facts" in findings and "1 recommendation" in findings
    assert count(WordImport) == 1
    # Someone else sees nothing of it.
    pages.sign_in(world.user("will"))
    assert "You have not checked" in text_of(pages.get("author.word_results"), "main")
    pages.sign_in(wendy)
    # Not someone else's case.
    refused = pages.post(
        "author.word_draft",
        data={"case_id": world.cases["sasha"].id, "title": "From Word"},
        status=200,
    )
    assert error_summary(parse(refused))
    before = count(Assessment)
    made = pages.post(
        "author.word_draft", data={"case_id": world.cases["wendy"].id, "title": "From Word"}
    )
    assert count(Assessment) == before + 1
    assessment = db.session.scalar(sa.select(Assessment).where(Assessment.title == "From Word"))
    assert made.location == pages.url("author.assessment", assessment_id=assessment.id)
    facts = db.session.scalars(
        sa.select(Fact).where(Fact.assessment_id == assessment.id).order_by(Fact.number)
    ).all()
    # The chronology table's dates are the facts' dates; its source column their sources.
    assert [(str(fact.occurred_on), fact.what_happened[:10], fact.source) for fact in facts] == [
        ("2024-05-03", "I saw no f", "Home visit"),
        ("2024-05-04", "Amy arrive", "Nursery"),
    ]
    assert count(WordImport) == 0  # used, so no longer kept
    pages.get("author.assessment", assessment_id=assessment.id)
    actions = db.session.scalars(
        sa.select(AuditEvent.action).where(AuditEvent.user_id == wendy.id)
    ).all()
    assert {"import", "create"} <= set(actions)


@pytest.mark.parametrize(
    ("data", "name", "words"),
    [
        (
            samples.rewrite(samples.simple(), add=[("word/vbaProject.bin", b"x")]),
            "a.docx",
            "macros",
        ),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 2000, "a.docx", "password-protected"),
        (samples.simple(), "amy.pdf", "must be a Word document (.docx)"),
        (samples.tracked_changes()[:300], "a.docx", "damaged"),
    ],
)
def test_a_bad_upload_gets_a_plain_message_and_nothing_is_kept(pages, world, data, name, words):
    pages.sign_in(world.user("wendy"))
    # How fast a refusal comes is measured in bench/bench_uploads.py, not timed here: a timed
    # test fails on a busy machine and says nothing a user would notice.
    response = _upload(pages, data, name)
    assert response.status_code == 200
    page = parse(response)
    (message,) = error_summary(page)
    assert words in message
    assert page.select_one("#document-error") is not None
    assert count(WordImport) == 0


def test_a_word_document_larger_than_other_forms_is_accepted_up_to_the_cap(pages, world, app):
    assert app.config["MAX_CONTENT_LENGTH"] < 3 * 1024 * 1024
    picture = random.Random(5).randbytes(3 * 1024 * 1024)  # a photo: does not compress
    large = samples.rewrite(samples.simple(), add=[("word/media/image1.bin", picture)])
    assert len(large) > 3 * 1024 * 1024
    pages.sign_in(world.user("wendy"))
    assert _upload(pages, large).status_code == 302
    too_large = _upload(pages, large + b"\0" * (3 * 1024 * 1024))
    assert too_large.status_code == 413
    assert "too large" in text_of(parse(too_large), "h1")


def test_no_file_chosen(pages, world):
    pages.sign_in(world.user("wendy"))
    response = pages.client.post(pages.url("author.check_word"), data={})
    assert error_summary(parse(response)) == ["Select a Word document"]


def test_tracked_changes_are_shown_as_a_warning(pages, world):
    pages.sign_in(world.user("wendy"))
    assert _upload(pages, samples.tracked_changes()).status_code == 302
    page = pages.get("author.word_results")
    assert "tracked changes" in text_of(page, ".govuk-warning-text")


def test_a_checked_word_document_lists_its_spelling_mistakes_without_fix_buttons(pages, world):
    pages.sign_in(world.user("wendy"))
    upload = samples.simple("Amy told me she was hungry at nursary; Amy's colour was pale.")
    assert _upload(pages, upload).status_code == 302
    page = pages.get("author.word_results")
    assert text_of(page, "#spelling-title") == "Spelling and grammar (1)"
    issue = text_of(page, "[data-spelling-issue]")
    assert "“nursary” is not in the British English dictionary" in issue
    assert not page.select("[data-spelling-issue] form")  # fixed in Word, not here
