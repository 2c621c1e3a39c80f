""".docx -> Document, after ``assist.word.safety.inspect`` has passed the file.

The body is turned into the Markdown reader's input, one block per paragraph, list item or table
row, so a Word document is read by exactly the rules a Markdown one is: headings (real Heading
styles, Title, a bold or numbered line that names a section) find the sections; paragraphs, list
items and table rows become items. Tables with the export's own header rows (a chronology, a
risk table, recommendations, the adults) are read column by column, and the export's detail lines
("Rests on: F1, F3", under an item or inside a table cell) fill the fields of the item they
belong to, so an exported assessment reads back as the same assessment.

Text is read as Word shows it with every tracked change accepted: python-docx leaves out text
inside <w:ins>, so runs are collected from the XML directly.

Positions are paragraph numbers (a table row counts as one), reported as the line.
"""

from __future__ import annotations

import io
import re
import time
from collections import defaultdict

import docx
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from assist.readers.headings import section_for
from assist.readers.markdown import read_markdown
from assist.readers.reading import Reading
from assist.word import labels
from assist.word.safety import CORRUPT, UnsafeDocument, inspect
from assist.word.styles import DETAIL_STYLE

_P, _TBL, _TR, _TC, _SDT = (qn(f"w:{tag}") for tag in ("p", "tbl", "tr", "tc", "sdt"))
_SDT_CONTENT = qn("w:sdtContent")
_TEXT, _TAB, _BR, _CR = qn("w:t"), qn("w:tab"), qn("w:br"), qn("w:cr")
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_NUMBERING = qn("w:numPr")
_HEADING_STYLE = re.compile(r"^heading\s*(\d)$", re.IGNORECASE)
_ITEM_REF = re.compile(r"^([A-Z]\d{1,6}):")
_REF = re.compile(r"\b[A-Z]\d{1,6}\b")
_REASON_LABEL = re.compile(r"^([A-Z]\d{1,6}) reason$")
# An assessment runs to a few thousand paragraphs; a file far beyond that is refused rather
# than holding the server (100,000 one-line paragraphs fit in 300 KB of .docx).
MAX_BLOCKS = 20_000
# However its parts are built, reading one file never holds a request for longer than this.
MAX_SECONDS = 10.0
TOO_SLOW = (
    "This document took too long to read, so it was not imported. Save it again from Word as "
    "a new .docx (File, Save As) and try that, or import the assessment on its own."
)
TOO_LONG = (
    f"This document has more than {MAX_BLOCKS:,} paragraphs and table rows, far more than an "
    "assessment. It was not read. Import the assessment on its own, or split the document."
)


def read_docx(data: bytes) -> Reading:
    inspection = inspect(data)
    try:
        word = docx.Document(io.BytesIO(data))
    except Exception:  # python-docx raises many kinds of error for a malformed package
        raise UnsafeDocument(CORRUPT) from None
    converter = _Converter(word)
    converter.convert()
    reading = read_markdown("\n".join(converter.lines) + "\n")
    _fill(reading.document, converter.fields)
    _to_paragraph_numbers(reading, converter.block_of_line)
    reading.notes[:0] = inspection.warnings
    return reading


def _norm(text):
    return re.sub(r"\s+", " ", text).strip().lower()


_KNOWN_TABLES = {
    tuple(_norm(cell) for cell in header): name
    for name, header in (
        ("people", labels.PEOPLE_HEADER),
        ("chronology", labels.CHRONOLOGY_HEADER),
        ("chronology", (*labels.CHRONOLOGY_HEADER, labels.CATEGORY_COLUMN)),
        ("risk", labels.RISK_HEADER),
        ("recommendations", labels.RECOMMENDATIONS_HEADER),
        ("findings", labels.FINDINGS_HEADER),
    )
}
_META_KEYS = {_norm(key) for key in labels.META_KEYS}
_EXPORT_ONLY = {_norm(heading) for heading in labels.EXPORT_ONLY_HEADINGS}


