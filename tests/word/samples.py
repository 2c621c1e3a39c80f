"""Word documents for the tests and bench/bench_uploads.py: real-looking ones made with
python-docx, and hostile ones made by rewriting a real one's zip."""

from __future__ import annotations

import io
import zipfile

import docx

DOCUMENT_XML = "word/document.xml"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def real_looking() -> bytes:
    """An assessment as a council's template might have it: a Title, headings in different
    styles (Heading 1, a bold line, a numbered 'plain' heading), a chronology table, lists."""
    word = docx.Document()
    word.add_paragraph("Child and Family Assessment: Amy", style="Title")
    word.add_heading("Family composition", level=1)
    word.add_paragraph("Child: Amy Jones, aged 4", style="List Bullet")
    word.add_paragraph("Mother: Kelly Jones, lives in the household", style="List Bullet")
    word.add_paragraph("Mother's partner: Lee Brown, lives in the household", style="List Bullet")
    word.add_heading("Chronology of significant events", level=1)
    table = word.add_table(rows=1, cols=3)
    for cell, text in zip(table.rows[0].cells, ("Date", "Event", "Source"), strict=True):
        cell.text = text
    for row in (
        ("3 May 2024", "I saw no food in the kitchen cupboards or fridge.", "Home visit"),
        ("4 May 2024", "Amy arrived at nursery hungry and ate two breakfasts.", "Nursery"),
    ):
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    bold = word.add_paragraph()
    bold.add_run("Voice of the child").bold = True
    word.add_paragraph('Amy told me "my tummy hurts when there is no tea".')
    word.add_heading("Analysis", level=2)
    word.add_paragraph("Home conditions are poor.")
    word.add_paragraph(
        "Amy is often hungry, which slows her growth and her learning at nursery (F1, F2)."
    )
    word.add_paragraph("Recommendations", style="List Number")
    word.add_paragraph("Consider a parenting course.", style="List Bullet")
    return _save(word)


def long_assessment(paragraphs: int = 8000) -> bytes:
    """``real_looking`` followed by a long record of visits: a sound file whose reading needs
    over 10 MB more than a reader holds when it starts, so a cap below that is reached whatever
    memory the reader happened to have free. (A short file may need none; 1,000 visits needed
    about 1 MB, which a reader that compiled its modules as it imported them, with no bytecode
    written, already held free, and read under a 256 KB cap.)"""
    word = docx.Document(io.BytesIO(real_looking()))
    for number in range(paragraphs):
        word.add_paragraph(
            f"Visit {number + 1}: Amy was seen at home with her mother; the kitchen was stocked "
            "and Amy showed me her drawings."
        )
    return _save(word)


def simple(text="Amy told me she is hungry.") -> bytes:
    word = docx.Document()
    word.add_heading("The child's experience", level=1)
    word.add_paragraph(text)
    return _save(word)


def _save(word) -> bytes:
    buffer = io.BytesIO()
    word.save(buffer)
    return buffer.getvalue()


def rewrite(data: bytes, change=None, add=(), compression=zipfile.ZIP_DEFLATED) -> bytes:
    """A copy of the zip with some parts changed (name -> bytes) and some added."""
    change = change or {}
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            content = change.get(info.filename, source.read(info.filename))
            if callable(content):
                content = content(source.read(info.filename))
            target.writestr(info.filename, content, compress_type=compression)
        for name, content in add:
            target.writestr(name, content, compress_type=compression)
    return out.getvalue()


def _with_doctype(doctype):
    def change(xml: bytes) -> bytes:
        head, _, rest = xml.partition(b"?>")
        return head + b"?>" + doctype + rest

    return change


BILLION_LAUGHS = (
    b'<!DOCTYPE w:document [<!ENTITY lol "lol">'
    + b"".join(
        f'<!ENTITY lol{n} "{("&lol" + str(n - 1) + ";") * 10 if n > 1 else "&lol;" * 10}">'.encode()
        for n in range(1, 10)
    )
    + b"]>"
)
XXE = b'<!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'


def tracked_changes() -> bytes:
    """A paragraph whose text is partly a tracked insertion and a tracked deletion."""

    def change(xml: bytes) -> bytes:
        paragraph = (
            f'<w:p xmlns:w="{W_NS}"><w:r><w:t xml:space="preserve">Amy said she was </w:t></w:r>'
            '<w:ins w:id="1" w:author="A" w:date="2026-01-01T00:00:00Z"><w:r>'
            "<w:t>hungry</w:t></w:r></w:ins>"
            '<w:del w:id="2" w:author="A" w:date="2026-01-01T00:00:00Z"><w:r>'
            "<w:delText>fine</w:delText></w:r></w:del>"
            "<w:r><w:t>.</w:t></w:r></w:p>"
        ).encode()
        paragraph = paragraph.replace(f' xmlns:w="{W_NS}"'.encode(), b"")
        return xml.replace(b"<w:sectPr", paragraph + b"<w:sectPr", 1)

    return rewrite(simple("Before the change."), change={DOCUMENT_XML: change})


