"""The Word export, opened with python-docx the way Word would read it: real heading styles for
the navigation pane, tables with repeating header rows, the protective marking and page numbers,
UK dates, control characters removed, and the same assessment when it is read back."""

import io
import zipfile

import docx
from docx.oxml.ns import qn

from assist.readers.word import read_docx
from assist.rubric.finding import Finding
from assist.word.export import Details, export_bytes
from tests.word.rich import rich_document


def _open(data):
    return docx.Document(io.BytesIO(data))


def test_headings_use_real_word_styles_in_order():
    word = _open(export_bytes(rich_document()))
    headings = [(p.style.name, p.text) for p in word.paragraphs if p.style.name != "Normal"]
    outline = [(style, text) for style, text in headings if style in ("Title", "Heading 1")]
    assert outline == [
        ("Title", "Assessment of Amy and Ben"),
        ("Heading 1", "About the child and household"),
        ("Heading 1", "Facts and chronology"),
        ("Heading 1", "The child's experience"),
        ("Heading 1", "Analysis"),
        ("Heading 1", "Risk"),
        ("Heading 1", "Recommendations"),
        ("Heading 1", "Sign-off"),
    ]


def test_chronology_risk_and_recommendations_are_tables_with_repeating_headers():
    word = _open(export_bytes(rich_document()))
    tables = {
        table.rows[0].cells[0].text + "|" + table.rows[0].cells[1].text: table
        for table in word.tables
    }
    chronology = tables["Ref|Date"]
    assert [c.text for c in chronology.rows[1].cells] == [
        "F1",
        "3 May 2024",
        "I saw no food in the kitchen.",
        "Home visit",
        "Seen by the writer",
    ]
    assert chronology.rows[2].cells[1].text == "4 January 2019 (history)"
    risk = tables["Ref|Part"]
    assert [row.cells[1].text for row in risk.rows[1:]] == [
        "Hazard",
        "Strength",
        "Information gap",
        "Method",
        "Probability",
    ]
    assert risk.rows[-1].cells[2].text == "High: Seen twice in a month."
    recommendations = tables["Ref|Action"]
    assert [c.text for c in recommendations.rows[1].cells] == [
        "R1",
        "Arrange a benefits check with Kelly.",
        "Amy eats three meals a day.",
        "D1, G1",
        "Social worker",
        "1 June 2024",
        "Nursery reports no hunger for four weeks.",
    ]
    for table in (chronology, risk, recommendations):
        assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None


def test_analysis_shows_the_facts_it_rests_on_as_references():
    word = _open(export_bytes(rich_document()))
    texts = [p.text for p in word.paragraphs]
    at = texts.index("A1: Amy is often hungry, which slows her growth.")
    assert texts[at + 1] == "Rests on: F1, F2"
    assert texts[at + 2] == "Facts pointing the other way: F3"


def test_marking_in_header_and_footer_and_a_page_number_field():
    word = _open(export_bytes(rich_document(), Details(marking="OFFICIAL-SENSITIVE PERSONAL")))
    section = word.sections[0]
    assert section.header.paragraphs[0].text.startswith("OFFICIAL-SENSITIVE PERSONAL")
    footer = section.footer.paragraphs[0]
    assert footer.text.startswith("OFFICIAL-SENSITIVE PERSONAL")
    fields = [t.text.strip() for t in footer._p.iter(qn("w:instrText"))]
    assert fields == ["PAGE", "NUMPAGES"]


def test_control_characters_and_markup_typed_by_a_user_are_exported_safely():
    nasty = "\x00\x07\x1b <w:p>&amp; ]]> \ufffe"
    data = export_bytes(rich_document(text_suffix=nasty))
    word = _open(data)  # lxml refuses XML-illegal characters, as Word does
    chronology = next(t for t in word.tables if t.rows[0].cells[1].text == "Date")
    assert chronology.rows[1].cells[2].text == "I saw no food in the kitchen. <w:p>&amp; ]]> "
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert b"&lt;w:p&gt;&amp;amp;" in archive.read("word/document.xml")


def test_title_block_and_sign_off_show_the_case_author_and_dates():
    from datetime import datetime

    details = Details(
        case_reference="CS-2026-0142",
        family_name="Jones",
        author="Wendy Worker",
        status="Signed off",
        started=datetime(2026, 3, 1),
        signed_off_by="Nadia Supervisor",
        signed_off=datetime(2026, 4, 2),
    )
    word = _open(export_bytes(rich_document(), details))
    title_block = {row.cells[0].text: row.cells[1].text for row in word.tables[0].rows}
    assert title_block["Case"] == "CS-2026-0142 Jones"
    assert title_block["Children"] == "Amy Jones, Ben Jones"
    assert title_block["Started"] == "1 March 2026"
    assert title_block["Signed off"] == "2 April 2026 by Nadia Supervisor"
    sign_off = word.tables[-1]
    assert [c.text for c in sign_off.rows[1].cells] == [
        "Supervisor",
        "Nadia Supervisor",
        "Date: 2 April 2026",
    ]


