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
from datetime import date

import docx
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from assist.readers.bounded import MAX_SECONDS, TOO_SLOW
from assist.readers.chronology import match_headings
from assist.readers.dates import parse_date
from assist.readers.headings import CONTENTS, normalise, plain_heading, section_for
from assist.readers.markdown import Block, read_blocks
from assist.readers.people import household_columns, person_line
from assist.readers.reading import Reading
from assist.word import labels
from assist.word.package import for_python_docx
from assist.word.safety import CORRUPT, UnsafeDocument, inspect
from assist.word.styles import DETAIL_STYLE

_P, _TBL, _TR, _TC, _SDT = (qn(f"w:{tag}") for tag in ("p", "tbl", "tr", "tc", "sdt"))
_SDT_CONTENT, _CUSTOM_XML = qn("w:sdtContent"), qn("w:customXml")
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
NO_TEXT = (
    "This document has no text to check: it is empty, or its headings have nothing under "
    "them. Choose the Word document that holds the assessment."
)
TOO_LONG = (
    f"This document has more than {MAX_BLOCKS:,} paragraphs and table rows, far more than an "
    "assessment. It was not read. Import the assessment on its own, or split the document."
)


def read_docx(data: bytes, today: date | None = None) -> Reading:
    inspection = inspect(data)
    try:
        word = docx.Document(io.BytesIO(for_python_docx(data)))
    except MemoryError:
        raise  # not damage: the reader's memory cap, which says so in its own words
    except Exception:  # python-docx raises many kinds of error for a malformed package
        raise UnsafeDocument(CORRUPT) from None
    converter = _Converter(word)
    converter.convert()
    reading = read_blocks(converter.blocks, today)
    if not reading.document.all_refs():
        raise UnsafeDocument(NO_TEXT)  # an empty draft would only puzzle its worker
    _fill(reading.document, converter.fields)
    _to_paragraph_numbers(reading)
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
        self.blocks: list[Block] = []
        self.fields: dict[str, dict] = defaultdict(dict)
        self.block = 0
        self.last_ref = None
        self.skip_below = None  # inside the export's sign-off or appendix
        self.detail_style_id = _style_id(word, DETAIL_STYLE)
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

    def _emit(self, *lines, kind="para", level=0):
        """One block, numbered as the paragraph it came from (a table row counts as one)."""
        self.block += 1
        self.blocks.append(Block(kind, self.block, 1, list(lines), level=level))

    # -- paragraphs --------------------------------------------------------------------------

    def _paragraph(self, paragraph):
        text = _text(paragraph._p).strip()
        if not text:
            return
        style, style_bold = self.styles.of(paragraph)
        if _is_contents(paragraph, style, text) or normalise(text) in CONTENTS:
            return  # a table of contents names the sections; it is not one of them
        level = _heading_level(paragraph, style, text, style_bold)
        if level is not None and _is_sentence(text):
            level = None  # a paragraph in a heading style: its words are kept, as text
        if level is not None:
            if self.skip_below is not None and level > self.skip_below:
                return
            self.skip_below = level if _norm(text) in _EXPORT_ONLY else None
            if self.skip_below is None:
                self._emit(text.replace("\n", " "), kind="heading", level=level)
            return
        if self.skip_below is not None:
            return
        if style == DETAIL_STYLE:
            return self._detail(text)
        self.last_ref = _ref_label(text)
        if "\n" not in text and not _is_list(paragraph, style) and plain_heading(text):
            # A line that is only a section's name ("ANALYSIS", "Risk:") in plain type.
            self._emit(text, kind="heading", level=0)
            return None
        self._emit(*text.split("\n"), kind="item" if _is_list(paragraph, style) else "para")
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
        rows = [_cells(tr, self.detail_style_id) for tr in _children(table, (_TR,))]
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
        plain = [[cell.replace("\n", " ").strip() for cell in row] for row, _ in rows]
        header: list[str] = []
        if len(plain) > 1 and _looks_like_header(plain[0]):
            header, plain = plain[0], plain[1:]  # column names are not items
        household = household_columns(header)
        chronology = match_headings(header, len(header))
        for row in plain:
            if household is not None:
                self._emit(person_line(row, household))
            elif "date" in chronology and "text" in chronology:
                self._emit(_chronology_line(row, chronology))
            else:
                self._emit(" – ".join(cell for cell in row if cell))

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
            # The export writes a date as precisely as it is known ("June 2021", "About 2019",
            # "Date not known"): read back the same. Text that is no date is kept as written.
            written = parse_date(when, today=date.max)
            read = not written.error
            self.fields[ref].update(
                date=written.iso if read else labels.iso_date(when),
                date_precision=written.precision.value if read else None,
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
    return _children(parent, (_P, _TBL))


def _children(parent, tags):
    """The children with these tags, in order, looking inside content controls and custom XML
    (which can wrap paragraphs, tables, rows and cells alike)."""
    for element in parent.iterchildren():
        if element.tag in tags:
            yield element
        elif element.tag == _SDT:
            content = element.find(_SDT_CONTENT)
            if content is not None:
                yield from _children(content, tags)
        elif element.tag == _CUSTOM_XML:
            yield from _children(element, tags)


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
    for tc in _children(tr, (_TC,)):
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


def _style_id(word, name):
    """The id of the style with this name, read from the XML: python-docx's own list of styles
    stops at the first style it cannot type."""
    styles = word.styles.element
    for style in styles.iterchildren(qn("w:style")):
        style_name = style.find(qn("w:name"))
        if style_name is not None and style_name.get(qn("w:val")) == name:
            return style.get(qn("w:styleId"))
    return None


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
            try:
                style = paragraph.style
                known = (style.name or "", bool(style.font.bold)) if style else ("", False)
            except (KeyError, ValueError, AttributeError):
                known = ("", False)  # a style python-docx cannot type: read as plain text
            self.known[style_id] = known
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
        and section_for(text, prefix=False)
        and (_all_bold(paragraph, style_bold) or _is_list(paragraph, style))
    ):
        # "Analysis" in bold, or "3. Analysis" as a numbered line: the whole line is a
        # section's name. "Risk to Amy is high because..." in bold or as a list item is text.
        return 2
    return None