def with_zip_password_flag(data: bytes) -> bytes:
    """Set the 'encrypted' bit on every entry, as a password-protected zip has it."""
    data = bytearray(data)
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        start = 0
        while (found := data.find(signature, start)) != -1:
            data[found + offset] |= 0x1
            start = found + 4
    return bytes(data)


def understated(data: bytes, name: str, size: int) -> bytes:
    """Claim that entry ``name`` is ``size`` bytes uncompressed, whatever it really holds."""
    import struct

    data = bytearray(data)
    encoded = name.encode()
    for signature, size_offset, name_offset in ((b"PK\x03\x04", 22, 30), (b"PK\x01\x02", 24, 46)):
        start = 0
        while (found := data.find(signature, start)) != -1:
            if data[found + name_offset : found + name_offset + len(encoded)] == encoded:
                data[found + size_offset : found + size_offset + 4] = struct.pack("<I", size)
            start = found + 4
    return bytes(data)


def hostile() -> list[tuple[str, bytes, str]]:
    """(what it is, the file, words the refusal must contain)."""
    base = simple()
    truncated = base[: len(base) // 2]
    damaged = bytearray(base)
    start = damaged.find(DOCUMENT_XML.encode()) + 60
    damaged[start : start + 40] = b"\x00" * 40
    macro_types = rewrite(
        base,
        change={
            "[Content_Types].xml": lambda xml: xml.replace(
                b"document.main+xml", b"document.macroEnabled.main+xml"
            )
        },
    )
    many = rewrite(base, add=[(f"customXml/extra{n}.xml", b"<a/>") for n in range(600)])
    bomb = rewrite(base, add=[("word/media/image1.png", b"\0" * (30 * 1024 * 1024))])
    lying = understated(bomb, "word/media/image1.png", 1000)
    utf16 = rewrite(
        base,
        change={
            "docProps/app.xml": (
                '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE a [<!ENTITY b "c">]><a/>'
            ).encode("utf-16")
        },
    )
    # A UTF-16 part whose DOCTYPE comes after the first 64 KB (a long comment first).
    late_utf16 = rewrite(
        base,
        change={
            "docProps/app.xml": (
                '<?xml version="1.0" encoding="UTF-16"?><!--' + "x" * 100_000 + "-->"
                '<!DOCTYPE a [<!ENTITY b "c">]><a/>'
            ).encode("utf-16")
        },
    )
    return [
        ("larger than the size cap", b"PK\x03\x04" + b"\0" * (6 * 1024 * 1024), "MB"),
        ("empty file", b"", "empty"),
        ("text renamed .docx", b"Amy was seen on Monday.\n" * 20, "damaged"),
        ("truncated zip", truncated, "damaged"),
        ("corrupted compressed data", bytes(damaged), "damaged"),
        (
            "encrypted Word file (OLE)",
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 4000,
            "password",
        ),
        ("zip entries flagged encrypted", with_zip_password_flag(base), "password"),
        (
            "macro-enabled: vbaProject.bin",
            rewrite(base, add=[("word/vbaProject.bin", b"x")]),
            "macros",
        ),
        ("macro-enabled: content type", macro_types, "macros"),
        ("600 zip entries", many, "parts"),
        ("zip bomb: 30 MB of zeros", bomb, "expands"),
        ("zip bomb declaring 1,000 bytes", lying, "damaged"),
        (
            "billion laughs",
            rewrite(base, change={DOCUMENT_XML: _with_doctype(BILLION_LAUGHS)}),
            "DOCTYPE",
        ),
        (
            "external entity (XXE)",
            rewrite(base, change={"_rels/.rels": _with_doctype(XXE)}),
            "DOCTYPE",
        ),
        ("DOCTYPE in UTF-16 XML", utf16, "DOCTYPE"),
        ("DOCTYPE in UTF-16 XML after 64 KB", late_utf16, "DOCTYPE"),
        (
            "zip without Word content",
            rewrite(base, change={}, add=[]).replace(b"word/document.xml", b"word/documenx.xml"),
            "not a Word document",
        ),
    ]
