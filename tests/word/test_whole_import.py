"""Bringing a Word assessment in whole: leading dates become facts' dates with how precisely
they are known, "Source:" fills the source, sections are found by the names councils use (and
not by a line that merely starts with one, a "# " paragraph or a contents line), and the
household becomes children and adults. The same draft comes from `assist import` and from the
upload page. Every document here is invented in the test."""

import io
import json
import time
from datetime import date

import docx
import pytest
import sqlalchemy as sa
from click.testing import CliRunner

from assist.extensions import db
from assist.models import Assessment
from assist.readers.word import read_docx
from assist.word.cli import import_command
from tests.pages import text_of

TODAY = date(2026, 12, 5)


def _save(word) -> bytes:
    buffer = io.BytesIO()
    word.save(buffer)
    return buffer.getvalue()


def _table(word, header, rows):
    table = word.add_table(rows=1, cols=len(header))
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = text
    for row in rows:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text


def council_template() -> bytes:
    """A council's template, filled in: contents, a household table, a chronology as
    paragraphs and as a table, the child's voice, analysis, risk analysis and a plan."""
    word = docx.Document()
    word.add_paragraph("Single assessment: Amy Jones", style="Title")
    word.add_heading("Contents", level=1)
    word.add_paragraph("Family history\t2")
    word.add_paragraph("Recommendations → 25")
    word.add_paragraph("Risk analysis ........ 12")
    word.add_heading("Household composition", level=1)
    _table(
        word,
        ("Name", "Relationship", "Date of birth", "Age"),
        (
            ("Amy Jones", "Subject child", "03/04/2021", "5"),
            ("Kelly Jones", "Mother", "", "32"),
            ("Lee Brown", "Mother's partner", "", ""),
        ),
    )
    word.add_paragraph("Jack Jones (brother, 8)", style="List Bullet")
    word.add_heading("Chronology", level=1)
    word.add_paragraph("12/09/2026 - Mum rang the school to say Amy was ill. Source: school DSL")
    word.add_paragraph("Sept 2025: Amy started at Oak Primary.")
    word.add_paragraph("c. 2019 Police were called after Lee hit Kelly (source: police log)")
    word.add_paragraph("31/02/2021 - A day that does not exist.")
    _table(
        word,
        ("Date", "What happened", "Source"),
        (("4.5.24", "Amy arrived at nursery hungry.", "Nursery manager"),),
    )
    word.add_heading("Family history", level=1)
    word.add_paragraph("Spring 2019 Kelly moved to the area from Leeds.")
    bold = word.add_paragraph()
    bold.add_run("Child's voice").bold = True
    word.add_paragraph('Amy told me "my tummy hurts when there is no tea".')
    word.add_paragraph("# Analysis is not a heading when typed with a hash")
    word.add_heading("Analysis", level=1)
    word.add_paragraph("Amy is often hungry, which slows her learning (F1).")
    strong = word.add_paragraph()
    strong.add_run("Risk to Amy is high because Lee drinks.").bold = True
    word.add_paragraph("Risk of neglect if nothing changes.", style="List Bullet")
    word.add_heading("Risk analysis", level=1)
    word.add_paragraph("Danger: Amy goes hungry at home.")
    word.add_paragraph("Plan", style="List Number")
    word.add_paragraph("Kelly to attend the food bank weekly.", style="List Bullet")
    return _save(word)


@pytest.fixture(scope="module")
def reading():
    return read_docx(council_template(), TODAY)


def test_leading_dates_become_fact_dates_with_their_precision_and_source(reading):
    facts = {fact.text: fact for fact in reading.document.facts}
    rang = facts["Mum rang the school to say Amy was ill."]
    assert (rang.date, rang.date_precision, rang.source) == ("2026-09-12", "exact", "school DSL")
    started = facts["Amy started at Oak Primary."]
    assert (started.date, started.date_precision) == ("2025-09-01", "month")
    police = facts["Police were called after Lee hit Kelly"]
    assert (police.date, police.date_precision, police.source) == (
        "2019-01-01",
        "approximate",
        "police log",
    )
    row = facts["Amy arrived at nursery hungry."]
    assert (row.date, row.source) == ("2024-05-04", "Nursery manager")
    # Family history is a chronology; a season keeps its words (its date is about April).
    moved = facts["Spring 2019 Kelly moved to the area from Leeds."]
    assert (moved.date, moved.date_precision) == ("2019-04-01", "approximate")


def test_a_date_that_cannot_be_right_is_said_and_the_text_kept(reading):
    kept = [f for f in reading.document.facts if f.text.startswith("31/02/2021")]
    assert kept and kept[0].date is None
    assert any("'31/02/2021' is not a date" in note for note in reading.notes)
    assert all(note.startswith("paragraph ") for note in reading.notes if "31/02" in note)