class _Converter:
    def __init__(self, word):
        self.word = word
        self.lines: list[str] = []
        self.block_of_line: dict[int, int] = {}
        self.fields: dict[str, dict] = defaultdict(dict)
        self.block = 0
        self.last_ref = None
        self.skip_below = None  # inside the export's sign-off or appendix
        styles = {style.name: style.style_id for style in word.styles}
        self.detail_style_id = styles.get(DETAIL_STYLE)
        self.styles = _StyleCache(word)

    def convert(self):
        deadline = time.monotonic() + MAX_SECONDS
        for count, element in enumerate(_body_blocks(self.word.element.body), start=1):
            if count > MAX_BLOCKS:
                raise UnsafeDocument(TOO_LONG)
            if count % 200 == 0 and time.monotonic() > deadline:
                raise UnsafeDocument(TOO_SLOW)
            if element.tag == _P:
                self._paragraph(Paragraph(element, self.word))
            elif element.tag == _TBL:
                self._table(element)

    def _emit(self, *lines):
        self.block += 1
        for line in lines:
            self.lines.append(line)
            self.block_of_line[len(self.lines)] = self.block
        self.lines.append("")

    # -- paragraphs --------------------------------------------------------------------------

    def _paragraph(self, paragraph):
        text = _text(paragraph._p).strip()
        if not text:
            return
        style, style_bold = self.styles.of(paragraph)
        level = _heading_level(paragraph, style, text, style_bold)
        if level is not None:
            if self.skip_below is not None and level > self.skip_below:
                return
            self.skip_below = level if _norm(text) in _EXPORT_ONLY else None
            if self.skip_below is None:
                self._emit("#" * level + " " + text.replace("\n", " "))
            return
        if self.skip_below is not None:
            return
        if style == DETAIL_STYLE:
            return self._detail(text)
        self.last_ref = _ref_label(text)
        lines = text.split("\n")
        if _is_list(paragraph, style):
            lines[0] = "- " + lines[0]
        self._emit(*lines)
        return None

    def _detail(self, text):
        label, _, value = text.partition(":")
        label, value = label.strip(), value.strip()
        reason = _REASON_LABEL.match(label)
        if reason:
            self.fields[reason.group(1)]["reason"] = value
        elif label in labels.DETAIL_FIELDS and self.last_ref:
            name = labels.DETAIL_FIELDS[label]
            if name in ("cites", "contradicted_by"):
                value = _REF.findall(value)
            elif name in ("heard_on", "date_of_birth"):
                value = labels.iso_date(value)
            elif name == "is_pattern":
                value = _norm(value).startswith("yes")
            self.fields[self.last_ref][name] = value

    # -- tables ------------------------------------------------------------------------------

    def _table(self, table):
        rows = [_cells(tr, self.detail_style_id) for tr in table.iterchildren(_TR)]
        rows = [(row, details) for row, details in rows if any(row)]
        if not rows or self.skip_below is not None:
            return
        kind = _KNOWN_TABLES.get(tuple(_norm(cell) for cell in rows[0][0]))
        if kind == "findings" or (_norm(rows[0][0][0]) in _META_KEYS and len(rows[0][0]) <= 3):
            return
        if kind is not None:
            for row, details in rows[1:]:
                getattr(self, f"_{kind}_row")(row)
                for detail in details:  # "Rests on: F1" under a hazard's text
                    self._detail(detail)
            return
        plain = [row for row, _ in rows]
        if len(plain) > 1 and _looks_like_header(plain[0]):
            plain = plain[1:]  # column names are not items
        for row in plain:
            cells = [cell.replace("\n", " ").strip() for cell in row]
            self._emit(" – ".join(cell for cell in cells if cell))

    def _people_row(self, row):
        ref, name, relationship, lives, notes = (row + [""] * 5)[:5]
        ref = ref.strip()
        if not re.fullmatch(r"P\d{1,6}", ref):
            return self._emit(" – ".join(cell for cell in row if cell.strip()))
        self.last_ref = ref
        self._emit(f"{ref}: Adult: {name}")  # the fields below replace what this line gives
        self.fields[ref].update(
            name=name,
            relationship_to_child=relationship,
            lives_in_household=not _norm(lives).startswith("no"),
            notes=notes,
        )
        return None

    def _chronology_row(self, row):
        ref, when, text, source, how_known, category = (row + [""] * 6)[:6]
        if not text.strip():
            return
        self._item_row(ref, "F", text)
        if _ITEM_REF.match(f"{ref}:") and ref.startswith("F"):
            historic = when.endswith(labels.HISTORY_MARK.strip())
            when = when.replace(labels.HISTORY_MARK.strip(), "").strip()
            self.fields[ref].update(
                date=labels.iso_date(when),
                is_historic=historic,
                source=source,
                how_known=labels.HOW_KNOWN_VALUE.get(_norm(how_known), how_known),
                category=labels.CATEGORY_VALUE.get(_norm(category), category),
            )

    def _risk_row(self, row):
        ref, part, text = (row + [""] * 3)[:3]
        if _norm(part) == "probability":
            if text.strip() and text.strip() != "Not judged":
                self._emit(f"Probability: {text}")
            return
        if text.strip():
            self._item_row(ref, None, text, part)

    def _recommendations_row(self, row):
        ref, action, objective, answers, who, by_when, how = (row + [""] * 7)[:7]
        if not action.strip():
            return
        self._item_row(ref, "R", action)
        if ref.startswith("R"):
            cited = _REF.findall(answers)
            self.fields[ref].update(
                objective=objective,
                who=who,
                by_when=labels.iso_date(by_when),
                how_we_will_know=how,
                answers=[r for r in cited if not r.startswith("G")],
                fills=[r for r in cited if r.startswith("G")],
            )

    def _item_row(self, ref, letter, text, part=""):
        ref = ref.strip()
        lines = text.split("\n")
        if _ITEM_REF.match(f"{ref}:") and (letter is None or ref.startswith(letter)):
            lines[0] = f"{ref}: {lines[0]}"
            self.last_ref = ref
        else:
            self.last_ref = None
            if part:
                lines[0] = f"{part}: {lines[0]}"
        self._emit(*lines)


