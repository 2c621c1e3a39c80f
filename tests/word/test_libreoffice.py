"""The export opened by a real word processor: LibreOffice converts it to PDF (one conversion,
as it is slow), and the PDF has the pages, headings, marking and page numbers Word would show.
The first page is saved as a PNG in test-artifacts/ for a person to look at."""

import shutil
import subprocess

import pytest

from assist.word.export import Details, export_bytes
from tests.word.rich import rich_document

SOFFICE = shutil.which("soffice")
pytestmark = pytest.mark.skipif(
    SOFFICE is None or shutil.which("pdftotext") is None,
    reason="needs libreoffice-writer-nogui and poppler-utils (make test installs them)",
)


def test_libreoffice_converts_the_export_to_a_pdf_with_every_section(tmp_path, artifacts):
    document = rich_document()
    for n in range(3, 80):  # enough rows for the chronology to cross a page
        document.facts.append(
            type(document.facts[0])(
                ref=f"F{n}",
                text=f"Visit {n}: the kitchen had little food.",
                date="2024-05-03",
                source="Home visit",
                how_known="seen_by_me",
            )
        )
    source = tmp_path / "assessment.docx"
    source.write_bytes(export_bytes(document, Details(author="Wendy Worker", status="Draft")))
    profile = tmp_path / "profile"
    subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    pdf = tmp_path / "assessment.pdf"
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    pages = text.split("\f")
    assert len([page for page in pages if page.strip()]) >= 3
    for heading in ("Facts and chronology", "The child's experience", "Risk", "Sign-off"):
        assert heading in text
    assert "3 May 2024" in text
    for number, page in enumerate((p for p in pages if p.strip()), start=1):
        assert page.count("OFFICIAL-SENSITIVE") == 2  # header and footer
        assert f"Page {number} of" in page
        assert "Draft – not yet signed off" in page  # every printed page, until sign-off
    # The chronology's header row is repeated on the page it continues onto.
    assert text.count("What happened") >= 2
    # A4, as English councils and courts print, and no blank page after the sign-off.
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True)
    assert "(A4)" in info.stdout
    assert "Sign-off" in [p for p in pages if p.strip()][-1]
    # One-word column headings are never broken mid-word.
    for heading in ("Answers", "Relationship", "Objective"):
        assert heading in text, heading
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            "60",
            "-f",
            "1",
            "-l",
            "2",
            str(pdf),
            str(artifacts / "word-export"),
        ],
        check=True,
    )