def test_sections_are_found_by_council_names_not_by_lines_that_start_with_one(reading):
    document = reading.document
    assert document.title == "Single assessment: Amy Jones"
    # "# Analysis ..." typed in a paragraph is text: it stays in the child's voice section.
    assert [e.text for e in document.experiences] == [
        'Amy told me "my tummy hurts when there is no tea".',
        "# Analysis is not a heading when typed with a hash",
    ]
    analysis = [a.text for a in document.analysis]
    # A bold line and a list item that merely start with "Risk" stay in the analysis.
    assert analysis == [
        "Amy is often hungry, which slows her learning (F1).",
        "Risk to Amy is high because Lee drinks.",
        "Risk of neglect if nothing changes.",
    ]
    assert [d.text for d in document.dangers] == ["Amy goes hungry at home."]
    assert [r.action for r in document.recommendations] == ["Kelly to attend the food bank weekly."]


def test_contents_lines_are_neither_headings_nor_items(reading):
    everything = json.dumps(reading.document.to_dict())
    assert "→ 25" not in everything and "........" not in everything and "\\t2" not in everything
    assert not any("Contents" in note for note in reading.notes)


def test_the_household_becomes_children_and_adults(reading):
    document = reading.document
    children = {child.name: child for child in document.children}
    assert set(children) == {"Amy Jones", "Jack Jones"}
    assert children["Amy Jones"].date_of_birth == "2021-04-03"
    adults = {adult.name: adult for adult in document.adults}
    assert set(adults) == {"Kelly Jones", "Lee Brown"}
    assert adults["Kelly Jones"].relationship_to_child == "Mother"
    assert "32" in adults["Kelly Jones"].notes
    assert adults["Lee Brown"].relationship_to_child == "Mother's partner"
    assert not [loose for loose in document.loose if loose.section == "people"]
    assert any("Jack Jones is 8" in note for note in reading.notes)


def test_assist_import_prints_the_draft_as_the_json_export(tmp_path):
    path = tmp_path / "template.docx"
    path.write_bytes(council_template())
    result = CliRunner().invoke(import_command, [str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    draft = json.loads(result.stdout)
    assert {"children", "adults", "facts", "analysis", "recommendations"} <= set(draft)
    assert [c["name"] for c in draft["children"]] == ["Amy Jones", "Jack Jones"]  # no placeholder
    dated = {f["text"]: (f["date"], f["date_precision"]) for f in draft["facts"]}
    assert dated["Amy started at Oak Primary."] == ("2025-09-01", "month")
    assert "is not a date" in result.stderr


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"", "empty"),
        (b"PK\x03\x04 not really a zip", "damaged"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "password-protected"),
    ],
)
def test_assist_import_refuses_in_words_with_exit_2(tmp_path, content, words):
    path = tmp_path / "sent.docx"
    path.write_bytes(content)
    result = CliRunner().invoke(import_command, [str(path)])
    assert result.exit_code == 2
    assert words in result.stderr and "Traceback" not in result.output


@pytest.mark.db
def test_upload_then_draft_shows_the_dates_and_the_people(pages, world, engine):
    wendy = world.user("wendy")
    pages.sign_in(wendy)
    upload = pages.client.post(
        pages.url("author.check_word"),
        data={"document": (io.BytesIO(council_template()), "amy.docx")},
        content_type="multipart/form-data",
    )
    assert upload.status_code == 302
    results = pages.get("author.word_results")
    assert "4 people" in text_of(results, "main")
    household = text_of(results, "#household")
    assert "Amy Jones, child, born 3 April 2021" in household
    assert "Lee Brown, Mother's partner" in household
    assert text_of(results, "#dated-facts").startswith("5 of 6 facts have their date")
    pages.post("author.word_draft", data={"case_id": world.cases["wendy"].id, "title": "Amy"})
    assessment = db.session.scalar(sa.select(Assessment).where(Assessment.title == "Amy"))
    people = text_of(pages.get("author.people", assessment_id=assessment.id), "main")
    for name in ("Amy Jones", "Jack Jones", "Kelly Jones", "Lee Brown"):
        assert name in people
    assert "The child (add their name)" not in people
    assert "3 April 2021" in people
    facts = text_of(pages.get("author.facts", assessment_id=assessment.id), "main")
    assert "12 September 2026" in facts
    assert "September 2025" in facts and "1 September 2025" not in facts
    assert "school DSL" in facts
    # "31/02/2021 - A day that does not exist": no date is known, and none is made up.
    page = pages.get("author.facts", assessment_id=assessment.id)
    rows = [" ".join(tr.get_text(" ").split()) for tr in page.select("table tbody tr")]
    (row,) = [row for row in rows if "A day that does not exist" in row]
    assert row.startswith("F4 Date not known 31/02/2021 - A day")
    assert "About 5 December 2026" not in facts and "5 December 2026" not in facts


