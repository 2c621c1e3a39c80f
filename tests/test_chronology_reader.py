"""Reading a pasted or uploaded chronology (assist/readers/chronology.py) before any page."""

import io
import zipfile
from datetime import date

import pytest

from assist.readers.chronology import (
    ChronologyError,
    Defaults,
    as_pasted,
    check_rows,
    match_headings,
    read_pasted,
    read_upload,
)

TODAY = date(2026, 12, 5)


def ods(rows):
    """A minimal OpenDocument spreadsheet, as LibreOffice writes one, with string cells."""
    cells = "".join(
        "<table:table-row>"
        + "".join(
            f'<table:table-cell office:value-type="string"><text:p>{cell}</text:p>'
            "</table:table-cell>"
            for cell in row
        )
        + "</table:table-row>"
        for row in rows
    )
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
        ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        f'<office:body><office:spreadsheet><table:table table:name="Sheet1">{cells}'
        "</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
        '<manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", content)
        archive.writestr("META-INF/manifest.xml", manifest)
    return data.getvalue()


def test_an_ods_file_is_read_by_its_first_sheet():
    table = read_upload("chronology.ods", ods([["Date", "Event"], ["12/09/2026", "Mum rang"]]))
    assert table.headings == ["Date", "Event"]
    assert table.rows == [["12/09/2026", "Mum rang"]]


def test_a_zip_bomb_is_refused_before_it_is_unpacked():
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("content.xml", "0" * (60 * 1024 * 1024))
    with pytest.raises(ChronologyError, match="unpacks to far more"):
        read_upload("chronology.ods", data.getvalue())


def test_other_files_are_refused_by_name():
    with pytest.raises(ChronologyError, match="must be a .csv, .xlsx or .ods"):
        read_upload("chronology.docx", b"PK")


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ('Date,What happened\n12/09/2026,"Mum rang, upset"', [["12/09/2026", "Mum rang, upset"]]),
        ("Date;What happened\n12/09/2026;Mum rang", [["12/09/2026", "Mum rang"]]),
        ('Date\tWhat happened\n12/09/2026\t"Two\nlines"', [["12/09/2026", "Two\nlines"]]),
    ],
)
def test_tabs_commas_and_semicolons_are_read_with_quoted_cells(text, rows):
    assert read_pasted(text).rows == rows


def test_an_upload_goes_back_into_the_box_and_reads_the_same():
    table = read_pasted('Date\tWhat happened\n12/09/2026\t"Two\nlines\tand a tab"')
    assert read_pasted(as_pasted(table)).rows == table.rows


@pytest.mark.parametrize(
    ("headings", "columns"),
    [
        (["Date", "What happened", "Source", "How known"], ["date", "text", "source", "how_known"]),
        (
            ["Ref", "Date", "What happened", "Source", "How known", "Category"],
            ["", "date", "text", "source", "how_known", "category"],
        ),
        (["Date of visit", "Event details", "Information source"], ["date", "text", "source"]),
        (["When", "Notes", "Date"], ["date", "text", ""]),  # each column once
        (["Colour", "Size"], ["", ""]),
    ],
)
def test_headings_name_their_columns(headings, columns):
    assert match_headings(headings, len(headings)) == columns


def test_a_first_row_that_is_a_fact_is_not_taken_for_headings():
    table = read_pasted("12/09/2026\tFrom records\tMum rang")
    assert table.headings == [] and len(table.rows) == 1


def test_the_app_and_the_word_exports_wordings_of_how_known_are_both_read():
    table = read_pasted(
        "Date\tWhat happened\tSource\tHow known\n"
        "2019\tA\tS\tSeen by me\n2019\tB\tS\tSeen by the writer\n2019\tC\tS\tsaid_by_child\n"
        "2019\tD\tS\tHeard it somewhere\n"
    )
    checked = check_rows(
        table,
        ["date", "text", "source", "how_known"],
        Defaults(category="other"),
        {},
        [],
        today=TODAY,
    )
    assert [row.how_known for row in checked.rows] == [
        "seen_by_me",
        "seen_by_me",
        "said_by_child",
        "",
    ]
    assert checked.rows[3].problems == [
        "'Heard it somewhere' is not one of the answers for how it is known: Seen by me, Said by "
        "the child, Said by a parent or carer, Reported by another professional, From records, "
        "Anonymous"
    ]
