"""A new user's Word document, imported: what the draft shows on the pages afterwards. A date
written as a season keeps its words, the whole household is read, how each fact is known is
taken from the document's own words, a missing source says so plainly, a council's name is no
fact to sort, and the facts are confirmed only once every one has a category."""

import io

import docx
import sqlalchemy as sa

from assist.extensions import db
from assist.models import Assessment
from tests.word.test_whole_import import _save


def _imported(pages, world, word, title="Amy"):
    pages.sign_in(world.user("wendy"))
    response = pages.client.post(
        pages.url("author.check_word"),
        data={"document": (io.BytesIO(_save(word)), "amy.docx")},
        content_type="multipart/form-data",
    )
    assert response.status_code == 302, response.status_code
    results = pages.get("author.word_results")
    pages.post("author.word_draft", data={"case_id": world.cases["wendy"].id, "title": title})
    assessment = db.session.scalar(sa.select(Assessment).where(Assessment.title == title))
    return assessment, results


def _chronology(pages, assessment):
    page = pages.get("author.facts", assessment_id=assessment.id)
    return [
        [" ".join(cell.get_text(" ").split()) for cell in tr.select("td")]
        for tr in page.select("table.assist-chronology tbody tr")
    ]


def test_a_date_written_as_a_season_keeps_its_words(pages, world):
    word = docx.Document()
    word.add_heading("Chronology", level=1)
    word.add_paragraph("Spring 2024 - Rachel and Amy moved to Northshire.")
    word.add_paragraph("3 May 2024 - Amy started at Oak Primary. Source: school office")
    assessment, _results = _imported(pages, world, word)
    dates_and_words = [row[:2] for row in _chronology(pages, assessment)]
    assert dates_and_words[0][0] == "About April 2024"
    assert dates_and_words[0][1].startswith("Spring 2024 - Rachel and Amy moved to Northshire.")
    assert dates_and_words[1][1].startswith("Amy started at Oak Primary.")