def test_lines_about_the_document_are_noted_not_made_facts_to_sort(pages, world):
    word = docx.Document()
    word.add_paragraph("Single assessment: Kai Smith", style="Title")
    word.add_paragraph("Prepared by Jo Bloggs, Senior Social Worker")
    word.add_paragraph("Date of assessment: 01/12/2026")
    word.add_paragraph("Author: Jo Bloggs")
    word.add_paragraph("Team manager – Pat Ray")
    word.add_paragraph("Written by mum, the letter said Kai could not come in.")  # not one
    word.add_heading("Chronology", level=1)
    word.add_paragraph("12/09/2026 - Mum rang the school to say Kai was ill.")
    pages.sign_in(world.user("wendy"))
    pages.client.post(
        pages.url("author.check_word"),
        data={"document": (io.BytesIO(_save(word)), "kai.docx")},
        content_type="multipart/form-data",
    )
    results = pages.get("author.word_results")
    notes = [
        text_of(warning, ".govuk-warning-text__text")
        for warning in results.select(".govuk-warning-text")
    ]
    for line in (
        "Prepared by Jo Bloggs, Senior Social Worker",
        "Date of assessment: 01/12/2026",
        "Author: Jo Bloggs",
        "Team manager – Pat Ray",
    ):
        assert any(f"'{line}' is about the document, not the child" in note for note in notes)
    assert "1 paragraph not yet sorted into a section" in text_of(results, "main")
    pages.post("author.word_draft", data={"case_id": world.cases["wendy"].id, "title": "Kai"})
    assessment = db.session.scalar(sa.select(Assessment).where(Assessment.title == "Kai"))
    facts = text_of(pages.get("author.facts", assessment_id=assessment.id), "main")
    assert "Written by mum" in facts  # kept, to sort
    for line in ("Prepared by", "Date of assessment", "Jo Bloggs", "Pat Ray"):
        assert line not in facts


def test_a_long_paragraph_ending_in_a_number_is_not_mistaken_for_a_contents_line_slowly():
    # Looking for a contents line's leader once took 4 s on a real 2,000-word paragraph.
    word = docx.Document()
    word.add_heading("Chronology", level=1)
    word.add_paragraph("Recommendations" + " about the plan and" * 2_000 + " 12")
    started = time.perf_counter()
    reading = read_docx(_save(word), TODAY)
    assert time.perf_counter() - started < 5  # a bound no machine misses, not a speed test
    assert len(reading.document.facts) == 1


def test_a_paragraph_about_the_household_names_its_people_and_loses_nothing():
    word = docx.Document()
    word.add_heading("About the family", level=1)
    word.add_paragraph(
        "Tia (7) lives with her mum, Dana Okoro, and Dana's partner, Rob Vale. Her father, "
        "Femi Okoro, lives in Bristol. The flat has one bedroom."
    )
    word.add_paragraph("Child: Tia Okoro, DOB 02/03/2019", style="List Bullet")
    document = read_docx(_save(word), TODAY).document
    assert [(c.name, c.date_of_birth) for c in document.children] == [
        ("Tia Okoro", "2019-03-02")  # named twice, counted once, with the fuller name
    ]
    adults = {a.name: a for a in document.adults}
    assert {name: a.relationship_to_child for name, a in adults.items()} == {
        "Dana Okoro": "mum",
        "Rob Vale": "Dana's partner",
        "Femi Okoro": "father",
    }
    assert "lives in Bristol" in adults["Femi Okoro"].notes
    assert [loose.text for loose in document.loose] == ["The flat has one bedroom."]


def test_a_dated_paragraph_under_no_known_heading_keeps_its_date_in_the_draft():
    from assist.word.drafts import UNSORTED_CATEGORY, draft_document

    word = docx.Document()
    word.add_heading("Case notes", level=1)
    word.add_paragraph("12/09/2026 - Mum rang the school to say Amy was ill.")
    word.add_paragraph("Nobody answered the door.")
    draft = draft_document(read_docx(_save(word), TODAY).document, TODAY)
    dated, undated = draft.facts
    assert (dated.date, dated.date_precision, dated.text) == (
        "2026-09-12",
        "exact",
        "Mum rang the school to say Amy was ill.",
    )
    assert dated.category == UNSORTED_CATEGORY
    assert (undated.date, undated.date_precision) == (None, "unknown")  # never today's


def test_a_document_with_no_text_is_refused_in_words_not_made_an_empty_draft(tmp_path):
    from assist.readers.word import NO_TEXT
    from assist.word.safety import UnsafeDocument

    word = docx.Document()
    word.add_heading("Chronology", level=1)
    word.add_heading("Analysis", level=1)
    with pytest.raises(UnsafeDocument, match="no text to check"):
        read_docx(_save(word), TODAY)
    path = tmp_path / "blank.docx"
    path.write_bytes(_save(docx.Document()))
    result = CliRunner().invoke(import_command, [str(path)])
    assert result.exit_code == 2 and NO_TEXT in result.stderr


def test_a_paragraph_in_a_heading_style_is_kept_as_text():
    word = docx.Document()
    word.add_heading("Analysis", level=1)
    sentence = (
        "Amy is often hungry at nursery, which means she is not getting enough to eat at home."
    )
    word.add_heading(sentence, level=2)  # styled as a heading by mistake
    word.add_heading("Sibling relationships", level=2)  # a real sub-heading: not an item
    word.add_paragraph("Amy looks after her brother at weekends.")
    document = read_docx(_save(word), TODAY).document
    assert [a.text for a in document.analysis] == [
        sentence,
        "Amy looks after her brother at weekends.",
    ]
