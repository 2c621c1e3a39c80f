"""A new user's Word document, imported: what the draft shows on the pages afterwards. A date
written as a season keeps its words, the whole household is read, how each fact is known is
taken from the document's own words, a missing source says so plainly, a council's name is no
fact to sort, and the facts are confirmed only once every one has a category."""

import io

import docx
import sqlalchemy as sa

from assist.extensions import db
from assist.models import Assessment
from tests.pages import chronology_cells, text_of
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
    return chronology_cells(pages.get("author.facts", assessment_id=assessment.id), "td")


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


def _cards(page, heading):
    """The summary cards under a heading of the people page: name -> {key: value}."""
    found = {}
    start = page.find("h2", string=heading)
    for card in start.find_all_next(class_="govuk-summary-card"):
        previous = card.find_previous("h2")
        if previous is not start:
            break
        rows = {
            " ".join(row.select_one("dt").get_text().split()): " ".join(
                row.select_one("dd").get_text().split()
            )
            for row in card.select(".govuk-summary-list__row")
        }
        found[card.select_one(".govuk-summary-card__title").get_text(strip=True)] = rows
    return found


def test_everyone_in_a_household_sentence_is_read_with_their_ages_and_relationships(pages, world):
    word = docx.Document()
    word.add_paragraph("Child and family assessment", style="Title")
    word.add_heading("Family composition", level=1)
    word.add_paragraph(
        "Amy Carter (aged 6) lives with her mother Rachel Carter (aged 31) and Rachel's "
        "partner Mark Doyle (aged 35)."
    )
    word.add_heading("Chronology", level=1)
    word.add_paragraph("3 May 2024 - Amy started at Oak Primary. Source: school office")
    assessment, results = _imported(pages, world, word)
    assert "Amy Carter is 6 in the document; add their date of birth" in text_of(results, "main")
    household = [" ".join(li.get_text().split()) for li in results.select("#household li")]
    assert household == [
        "Amy Carter, child",
        "Rachel Carter, mother",
        "Mark Doyle, Rachel's partner",
    ]

    people = pages.get("author.people", assessment_id=assessment.id)
    assert list(_cards(people, "Children")) == ["Amy Carter"]
    adults = _cards(people, "Adults in or around the household")
    assert list(adults) == ["Rachel Carter", "Mark Doyle"]
    assert adults["Rachel Carter"]["Relationship to the child"] == "mother"
    assert adults["Mark Doyle"]["Relationship to the child"] == "Rachel's partner"
    assert adults["Mark Doyle"]["Lives in the household"] == "Yes"
    assert "Mark Doyle (aged 35)" in adults["Mark Doyle"]["What is known"]
    assert "Rachel Carter (aged 31)" in adults["Rachel Carter"]["What is known"]


def test_how_each_fact_is_known_comes_from_the_documents_own_words(pages, world):
    word = docx.Document()
    word.add_heading("Chronology", level=1)
    for line in (
        "12/05/2024 - During my home visit the kitchen had no food.",
        "13/05/2024 - Amy was late for the third time this week. Source: class teacher",
        "14/05/2024 - Mum told me she had not slept for two days.",
        "15/05/2024 - Amy's weight had dropped. Source: health visitor",
        "16/05/2024 - The school reported Amy was hungry at lunch.",
        "17/05/2024 - Amy was seen at school with a bruise on her arm.",
        "18/05/2024 - Police attended after a neighbour's call. Source: police log",
    ):
        word.add_paragraph(line)
    assessment, _results = _imported(pages, world, word)
    page = pages.get("author.facts", assessment_id=assessment.id)
    how_known = {
        tr.select("td")[1].get_text(" ", strip=True).split(".")[0]: tr.select_one(
            "td:nth-of-type(3) .govuk-body-s"
        ).get_text(strip=True)
        for tr in page.select("table.assist-chronology tbody tr")
    }
    assert how_known == {
        "During my home visit the kitchen had no food": "Seen by me",
        "Amy was late for the third time this week": "Reported by another professional",
        "Mum told me she had not slept for two days": "Said by a parent or carer",
        "Amy's weight had dropped": "Reported by another professional",
        "The school reported Amy was hungry at lunch": "Reported by another professional",
        # No clear words: from records, as the document is one.
        "Amy was seen at school with a bruise on her arm": "From records",
        "Police attended after a neighbour's call": "Reported by another professional",
    }


def test_a_fact_the_document_gave_no_source_for_says_so_plainly_everywhere(pages, world):
    word = docx.Document()
    word.add_heading("Chronology", level=1)
    word.add_paragraph("12/05/2024 - Amy missed school all week.")
    word.add_paragraph("13/05/2024 - Amy was late again. Source: class teacher")
    assessment, _results = _imported(pages, world, word)
    placeholder = "Imported Word document"

    facts = pages.get("author.facts", assessment_id=assessment.id)
    sources = [
        tr.select("td")[2].contents[0].strip()
        for tr in facts.select("table.assist-chronology tbody tr")
    ]
    assert sources == ["Not given in the document", "class teacher"]
    assert placeholder not in text_of(facts, "main")

    check_answers = pages.get("author.check_answers", assessment_id=assessment.id)
    assert "Amy missed school all week. (Not given in the document)" in text_of(
        check_answers, "main"
    )
    assert placeholder not in text_of(check_answers, "main")

    response = pages.client.get(pages.url("author.download_word", assessment_id=assessment.id))
    exported = docx.Document(io.BytesIO(response.data))
    chronology = next(
        t for t in exported.tables if "What happened" in [c.text for c in t.rows[0].cells]
    )
    assert [row.cells[3].text for row in chronology.rows[1:]] == [
        "Not given in the document",
        "class teacher",
    ]
    assert placeholder not in "\n".join(
        cell.text for table in exported.tables for row in table.rows for cell in row.cells
    )


def test_a_council_name_before_the_first_section_is_a_note_not_a_fact_to_sort(pages, world):
    word = docx.Document()
    word.add_paragraph("Northshire County Council – Children's Services")
    word.add_paragraph("Child and Family Assessment", style="Title")
    word.add_paragraph("Prepared by Jo Bloggs, Social Worker")
    word.add_paragraph("Mum rang to say Amy had a rash.")  # before any section, and no title
    word.add_heading("Chronology", level=1)
    word.add_paragraph("12/05/2024 - Amy missed school all week.")
    assessment, results = _imported(pages, world, word)
    notes = [text_of(w, ".govuk-warning-text__text") for w in results.select(".govuk-warning-text")]
    for line in ("Northshire County Council – Children's Services", "Prepared by Jo Bloggs"):
        assert any(line in note and "is about the document" in note for note in notes), notes
    assert "1 paragraph not yet sorted into a section" in text_of(results, "main")
    assert results.select_one("input[name=title]")["value"] == "Child and Family Assessment"
    facts = text_of(pages.get("author.facts", assessment_id=assessment.id), "main")
    assert "Northshire" not in facts and "Child and Family Assessment" not in facts
    assert "Mum rang to say Amy had a rash." in facts  # kept, to sort