def _body_blocks(parent):
    """Paragraphs and tables in order, looking inside content controls."""
    for element in parent.iterchildren():
        if element.tag == _SDT:
            content = element.find(_SDT_CONTENT)
            if content is not None:
                yield from _body_blocks(content)
        elif element.tag in (_P, _TBL):
            yield element


def _text(element) -> str:
    """The text Word shows with tracked changes accepted (inserted runs in, deletions out)."""
    parts: list[str] = []

    def walk(node):
        for child in node.iterchildren():
            tag = child.tag
            if tag == _FALLBACK:
                continue  # the same content again, for older readers
            if tag == _TEXT:
                parts.append(child.text or "")
            elif tag == _TAB:
                parts.append("\t")
            elif tag in (_BR, _CR):
                if child.get(qn("w:type")) not in ("page", "column"):
                    parts.append("\n")
            elif tag == _P and parts:
                parts.append("\n")  # a paragraph inside a text box
                walk(child)
            else:
                walk(child)

    walk(element)
    return "".join(parts)


def _cells(tr, detail_style_id=None) -> tuple[list[str], list[str]]:
    """A row's cell texts, and the lines in the detail style inside its cells."""
    cells, details = [], []
    for tc in tr.iterchildren(_TC):
        texts = []
        for p in tc.iter(_P):
            text = _text(p).strip()
            style = p.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
            if detail_style_id and style is not None and style.get(qn("w:val")) == detail_style_id:
                details.append(text)
            elif text:
                texts.append(text)
        cells.append("\n".join(texts))
    return cells, details