# A contents line: a title, a tab or a leader (dots, an arrow, dashes), then a page number.
_CONTENTS_LINE = re.compile(
    r"^(?P<title>[^\t]{1,100}?)(?:\t+|\s*[.…·_-]{2,}\s*|\s*→\s*|\s{2,})\d{1,4}$"
)
_LONGEST_CONTENTS_LINE = 120  # a contents line is a heading and a page number, never a paragraph


def _is_contents(paragraph, style, text):
    """A line of a table of contents: in a contents style, linking to a heading's bookmark, or
    a section's name followed by a leader and a page number ("Recommendations → 25")."""
    lowered = style.lower()
    if lowered.startswith(("toc", "table of contents", "contents")):
        return True
    if _CONTENTS_ANCHOR.search(paragraph._p.xml if len(text) < 300 else ""):
        return True
    if len(text) > _LONGEST_CONTENTS_LINE or not text[-1:].isdigit():
        return False
    line = _CONTENTS_LINE.match(text)
    return bool(line and section_for(line.group("title")))


_CONTENTS_ANCHOR = re.compile(r'w:anchor="_Toc|PAGEREF _Toc')


# A heading names a section in a few words; more than this, and no section's name, is a
# paragraph someone styled as a heading (its text would otherwise be lost with the heading).
_LONGEST_HEADING = 12


def _is_sentence(text):
    return len(text.split()) > _LONGEST_HEADING and section_for(text) is None


def _all_bold(paragraph, style_bold):
    runs = [run for run in paragraph.runs if run.text.strip()]
    if not runs:
        return False
    return all(run.bold or (run.bold is None and style_bold) for run in runs)


def _is_list(paragraph, style):
    if style.lower().startswith("list"):
        return True
    return paragraph._p.find(f"{qn('w:pPr')}/{_NUMBERING}") is not None


def _chronology_line(row, columns):
    """A chronology table's row as a dated entry: "3 May 2024 – What happened. Source: Nursery"
    (the date and the source are read back out of it as any dated paragraph's are)."""
    cells = dict(zip(columns, row, strict=False))
    line = " – ".join(part for part in (cells.get("date", ""), cells.get("text", "")) if part)
    if cells.get("source"):
        line += f" Source: {cells['source']}"
    return line


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


def _to_paragraph_numbers(reading):
    """Blocks are numbered as paragraphs already: each item's position is its paragraph (a
    Word file has no lines and columns), and notes say "paragraph 12", not "line 12"."""
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
            reading.positions[item.ref] = (item.location.line, 1)
            item.location = None
    for danger in document.dangers:
        danger.probability_location = None  # a paragraph has no column to point into
    reading.positions = {ref: (line, 1) for ref, (line, _) in reading.positions.items()}
    reading.notes = [re.sub(r"^line (\d+):", r"paragraph \1:", note) for note in reading.notes]
