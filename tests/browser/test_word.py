"""A social worker's whole Word round in a real browser: check a Word document, see what the
rubric noticed, turn it into a draft, then download the draft as Word. Every page passes
axe-core with no serious or critical violations, and nothing needs JavaScript."""

import docx
from playwright.sync_api import expect

from tests.browser.helpers import assert_accessible, expect_banner, heading, sign_in
from tests.word import samples


def check_page(page, screenshots, name):
    page.screenshot(path=screenshots / f"{name}.png", full_page=True)
    assert_accessible(page, name)


def test_check_a_word_document_make_a_draft_and_download_it(page, screenshots, tmp_path):
    sign_in(page, "wendy")
    page.get_by_role("link", name="Check a Word document against the rubric").click()
    expect(heading(page)).to_have_text("Check a Word document")
    check_page(page, screenshots, "word-check")

    page.get_by_role("button", name="Check the document").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text("Select a Word document")
    check_page(page, screenshots, "word-check-error")

    upload = tmp_path / "amy-assessment.docx"
    upload.write_bytes(samples.real_looking())
    page.get_by_label("Upload a Word document").set_input_files(upload)
    page.get_by_role("button", name="Check the document").click()
    expect(heading(page)).to_have_text("What the rubric noticed in your Word document")
    expect(page.get_by_text("is a judgement").first).to_be_visible()
    check_page(page, screenshots, "word-results")

    page.get_by_label("Which case is this assessment for?").select_option(
        label="CASE-WENDY (wendy family)"
    )
    page.get_by_label("Assessment title").fill("Amy, from Word")
    page.get_by_role("button", name="Turn this into a draft assessment").click()
    expect(heading(page)).to_have_text("Amy, from Word")
    expect_banner(page, "Draft created")

    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download as Word (.docx)").click()
    download = download_info.value
    assert download.suggested_filename.startswith("CASE-WENDY-assessment-v")
    word = docx.Document(str(download.path()))
    assert word.paragraphs[0].text == "Amy, from Word"
    chronology = next(t for t in word.tables if t.rows[0].cells[1].text == "Date")
    # The document's dates became the facts' dates, in the Date column, not in the text.
    assert chronology.rows[1].cells[1].text.startswith("3 May 2024")
    assert chronology.rows[1].cells[2].text.startswith("I saw no food")


def test_download_a_family_version_from_the_task_list_and_check_your_answers(
    page, screenshots, world
):
    sign_in(page, "wendy")
    page.goto(f"/cases/assessments/{world.assessments['wendy_draft'].id}")
    check_page(page, screenshots, "word-family-task-list")
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download a family version (.docx)").click()
    download = download_info.value
    assert download.suggested_filename.endswith("-family-version.docx")
    word = docx.Document(str(download.path()))
    headings = [p.text for p in word.paragraphs if p.style.name == "Heading 1"]
    assert headings[0].startswith("What life is like for")
    assert headings[1] in ("What we are asking you to do", "What needs to happen")

    page.get_by_role("button", name="Check your answers").click()
    check_page(page, screenshots, "word-family-check-answers")
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download a family version (.docx)").click()
    assert download_info.value.suggested_filename == download.suggested_filename