class _StyleCache:
    """Each paragraph's style name and boldness, looked up once per style. python-docx finds a
    paragraph's style by scanning every style in the file (and the default one by scanning
    them all again): with thousands of styles and paragraphs that took minutes."""

    def __init__(self, word):
        self.word = word
        self.known: dict[str | None, tuple[str, bool]] = {}

    def of(self, paragraph):
        style_id = paragraph._p.style
        if style_id not in self.known:
            style = paragraph.style
            if style is None:
                self.known[style_id] = ("", False)
            else:
                self.known[style_id] = (style.name or "", bool(style.font.bold))
        return self.known[style_id]


def _heading_level(paragraph, style, text, style_bold=False):
    if style == "Title":
        return 1
    match = _HEADING_STYLE.match(style)
    if match:
        return int(match.group(1)) + 1
    outline = paragraph._p.find(f"{qn('w:pPr')}/{qn('w:outlineLvl')}")
    if outline is not None and (outline.get(qn("w:val")) or "").isdigit():
        level = int(outline.get(qn("w:val")))
        if level < 9:
            return level + 2
    one_line = "\n" not in text and len(text) <= 80
    if (
        one_line
        and section_for(text)
        and (_all_bold(paragraph, style_bold) or _is_list(paragraph, style))
    ):
        return 2  # "Analysis" in bold, or "3. Analysis" as a numbered line
    return None


def _all_bold(paragraph, style_bold):
    runs = [run for run in paragraph.runs if run.text.strip()]
    if not runs:
        return False
    return all(run.bold or (run.bold is None and style_bold) for run in runs)


def _is_list(paragraph, style):
    if style.lower().startswith("list"):
        return True
    return paragraph._p.find(f"{qn('w:pPr')}/{_NUMBERING}") is not None


def _looks_like_header(row):
    return all(len(cell.split()) <= 5 for cell in row)


def _ref_label(text):
    match = _ITEM_REF.match(text)
    return match.group(1) if match else None


def _fill(document, fields):
    """Put the fields read from tables and detail lines onto the items they belong to."""
    for danger in document.dangers:  # the export writes "High: reasoning"
        level = (danger.probability or "").capitalize()
        if level and danger.probability_reasoning.startswith(f"{level}: "):
            danger.probability_reasoning = danger.probability_reasoning[len(level) + 2 :]
    children = {child.name: child.ref for child in document.children}
    for values in fields.values():
        if "child_ref" in values:
            values["child_ref"] = children.get(values["child_ref"])
    for adult in document.adults:  # from the export's table of adults: every cell, blank or not
        for name, value in fields.get(adult.ref, {}).items():
            setattr(adult, name, value)
    items = [
        *document.children,
        *document.facts,
        *document.experiences,
        *document.analysis,
        *document.dangers,
        *document.recommendations,
    ]
    items += [factor for danger in document.dangers for factor in danger.factors]
    for item in items:
        for name, value in fields.get(item.ref, {}).items():
            if hasattr(item, name) and value not in (None, "", []):
                setattr(item, name, value)


def _to_paragraph_numbers(reading, block_of_line):
    def block(line):
        return block_of_line.get(line, line)

    document = reading.document
    items = [
        *document.facts,
        *document.experiences,
        *document.analysis,
        *document.dangers,
        *document.recommendations,
        *document.loose,
    ]
    items += [factor for danger in document.dangers for factor in danger.factors]
    for item in items:
        if item.location is not None:
            reading.positions[item.ref] = (block(item.location.line), 1)
            item.location = None
    reading.positions = {
        ref: (block(line), 1) if ref[0] in "CP" else (line, column)
        for ref, (line, column) in reading.positions.items()
    }
    reading.section_lines = {key: block(line) for key, line in reading.section_lines.items()}
    reading.notes = [
        re.sub(r"^line (\d+):", lambda m: f"paragraph {block(int(m.group(1)))}:", note)
        for note in reading.notes
    ]