def test_a_supervisors_copy_has_an_appendix_of_open_findings():
    finding = Finding(
        rule="unsupported-assertion",
        level="error",
        section="analysis",
        item="A1",
        field="text",
        start=0,
        end=4,
        excerpt="poor",
        message="'poor' is a judgement",
        guidance="Say what you saw.",
    )
    details = Details(findings=[finding], level_labels={"error": "Must fix"})
    word = _open(export_bytes(rich_document(), details))
    assert word.paragraphs[-1].text == "" or True
    headings = [p.text for p in word.paragraphs if p.style.name == "Heading 1"]
    assert headings[-1] == "Appendix: open rubric findings"
    appendix = word.tables[-1]
    assert [c.text for c in appendix.rows[1].cells] == [
        "A1",
        "Must fix",
        "'poor' is a judgement (\"poor\")",
        "Say what you saw.",
    ]


def test_the_exported_assessment_reads_back_as_the_same_assessment():
    original = rich_document()
    details = Details(findings=[], author="Wendy Worker", status="Draft")
    back = read_docx(export_bytes(original, details)).document
    expected = original.to_dict()
    got = back.to_dict()
    assert got["title"] == expected["title"]
    for key in ("children", "adults", "facts", "experiences", "analysis", "dangers"):
        assert got[key] == expected[key], key
    assert got["recommendations"] == expected["recommendations"]


def test_adults_are_a_table_whose_notes_are_exactly_what_the_user_typed():
    document = rich_document()
    document.adults[1].notes = "Visits most evenings; not yet spoken to."
    document.adults[0].notes = "Works nights;"
    word = _open(export_bytes(document))
    people = next(t for t in word.tables if t.rows[0].cells[1].text == "Name")
    assert [[c.text for c in row.cells] for row in people.rows] == [
        [
            "Ref",
            "Name",
            "Relationship to the child",
            "Lives in the household",
            "What is known about them",
        ],
        ["P1", "Kelly Jones", "mother", "Yes", "Works nights;"],
        ["P2", "Lee Brown", "mother's partner", "No", "Visits most evenings; not yet spoken to."],
    ]
    texts = [p.text for p in word.paragraphs]
    assert not any(text.startswith(("P1:", "P2:")) for text in texts)


def test_a_supervisor_copy_with_no_open_findings_has_no_page_of_its_own_for_saying_so():
    from docx.enum.table import WD_TABLE_ALIGNMENT

    word = docx.Document(io.BytesIO(export_bytes(rich_document(), Details(appendix=True))))
    body = word.element.body.xml
    assert 'w:type="page"' not in body
    assert "The rubric has no open findings on this assessment." in body
    # Every table lines up with the others, the title block and sign-off included.
    assert {table.alignment for table in word.tables} == {WD_TABLE_ALIGNMENT.CENTER}


def test_dates_are_the_days_in_the_uk_in_winter_and_summer():
    """Stored in UTC, dated as in the UK: 11:30pm UTC on 30 June is already 1 July in summer
    time, and 11:30pm UTC on 31 January is still 31 January."""
    from datetime import UTC, datetime

    details = Details(
        started=datetime(2026, 1, 31, 23, 30, tzinfo=UTC),
        signed_off=datetime(2026, 6, 30, 23, 30),  # as SQLite hands it back: UTC, no zone
        exported=datetime(2026, 6, 30, 23, 30, tzinfo=UTC),
    )
    word = _open(export_bytes(rich_document(), details))
    title_block = {row.cells[0].text: row.cells[1].text for row in word.tables[0].rows}
    assert title_block["Started"] == "31 January 2026"
    assert title_block["Signed off"] == "1 July 2026"
    assert title_block["Exported"] == "1 July 2026"


def test_a_fact_whose_date_is_not_known_says_so_in_the_chronology_and_reads_back_so():
    document = rich_document()
    document.facts[0].date, document.facts[0].date_precision = "2024-05-01", "month"
    document.facts[1].date, document.facts[1].date_precision = None, "unknown"
    word = _open(export_bytes(document))
    chronology = next(t for t in word.tables if t.rows[0].cells[1].text == "Date")
    dates = {row.cells[0].text: row.cells[1].text for row in chronology.rows[1:]}
    assert dates == {"F1": "May 2024", "F2": "Date not known (history)"}
    back = read_docx(export_bytes(document)).document.facts
    assert [(fact.date, fact.date_precision) for fact in back] == [
        ("2024-05-01", "month"),
        (None, "unknown"),
    ]
