"""What Word opens is read, not refused: a template (.dotx), Strict Open XML, a main part found
through the package's relationships wherever it is, a relationship to a part the zip lacks (or
spelt in other capitals), a picture that compresses a hundredfold, an embedded workbook whose
type says it may hold macros. Every file here is invented in the test."""

import io
import random
import zipfile

import pytest

from assist.readers.word import read_docx
from assist.word.safety import UnsafeDocument
from tests.word import samples

TEXT = "Amy told me she is hungry."
MAIN = "word/document.xml"


def _experiences(data):
    return [item.text for item in read_docx(data).document.experiences]


def _replace(old, new):
    return lambda xml: xml.replace(old, new)


def test_a_template_is_read():
    template = samples.rewrite(
        samples.simple(TEXT),
        change={
            "[Content_Types].xml": _replace(b"document.main+xml", b"template.main+xml"),
        },
    )
    assert _experiences(template) == [TEXT]


def test_strict_open_xml_is_read():
    def strict(xml):
        xml = xml.replace(
            b"http://schemas.openxmlformats.org/wordprocessingml/2006/main",
            b"http://purl.oclc.org/ooxml/wordprocessingml/main",
        )
        return xml.replace(
            b"http://schemas.openxmlformats.org/officeDocument/2006/relationships",
            b"http://purl.oclc.org/ooxml/officeDocument/relationships",
        )

    base = samples.simple(TEXT)
    with zipfile.ZipFile(io.BytesIO(base)) as archive:
        xml_parts = [n for n in archive.namelist() if n.endswith((".xml", ".rels"))]
    changed = samples.rewrite(base, change={name: strict for name in xml_parts})
    assert _experiences(changed) == [TEXT]


def test_the_main_part_is_found_through_the_package_relationships():
    base = samples.simple(TEXT)
    moved = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(base)) as source,
        zipfile.ZipFile(moved, "w") as target,
    ):
        for info in source.infolist():
            content = source.read(info)
            name = info.filename
            if name == MAIN:
                name = "content/assessment.xml"
            elif name == "word/_rels/document.xml.rels":
                name = "content/_rels/assessment.xml.rels"
                content = content.replace(b'Target="', b'Target="../word/')
            elif name in ("_rels/.rels", "[Content_Types].xml"):
                content = content.replace(b"word/document.xml", b"content/assessment.xml")
            target.writestr(name, content)
    assert _experiences(moved.getvalue()) == [TEXT]


def test_a_relationship_to_a_missing_part_or_in_other_capitals_is_not_damage():
    def links(xml):
        return xml.replace(
            b"</Relationships>",
            b'<Relationship Id="rId90" Type="http://schemas.openxmlformats.org/package/2006/'
            b'relationships/metadata/thumbnail" Target="docProps/thumbnail.jpeg"/>'
            b'<Relationship Id="rId91" Type="http://schemas.openxmlformats.org/officeDocument/'
            b'2006/relationships/custom-properties" Target="DOCPROPS/CUSTOM.XML"/>'
            b"</Relationships>",
        )

    data = samples.rewrite(
        samples.simple(TEXT),
        change={"_rels/.rels": links},
        add=[("docProps/custom.xml", b'<?xml version="1.0"?><Properties/>')],
    )
    assert _experiences(data) == [TEXT]


def test_a_picture_that_compresses_a_hundredfold_is_not_a_zip_bomb():
    generator = random.Random(13)
    picture = bytearray(2 * 1024 * 1024)  # an uncompressed picture: mostly one colour
    for position in range(0, len(picture), 600):
        picture[position] = generator.randrange(1, 256)
    data = samples.rewrite(samples.simple(TEXT), add=[("word/media/image1.emf", bytes(picture))])
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        entry = archive.getinfo("word/media/image1.emf")
    assert 100 < entry.file_size / entry.compress_size < 500
    assert _experiences(data) == [TEXT]


def test_an_embedded_workbook_is_not_a_macro_but_a_macro_enabled_document_is():
    xlsb = "application/vnd.ms-excel.sheet.binary.macroEnabled.12"
    with_workbook = samples.rewrite(
        samples.simple(TEXT),
        change={
            "[Content_Types].xml": _replace(
                b"</Types>",
                f'<Default Extension="xlsb" ContentType="{xlsb}"/></Types>'.encode(),
            )
        },
        add=[("word/embeddings/Workbook1.xlsb", b"PK\x03\x04 a workbook, never opened")],
    )
    assert _experiences(with_workbook) == [TEXT]
    macro_enabled = samples.rewrite(
        samples.simple(TEXT),
        change={
            "[Content_Types].xml": _replace(b"document.main+xml", b"document.macroEnabled.main+xml")
        },
    )
    with pytest.raises(UnsafeDocument, match="macros"):
        read_docx(macro_enabled)


def test_a_zip_whose_main_part_is_not_word_is_refused_in_words():
    not_word = samples.rewrite(
        samples.simple(TEXT),
        change={
            "[Content_Types].xml": _replace(
                b"wordprocessingml.document.main+xml", b"spreadsheetml.sheet.main+xml"
            )
        },
    )
    with pytest.raises(UnsafeDocument, match="not a Word document"):
        read_docx(not_word)
