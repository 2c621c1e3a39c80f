"""Markdown or plain text -> Document.

Sections are found by their headings (see headings.py): Markdown headings (# Analysis, or a line
underlined with === or ---) and, in plain text, a line that is only a section name ("RISK",
"Analysis:"). Each paragraph, list item or table row under a heading is one item. A label at the
start of an item gives its reference ("F3:", "[A2]") and, in the risk section, its kind
("Danger:", "Hazard:", "Strength:", "Information gap:", "Method:", "Probability: high").
References in the text such as [F3] or (F3, F4) are citations.

Item text keeps the file's own line breaks, so a character offset inside an item maps back to a
line and column in the file.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from assist import clock
from assist import document as doc
from assist.readers.dates import leading_date, parse_date
from assist.readers.headings import ALIASES, plain_heading, section_for
from assist.readers.people import (
    is_adult_role,
    people_in_prose,
    read_person,
    same_person,
    sentences,
)
from assist.readers.reading import Reading
from assist.rubric.text import QUOTE, cited_refs, finite_verbs, reads_as_a_heading, tells
from assist.rubric.view import UNSORTED
from assist.vocabulary import DatePrecision

_FENCE = re.compile(r"^\s{0,3}(`{3,}|~{3,})")
_ATX = re.compile(r"^\s{0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_SETEXT = re.compile(r"^\s{0,3}(=+|-+)[ \t]*$")
_RULE = re.compile(r"^\s{0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_LIST = re.compile(r"^(\s*)(?:[-*+•]|(\d{1,4})[.)])[ \t]+(?=\S)")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_QUOTE_MARK = re.compile(r"^\s{0,3}(?:>[ \t]?)+")
_COMMENT = re.compile(r"^\s*<!--.*-->\s*$")
# A report's numbered paragraph, "9.2 Ms Cole will...", its number before a capital.
_NUMBERED_PARAGRAPH = re.compile(r"^\s{0,3}(?P<major>[1-9]\d?)\.(?P<minor>[1-9]\d?)[ \t]+(?=[A-Z])")
_ENDS_A_PARAGRAPH = frozenset('.!?:;"”)')

# "... Source: school DSL", "(source: police log)" or "- Source - GP letter" ending an entry.
_SOURCE = re.compile(
    r"(?:(?<=[.;,)])\s*|\s[–—-]\s*|\s)\(?source\s*[:–—-]\s*(?P<source>[^()\n]{2,300}?)\)?\.?\s*$",
    re.IGNORECASE,
)
_EMPHASIS = r"(?:\*\*|__|\*|_)?"
_REF_LABEL = re.compile(
    rf"^{_EMPHASIS}[\[(]?([A-Z])(\d{{1,4}})[\])]?{_EMPHASIS}(?:[ \t]*[:.)–—-])?[ \t]+(?=\S)"
)


# Lines about the document rather than the child ("Prepared by Jo Bloggs", "Date of
# assessment: 12/09/2026", "Author | Jo Bloggs" from a title table). The service keeps its own
# author and dates; read as items, they only became facts to sort. Recognised only as a whole
# short line, and a date label only with a date after it, so an entry is never taken for one.
_WRITTEN_BY = re.compile(
    r"^(?:prepared|written|completed|compiled|produced|authored|undertaken)\s+by\s*:?\s+(?P<rest>.+)$",
    re.IGNORECASE,
)
_DATE_LABEL = re.compile(
    r"^(?:date(?:\s+of\s+(?:assessment|report|completion))?|assessment\s+date|report\s+date"
    r"|date\s+(?:written|started|completed)|(?:start|completion)\s+date)\s*[:|–—-]\s*(?P<rest>.+)$",
    re.IGNORECASE,
)
_WHO_LABEL = re.compile(
    r"^(?:author|(?:allocated\s+|assessing\s+)?social\s+worker|(?:team\s+|practice\s+)?manager"
    r"|(?:practice\s+)?supervisor|case\s+(?:number|reference|ref))\s*[:|–—-]\s*(?P<rest>.+)$",
    re.IGNORECASE,
)
_SHORT = 8  # words: a name and role, or a reference, and no sentence about the child


def about_the_document(text: str) -> bool:
    """Whether ``text`` says who wrote the document or when, not what happened to the child."""
    if "\n" in text.strip():
        return False
    line = text.strip()
    for pattern in (_WRITTEN_BY, _WHO_LABEL):
        match = pattern.match(line)
        if match and len(match.group("rest").split()) <= _SHORT:
            return True
    match = _DATE_LABEL.match(line)
    if match:
        return parse_date(match.group("rest"), today=date.max).known
    return False


# A document's title or the organisation that wrote it, at its head before any section
# ("Northshire County Council – Children's Services", "Child and Family Assessment",
# "OFFICIAL-SENSITIVE"): about the document, like the lines above.
_ORGANISATION = re.compile(
    r"\b(?:council|children['’]?s services|local authority|borough|county|metropolitan|"
    r"nhs|trust|safeguarding (?:partnership|board)|directorate|social care|social services|"
    r"family services|early help)\b",
    re.IGNORECASE,
)
_MARKING = re.compile(
    r"^(?:official(?:[\s-]+sensitive)?|confidential|private and confidential|restricted)\b",
    re.IGNORECASE,
)
_SMALL_WORDS = frozenset(["a", "an", "and", "at", "by", "for", "in", "of", "on", "the", "to"])
_LONGEST_TITLE = 12  # words


def names_the_document(text: str) -> bool:
    """Whether ``text``, at the head of a document before any section, is its title or the
    organisation's name rather than something that happened: one short line naming a council,
    a service or a marking, or written as a title (each word capitalised, no full stop)."""
    line = text.strip()
    if not line or "\n" in line or len(line.split()) > _LONGEST_TITLE:
        return False
    if leading_date(line, today=date.max)[0].known:
        return False  # "12/09/2026 - Mum Rang": an entry, however it is capitalised
    if _ORGANISATION.search(line) or _MARKING.match(line):
        return True
    return line[-1] not in ".!?" and _title_cased(line)


def _title_cased(line: str) -> bool:
    """Each word capitalised but the small ones ("Home Conditions and Routines")."""
    words = re.findall(r"[^\W\d_][\w'’-]*", line)
    return bool(words) and all(word[0].isupper() or word.lower() in _SMALL_WORDS for word in words)


# A sub-heading written as a plain line: a question with no mark ("What Ellie told me"), a
# title ("Home Conditions") or a line in bold ("**Her health**").
_ASKING = re.compile(r"^(?:what|how|why|who|where|when)\b", re.IGNORECASE)
_ASKING_AGAIN = re.compile(r"\b(?:what|how|why|who|where|when)\b", re.IGNORECASE)
_BOLD_LINE = re.compile(r"^(\*\*|__)(?P<words>[^*_].*?)\1$")


def _a_sub_heading(block: Block, following: Block | None) -> str | None:
    """The words of a line of its own that heads the text after it, or None. A paragraph of one
    short line with no sentence's punctuation, followed by more of its section; the people
    section reads its own short lines (a name alone is a person)."""
    if block.kind != "para" or len(block.lines) != 1:
        return None
    if following is None or following.kind == "heading":
        return None
    line = block.lines[0].strip()
    bold = _BOLD_LINE.match(line)
    words = bold.group("words").strip() if bold else line
    if not reads_as_a_heading(words):
        return None
    verbs = finite_verbs(words)
    if _ASKING.match(words):
        # "What Ellie told me", "What is going well and what we will do": a verb to each
        # question ("What Ellie wants is to live with Nan" says something).
        return words if verbs <= len(_ASKING_AGAIN.findall(words)) else None
    if (bold or _title_cased(words)) and not verbs:
        return words  # "Home Conditions", "**Her health**" ("**Ellie is scared**" says something)
    return None


def _label(pattern):
    return re.compile(
        # A dash ends a label only as a dash ("Danger - ..."), not inside a word ("long-term").
        rf"^{_EMPHASIS}(?:{pattern})(?:[ \t]+\d{{1,3}})?{_EMPHASIS}[ \t]*(?::|[–—-](?=\s))"
        rf"{_EMPHASIS}[ \t]*",
        re.IGNORECASE,
    )


# The parts of risk reasoning, as a label or a sub-heading names them.
_RISK_NAMES = (
    # "Danger to Kayden:", "Danger statement:", "Worry statement:": the danger, named for whom
    # or as Signs of Safety names it.
    (
        "danger",
        r"dangers?(?: statements?)?(?: (?:to|for) [\w'’]+(?: [\w'’]+)?)?|worry statements?|"
        r"feared outcomes?|what we(?:['’]re| are) worried about",
    ),
    ("hazard", r"hazards?|risk factors?|complicating factors?"),
    ("strength", r"strengths?|protective factors?|what['’]s working well"),
    (
        "information_gap",
        r"information gaps?|gaps?|further information(?: needed)?|"
        r"what we (?:don['’]t|do not) know|unknowns?",
    ),
    ("method", r"methods?|how (?:we will|to) reduce (?:it|this|the risk)"),
    ("probability", r"probability|likelihood|how likely"),
)
_RISK_LABELS = tuple((kind, _label(names)) for kind, names in _RISK_NAMES)
# A sub-heading in the risk section that names a part ("## Strengths"): the paragraphs under it
# are that part, as if each were labelled.
_RISK_HEADINGS = tuple(
    (kind, re.compile(rf"^(?:{names})$", re.IGNORECASE))
    for kind, names in _RISK_NAMES
    if kind != "danger"
)
_RISK_LETTERS = {
    "D": "danger",
    "H": "hazard",
    "S": "strength",
    "G": "information_gap",
    "M": "method",
}
_FACTOR_LETTER = {"hazard": "H", "strength": "S", "information_gap": "G", "method": "M"}
_PROBABILITY = re.compile(r"^(low|medium|moderate|high)\b", re.IGNORECASE)

_CHILD_LABELS = (
    (
        "words",
        _label(r"words|in (?:\w+['’]s|his|her|their) (?:own )?words|what \w+ said|said|voice"),
    ),
    ("observation", _label(r"observations?|observed|what i saw|seen")),
    ("day_in_life", _label(r"(?:a )?day in the life")),
    ("if_nothing_changes", _label(r"if nothing changes")),
    # ("What made it hard to hear her", as the form and the README put it.)
    ("barriers_to_hearing", _label(r"barriers(?: to hearing)?|what made it hard to hear \w+")),
)
# Verbs of a child's words, as notes write them ("said", "asked"); any other verb of telling
# followed by what was told counts too (text.tells: "reports that", "mentioned to me").
_CHILD_SPEAKS = re.compile(
    r"\b(?:said|says|told|tells|asked|asks|wrote|writes|replied|explained|described)\b", re.I
)
_OTHER_LABELS = _label(r"recommendations?|actions?|analysis|facts?|notes?")

_SECTION_LETTER = {
    "people": "P",
    "facts": "F",
    "child": "E",
    "analysis": "A",
    "recommendations": "R",
    UNSORTED: "T",
}


@dataclass
class Block:
    kind: str  # heading, para, item, row
    line: int
    column: int
    lines: list[str] = field(default_factory=list)
    level: int = 0
    number: int | None = None

    @property
    def text(self) -> str:
        return "\n".join(line.rstrip() for line in self.lines).strip("\n")


def read_markdown(text: str, today: date | None = None) -> Reading:
    blocks = _blocks(text.split("\n"))
    return _Builder(today).build(blocks)


def read_blocks(blocks: list[Block], today: date | None = None) -> Reading:
    """Blocks another reader has already found (the Word reader knows its headings, paragraphs
    and list items from the document's structure, so its text is never read as Markdown: a
    paragraph starting "# " stays a paragraph)."""
    return _Builder(today).build(blocks)


# -- lines -> blocks ------------------------------------------------------------------------------


def _blocks(lines):
    return _BlockScanner().scan(lines)


class _BlockScanner:
    """Lines to blocks, one line at a time: each rule in ``RULES`` takes the line (True) or
    leaves it to the next; a line no rule takes starts a paragraph."""

    RULES = (
        "_in_fence",
        "_fence",
        "_blank",
        "_atx_heading",
        "_setext_underline",
        "_rule",
        "_table_rule",
        "_table_row",
        "_list_item",
        "_plain_heading",
        "_numbered_paragraph",
        "_continuation",
    )

    def __init__(self):
        self.blocks: list[Block] = []
        self.current: Block | None = None
        self.fence: str | None = None
        self.numbered: tuple[int, int] | None = None  # the last numbered paragraph's number

    def scan(self, lines):
        rules = [getattr(self, name) for name in self.RULES]
        for number, raw in enumerate(lines, start=1):
            line = raw.rstrip()
            if not any(rule(number, line) for rule in rules):
                self._paragraph(number, line)
        self._close()
        return self.blocks

    def _close(self):
        if self.current is not None and self.current.text.strip():
            self.blocks.append(self.current)
        self.current = None

    def _in_fence(self, number, line):
        if self.fence is None:
            return False
        if line.strip().startswith(self.fence):
            self.fence = None
        return True

    def _fence(self, number, line):
        fence_match = _FENCE.match(line)
        if fence_match:
            self._close()
            self.fence = fence_match.group(1)[:3]
        return bool(fence_match)

    def _blank(self, number, line):
        if not line.strip() or _COMMENT.match(line):
            self._close()
            return True
        return False

    def _atx_heading(self, number, line):
        heading = _ATX.match(line)
        if heading:
            self._close()
            title = (heading.group(2) or "").strip()
            if title:
                level = len(heading.group(1))
                self.blocks.append(Block("heading", number, 1, [title], level=level))
        return bool(heading)

    def _setext_underline(self, number, line):
        underline = _SETEXT.match(line)
        if not underline:
            return False
        current = self.current
        if current is not None and current.kind == "para" and len(current.lines) == 1:
            current.kind = "heading"
            current.level = 1 if underline.group(1).startswith("=") else 2
            current.lines = [current.lines[0].strip()]
            self.blocks.append(current)
            self.current = None
            return True
        # The underline of a plain-text heading already taken as one.
        blocks = self.blocks
        return (
            current is None
            and bool(blocks)
            and blocks[-1].kind == "heading"
            and blocks[-1].line == number - 1
        )

    def _rule(self, number, line):
        if _RULE.match(line):
            self._close()
            return True
        return False

    def _table_rule(self, number, line):
        if "|" not in line or not _TABLE_RULE.match(line):
            return False
        if self.current is not None and self.current.kind in ("para", "row"):
            self.current = None  # the header row of a table is not an item
        elif self.blocks and self.blocks[-1].kind == "row":
            self.blocks.pop()
        return True

    def _table_row(self, number, line):
        if not line.lstrip().startswith("|"):
            return False
        self._close()
        cells = line.replace("|", " ")
        offset = len(cells) - len(cells.lstrip())
        self.blocks.append(Block("row", number, offset + 1, [cells[offset:]]))
        return True

    def _list_item(self, number, line):
        item = _LIST.match(line)
        if item:
            self._close()
            start, numbered = item.end(), int(item.group(2)) if item.group(2) else None
            # "1. Mr Pask will... 2. Mr Pask will...": a numbered list run into one line, as
            # text pasted from a PDF often is, is one item to each number in the series.
            for following in _run_on_items(line, start, numbered):
                self.blocks.append(
                    Block("item", number, start + 1, [line[start : following[0]]], number=numbered)
                )
                start, numbered = following[1], numbered + 1 if numbered is not None else None
            self.current = Block("item", number, start + 1, [line[start:]], number=numbered)
        return bool(item)

    def _plain_heading(self, number, line):
        if plain_heading(line):
            self._close()
            self.blocks.append(Block("heading", number, 1, [line.strip()], level=0))
            return True
        return False

    def _numbered_paragraph(self, number, line):
        """ "9.2 Ms Cole will...": a report's numbered paragraph starts a block of its own, as
        one of a series ("9.1", then "9.2"), where the line before ended a sentence (not a time,
        "12.30 Mum arrived", or a date, "12.05.26 Police attended", nor "...his weight
        was\n3.4 Kg", wrapped)."""
        numbered = _NUMBERED_PARAGRAPH.match(line)
        if not numbered:
            return False
        major, minor = int(numbered.group("major")), int(numbered.group("minor"))
        if minor != 1 and self.numbered != (major, minor - 1):
            return False
        current = self.current
        if current is not None and current.lines[-1].rstrip()[-1:] not in _ENDS_A_PARAGRAPH:
            return False
        self.numbered = (major, minor)
        self._close()
        # (Its number is not a reference: "9.2" is no R9 or R2.)
        self.current = Block("item", number, numbered.end() + 1, [line[numbered.end() :]])
        return True

    def _continuation(self, number, line):
        if self.current is not None:
            self.current.lines.append(line)
            return True
        return False

    def _paragraph(self, number, line):
        quote = _QUOTE_MARK.match(line)
        offset = quote.end() if quote else len(line) - len(line.lstrip())
        self.current = Block("para", number, offset + 1, [line[offset:]])


def _run_on_items(line, start, numbered):
    """(end of the item before, start of the next item's text) for each further number of a
    numbered list on the same line: "2. " after the first item's words (a pasted list may have
    no full stops), then "3. ", each before a capital. Only a list that starts at "1." (a
    report's "18. ... 19. ..." is its paragraphs, numbered, whose reasoning runs on from one to
    the next)."""
    if numbered != 1:
        return
    while True:
        following = next(
            (
                found
                for found in re.finditer(
                    rf"(?<=[\w.!?)\"”'])[ \t]+{numbered + 1}[.)][ \t]+(?=\S)", line[start:]
                )
                # Before a capital, in any alphabet, or a quotation: "2. Émile", "2. 'Dad' will".
                if line[start + found.end()].isupper() or line[start + found.end()] in "'\"‘“"
            ),
            None,
        )
        if following is None:
            return
        yield len(line[: start + following.start()].rstrip()), start + following.end()
        start, numbered = start + following.end(), numbered + 1


# -- blocks -> document ---------------------------------------------------------------------------


class _Builder:
    def __init__(self, today=None):
        self.today = today or clock.today()  # a date after it is refused, not taken
        self.document = doc.Document()
        self.notes: list[str] = []
        self.positions: dict[str, tuple[int, int]] = {}
        self.section_lines: dict[str, int] = {}
        self.used: set[str] = set()
        self.claimed: dict[int, str] = {}  # id(block) -> the reference its label claimed
        self.next_number: dict[str, int] = defaultdict(lambda: 1)
        self.danger = None
        self.risk_heading: str | None = None  # the part a risk sub-heading named ("## Strengths")
        self.ages: dict[str, tuple[int, int]] = {}  # a child's ref -> (line, age in the text)
        self.heading_lines: set[int] = set()  # id(block): before any section, naming the document

    def build(self, blocks) -> Reading:
        placed = self._place(blocks)
        recognised = any(section != UNSORTED for section, _ in placed) or bool(self.section_lines)
        if not recognised:
            placed = [(UNSORTED, block) for _, block in placed]
            self.notes.clear()  # one note says it all
            names = ", ".join(aliases[0].capitalize() for aliases in ALIASES.values())
            self.notes.append(
                f"no recognisable section headings ({names}); the text was checked as one "
                "section, with the criteria that apply to any text"
            )
        self._claim_labels(placed)
        for section, block in placed:
            self._add(section, block)
        self._ask_for_dates_of_birth()
        return Reading(
            document=self.document,
            notes=self.notes,
            unsorted=not recognised,
            positions=self.positions,
            section_lines=self.section_lines,
        )

    def _place(self, blocks):
        placed = []
        section = None
        level = 0
        for number, block in enumerate(blocks):
            if block.kind != "heading":
                following = blocks[number + 1] if number + 1 < len(blocks) else None
                sub_heading = (
                    _a_sub_heading(block, following) if section not in (None, "people") else None
                )
                if sub_heading:
                    self._note_sub_heading(block, sub_heading, section)
                    continue
                if not self.section_lines and names_the_document(block.text):
                    self.heading_lines.add(id(block))  # a note, should a section follow
                placed.append((section or UNSORTED, block))
                continue
            title = block.lines[0]
            found = section_for(title)
            if (
                found
                and block.level == 0
                and level > 0
                and section not in (None, UNSORTED)
                and _a_phrase(title)
            ):
                # A plain line naming a section, in a document whose sections are marked up as
                # headings, is a sub-heading ("What we are worried about" in the analysis):
                # taking it for a section would move what follows without a word.
                # (Risk items need their labels, or they become text to sort: the note says so.)
                labels = " and start each danger with 'Danger:'" if found == "risk" else ""
                self.notes.append(
                    f"line {block.line}: '{title}' is a plain line inside {_named(section)}, "
                    "so it was read as a sub-heading and what follows stays in that section; "
                    f"to make it {_named(found)} instead, mark it as a heading{labels}"
                )
                continue
            if found:
                section, level = found, block.level
                self.section_lines.setdefault(found, block.line)
                continue
            if section not in (None, UNSORTED) and block.level > level:
                # A sub-heading inside a section: in the risk section it may name a danger, or
                # the part of risk reasoning the paragraphs under it are ("## Strengths"), or
                # end that part.
                if section == "risk":
                    placed.append((section, block))
                continue
            before = all(id(earlier) in self.heading_lines for _, earlier in placed)
            if section is None and before and block.level == 1 and not self.document.title:
                self.document.title = title
                continue
            section, level = UNSORTED, block.level
            self.notes.append(
                f"line {block.line}: the heading '{title}' is not a section the rubric knows; "
                "the text under it was checked as plain text"
            )
        return placed

    def _note_sub_heading(self, block, words, section):
        self.notes.append(
            f"line {block.line}: '{words}' was read as a sub-heading in {_named(section)}, "
            "not as an item"
        )

    # -- references -------------------------------------------------------------------------

    def _claim_labels(self, placed):
        """Labels written in the file ("F3:") are claimed first, so numbering skips them."""
        for section, block in placed:
            letter, number, _ = self._label(section, block)
            if letter:
                ref = f"{letter}{number}"
                if ref in self.used:
                    self.notes.append(
                        f"line {block.line}: {ref} is used twice; this one was renumbered"
                    )
                else:
                    self.used.add(ref)
                    self.claimed[id(block)] = ref

    def _label(self, section, block):
        first = block.lines[0]
        match = _REF_LABEL.match(first)
        if match:
            letter = match.group(1)
            allowed = _RISK_LETTERS if section == "risk" else {_SECTION_LETTER.get(section)}
            if section == "people":
                allowed = {"P", "C"}
            if letter in allowed:
                return letter, int(match.group(2)), match.end()
        if block.number and section in _SECTION_LETTER:
            return _SECTION_LETTER[section], block.number, 0
        return None, None, 0

    def _ref(self, section, block, letter):
        claimed = self.claimed.get(id(block))
        if claimed and claimed[0] == letter:
            return claimed
        while f"{letter}{self.next_number[letter]}" in self.used:
            self.next_number[letter] += 1
        ref = f"{letter}{self.next_number[letter]}"
        self.used.add(ref)
        return ref

    # -- items ------------------------------------------------------------------------------

    def _strip(self, block, pattern_or_length):
        """The block's text and location with a leading label removed."""
        first = block.lines[0]
        if isinstance(pattern_or_length, int):
            cut = pattern_or_length
        else:
            match = pattern_or_length.match(first) if pattern_or_length else None
            cut = match.end() if match else 0
        lines = [first[cut:], *block.lines[1:]]
        text = "\n".join(line.rstrip() for line in lines).strip("\n")
        leading = len(lines[0]) - len(lines[0].lstrip())
        text = text.lstrip(" \t")
        return text, doc.Location(block.line, block.column + cut + leading)

    def _add(self, section, block):
        _, _, label_end = self._label(section, block)
        if section == "risk":
            return self._add_risk(block)
        if section == "people":
            return self._add_person(block, label_end)
        text, location = self._strip(block, label_end)
        if not text:
            return
        if section == "facts":
            ref = self._ref(section, block, "F")
            fact = doc.Fact(ref=ref, text=text, location=location)
            self._date_and_source(fact, block)
            self.document.facts.append(fact)
        elif section == "child":
            kind = None
            for name, pattern in _CHILD_LABELS:
                match = pattern.match(text)
                if match:
                    kind = name
                    text, location = _cut(text, location, match.end())
                    break
            if kind is None:
                kind = (
                    "words"
                    if QUOTE.search(text) or _CHILD_SPEAKS.search(text) or tells(text)
                    else "observation"
                )
            children = self.document.children
            self.document.experiences.append(
                doc.Experience(
                    ref=self._ref(section, block, "E"),
                    kind=kind,
                    text=text,
                    child_ref=children[0].ref if len(children) == 1 else None,
                    location=location,
                )
            )
        elif section == "analysis":
            self.document.analysis.append(
                doc.Analysis(
                    ref=self._ref(section, block, "A"),
                    text=text,
                    cites=cited_refs(text),
                    location=location,
                )
            )
        elif section == "recommendations":
            match = _OTHER_LABELS.match(text)
            if match:
                text, location = _cut(text, location, match.end())
            cites = cited_refs(text)
            self.document.recommendations.append(
                doc.Recommendation(
                    ref=self._ref(section, block, "R"),
                    action=text,
                    answers=[ref for ref in cites if ref[0] != "G"],
                    fills=[ref for ref in cites if ref[0] == "G"],
                    location=location,
                )
            )
        else:
            self._add_loose(section, block, text, location)

    def _date_and_source(self, fact, block):
        """A chronology entry as people write one: "12/09/2026 - Mum rang the school. Source:
        the school's DSL" gives the date (with how precisely it is known), what happened and
        the source. A date that cannot be right ("31/02/2021") is said, and the text kept."""
        written, rest = leading_date(fact.text, today=self.today)
        if written.text and written.error:
            self.notes.append(
                f"line {block.line}: {written.error}, so {fact.ref} was kept without a date"
            )
        elif written.text and rest.strip():
            if (
                written.known and written.on is not None
            ) or written.precision == DatePrecision.UNKNOWN:
                # "Date not known - ..." (the Word export's own words) reads back as it was.
                fact.date = written.iso
                fact.date_precision = written.precision.value
            if not written.more_exact_than_written:
                cut = len(fact.text) - len(rest)
                fact.text, fact.location = _cut(fact.text, fact.location, cut)
            # else "Spring 2019 - ..." keeps its date in its words: the date stored (about
            # April 2019) only orders the chronology, and would read more exact than written.
        source = _SOURCE.search(fact.text)
        if source and not fact.source:
            fact.source = source.group("source").strip().rstrip(".")
            fact.text = fact.text[: source.start()].rstrip(" \t–—-;,(")

    def _add_loose(self, section, block, text, location, kind=None):
        heading_line = id(block) in self.heading_lines and bool(self.section_lines)
        if section == UNSORTED and (heading_line or about_the_document(text)):
            # Kept in words for the person importing it, not made an item to sort.
            self.notes.append(
                f"line {block.line}: '{text}' is about the document, not the child, so it is "
                "noted here and not made a fact to sort"
            )
            return
        letter = "T"
        self.document.loose.append(
            doc.LooseText(
                ref=self._ref(section, block, letter),
                section=section,
                text=text,
                cites=cited_refs(text),
                location=location,
                kind=kind,
            )
        )

    def _add_risk(self, block):
        first = block.lines[0]
        if block.kind == "heading":
            # "## Strengths" names the part below it; any other sub-heading ends it.
            self.risk_heading = _risk_heading(first)
            if self.risk_heading is not None or not _risk_label(first)[0]:
                return None
        ref_match = _REF_LABEL.match(first)
        kind, pattern = _risk_label(first)
        lettered = None
        if ref_match and ref_match.group(1) in _RISK_LETTERS:
            lettered = ref_match.group(1)
            kind = kind or _RISK_LETTERS[lettered]
        if kind is None and self.risk_heading is not None and not ref_match:
            text, location = self._strip(block, 0)
            return self._add_risk_part(block, self.risk_heading, text, location)
        if kind is None:
            text, location = self._strip(block, 0)
            return self._add_loose("risk", block, text, location)
        cut = ref_match.end() if ref_match and lettered else 0
        text, location = self._strip(block, cut)
        label = pattern.match(text) if pattern else None
        if label:
            text, location = _cut(text, location, label.end())
        # "Danger: ... Hazards: ... Strengths: ...", all in one paragraph: each part is its own.
        for part_kind, part_text, part_location in _risk_parts(kind, text, location):
            self._add_risk_part(block, part_kind, part_text, part_location)
        return None

    def _add_risk_part(self, block, kind, text, location):
        if kind == "danger":
            self.danger = doc.Danger(
                ref=self._ref("risk", block, "D"),
                text=text,
                child_ref=self.document.children[0].ref
                if len(self.document.children) == 1
                else None,
                location=location,
            )
            self.document.dangers.append(self.danger)
            return None
        if self.danger is None:
            # No danger to hang it on: kept as text, with the part its label named.
            return self._add_loose("risk", block, text, location, kind)
        if kind == "probability":
            level = _PROBABILITY.match(text)
            if level:
                word = level.group(1).lower()
                self.danger.probability = "medium" if word == "moderate" else word
            self.danger.probability_reasoning = text
            self.danger.probability_location = location
            return None
        self.danger.factors.append(
            doc.Factor(
                ref=self._ref("risk", block, _FACTOR_LETTER[kind]),
                kind=kind,
                text=text,
                cites=cited_refs(text),
                location=location,
            )
        )
        return None

    def _add_person(self, block, label_end):
        """A child or an adult, with their date of birth or age and their relationship to
        the child; a sentence naming adults by relationship ("her mother, Kelly Jones") adds
        each of them. Only a line that names nobody is kept as text to sort."""
        text, location = self._strip(block, label_end)
        position = (location.line, location.column)
        person = read_person(text, self.today)
        if person is None:
            return self._add_household_prose(block, text, location)
        if not person.is_child:
            self._add_adult(
                block, person.name, person.role, person.lives_in_household, person.notes, position
            )
        else:
            self._add_child(block, person, position)
        # "Amy Carter (aged 6) lives with her mother Rachel Carter (aged 31) and Rachel's
        # partner Mark Doyle": everyone else the line names, each adult with the line (their
        # age and relationship in its words) as what is known of them.
        for other in people_in_prose(text, self.today):
            if same_person(other.name, person.name):
                continue
            if other.is_child:
                self._add_child(block, other, position)
            else:
                self._add_adult(
                    block, other.name, other.role, other.lives_in_household, text, position
                )
        return None

    def _add_household_prose(self, block, text, location):
        """A paragraph about the household: each person it names is added; each sentence
        naming an adult is kept in what is known of them, and the rest stays as text to sort
        (nothing is dropped)."""
        position = (location.line, location.column)
        unplaced = []
        found_anyone = False
        for sentence in sentences(text):
            adults = []
            for person in people_in_prose(sentence, self.today):
                found_anyone = True
                if person.is_child:
                    self._add_child(block, person, position)
                else:
                    adults.append(person)
            for adult in adults:
                self._add_adult(
                    block, adult.name, adult.role, adult.lives_in_household, sentence, position
                )
            if not adults:
                unplaced.append(sentence)
        if not found_anyone:
            return self._add_loose("people", block, text, location)
        if unplaced:
            self._add_loose("people", block, " ".join(unplaced), location)
        return None

    def _add_child(self, block, person, position):
        known = next(
            (child for child in self.document.children if same_person(child.name, person.name)),
            None,
        )
        if known is not None:  # named again: the fuller name and a date of birth are kept
            known.name = max(known.name, person.name, key=len)
            known.date_of_birth = known.date_of_birth or person.date_of_birth
            return
        ref = self._ref("people", block, "C")
        self.document.children.append(
            doc.Child(
                ref=ref,
                name=person.name,
                date_of_birth=person.date_of_birth,
                is_unborn=person.is_unborn,
                is_preverbal=person.is_preverbal,
            )
        )
        if person.age is not None:
            self.ages[ref] = (block.line, person.age)
        self.positions[ref] = position
        return None

    def _ask_for_dates_of_birth(self):
        """A child's age is not kept (it changes): ask for the date of birth of each child the
        document gives only an age for."""
        for child in self.document.children:
            if child.ref in self.ages and not child.date_of_birth:
                line, age = self.ages[child.ref]
                self.notes.append(
                    f"line {line}: {child.name} is {age} in the document; add their date of birth"
                )

    def _add_adult(self, block, name, role, lives, notes, position):
        if any(same_person(child.name, name) for child in self.document.children):
            return None  # a brother or sister already counted among the children
        known = next((a for a in self.document.adults if same_person(a.name, name)), None)
        if known is not None:  # named again: what this line says is added to what is known
            if notes and notes not in known.notes:
                known.notes = "\n".join(part for part in (known.notes, notes) if part)
            return None
        ref = self._ref("people", block, "P")
        self.document.adults.append(
            doc.Adult(
                ref=ref,
                name=name,
                relationship_to_child=role if is_adult_role(role) else "",
                lives_in_household=lives,
                notes=notes,
            )
        )
        self.positions[ref] = position
        return None


def _a_phrase(title: str) -> bool:
    """A section's name put as a phrase of three words or more, in sentence case ("What we are
    worried about"), as sub-headings are; not "ANALYSIS" or "Recommendations:", which start a
    section however the rest of the document marks its headings."""
    words = title.strip(" :*_").split()
    return len(words) >= 3 and not title.isupper()


def _named(section: str) -> str:
    """A section as a note names it: "the section 'Analysis'"."""
    if section == UNSORTED:
        return "text under no known section"
    return f"the section '{doc.SECTION_TITLES[section]}'"


def _risk_heading(title):
    for kind, pattern in _RISK_HEADINGS:
        if pattern.match(title.strip().rstrip(":")):
            return kind
    return None


def _risk_label(text):
    for kind, pattern in _RISK_LABELS:
        if pattern.match(text):
            return kind, pattern
    return None, None


_SENTENCE_GAP = re.compile(r"(?<=[.;!?])[ \t\n]+")


def _risk_parts(kind, text, location):
    """(kind, text, location) of each labelled part of a risk paragraph: a sentence after the
    first that opens with a risk label ("... Hazards: the 2023 incident.") starts a new part."""
    starts = [0]
    kinds = [kind]
    for gap in _SENTENCE_GAP.finditer(text):
        found, pattern = _risk_label(text[gap.end() :])
        if found is not None:
            starts.append(gap.end())
            kinds.append(found)
    for number, begin in enumerate(starts):
        end = starts[number + 1] if number + 1 < len(starts) else len(text)
        part, part_location = text[begin:end].rstrip(), _moved(text, location, begin)
        if number:
            label = _risk_label(part)[1]
            part, part_location = _cut(part, part_location, label.match(part).end())
        yield kinds[number], part, part_location


def _moved(text, location, offset):
    """Where the character at ``offset`` of a text starting at ``location`` is."""
    before = text[:offset]
    lines = before.count("\n")
    if not lines:
        return doc.Location(location.line, location.column + offset)
    return doc.Location(location.line + lines, offset - before.rfind("\n"))


def _cut(text, location, length):
    """Remove a label of ``length`` characters from the start of the text."""
    rest = text[length:]
    trimmed = rest.lstrip(" \t")
    moved = length + (len(rest) - len(trimmed))
    first_line = text.split("\n", 1)[0]
    if moved <= len(first_line):
        location = doc.Location(location.line, location.column + moved)
    return trimmed, location
