"""How wide a table's columns must be for no word to be split, and whether the table fits a
portrait page, needs a landscape one, or must be written another way.

A word processor breaks a word in the middle when it is wider than its column: "indepen dent" in
a court bundle. So each column gets at least its longest word (a line may still wrap at a space
or after a hyphen), and columns of running text get room to read. Widths are measured with the
advance widths of DejaVu Sans, the widest of the fonts a reader's machine puts in for Arial
(Arial itself and Liberation Sans are narrower): what fits here fits everywhere. Plain Python."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

# A4 less the 2 cm margins each side (styles.set_up).
PORTRAIT_CM = 17.0
LANDSCAPE_CM = 25.7
# python-docx's "Table Grid" leaves 0.19 cm each side of a cell's text; a little more for
# rounding in the word processor's layout.
CELL_PADDING_CM = 0.45
# A column of sentences narrower than this reads as a few words a line: it gets this much, if
# its text is that long, before the page is called too narrow for the table.
READABLE_CM = 2.8
BODY_PT, DETAIL_PT, HEADER_PT = 11, 10, 10

# Advance widths in thousandths of an em of the characters " " to "~" (DejaVu Sans, then Bold).
_FIRST = 32
_REGULAR = (
    318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337,
    636, 636, 636, 636, 636, 636, 636, 636, 636, 636, 337, 337, 838, 838, 838, 531,
    1000, 684, 686, 698, 770, 632, 575, 775, 752, 295, 295, 656, 557, 863, 748, 787,
    603, 787, 695, 635, 611, 732, 684, 989, 685, 611, 685, 390, 337, 390, 838, 500,
    500, 613, 635, 550, 635, 615, 352, 635, 634, 278, 278, 579, 278, 974, 634, 612,
    635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525, 636, 337, 636, 838,
)  # fmt: skip
_BOLD = (
    348, 456, 521, 838, 696, 1002, 872, 306, 457, 457, 523, 838, 380, 415, 380, 365,
    696, 696, 696, 696, 696, 696, 696, 696, 696, 696, 400, 400, 838, 838, 838, 580,
    1000, 774, 762, 734, 830, 683, 683, 821, 837, 372, 372, 775, 637, 995, 837, 850,
    733, 850, 770, 720, 682, 812, 774, 1103, 771, 724, 725, 457, 365, 457, 838, 500,
    500, 675, 716, 593, 716, 678, 435, 716, 712, 343, 343, 665, 343, 1042, 712, 687,
    716, 716, 493, 595, 478, 712, 652, 924, 645, 652, 582, 712, 365, 712, 838,
)  # fmt: skip
_CM_PER_POINT = 2.54 / 72
# Where a line may break inside a word: after a hyphen ("multi-" / "agency").
_PIECES = re.compile(r"[^\s-]*-|[^\s-]+")


def _char_width(char: str, table: tuple[int, ...]) -> int:
    code = ord(char)
    if _FIRST <= code < _FIRST + len(table):
        return table[code - _FIRST]
    if unicodedata.east_asian_width(char) in ("W", "F"):
        return 1000
    base = unicodedata.normalize("NFD", char)[0]  # "é" is as wide as "e"
    if base != char and _FIRST <= ord(base) < _FIRST + len(table):
        return table[ord(base) - _FIRST]
    return 800  # another script: wider than most Latin letters


def width_cm(text: str, size_pt: float = BODY_PT, bold: bool = False) -> float:
    table = _BOLD if bold else _REGULAR
    return sum(_char_width(char, table) for char in text) / 1000 * size_pt * _CM_PER_POINT


def longest_word_cm(text: str, size_pt: float = BODY_PT, bold: bool = False) -> float:
    """The widest stretch of the text a line cannot break inside."""
    return max((width_cm(piece, size_pt, bold) for piece in _PIECES.findall(text)), default=0.0)


@dataclass(frozen=True)
class Cell:
    """A cell's text, and its detail lines (set smaller, in the detail style)."""

    text: str
    details: tuple[str, ...] = ()

    @classmethod
    def of(cls, value) -> Cell:
        if isinstance(value, tuple):
            text, *details = value
            return cls(str(text or ""), tuple(str(line) for line in details))
        return cls(str(value or ""))


@dataclass(frozen=True)
class Plan:
    landscape: bool
    widths: tuple[float, ...]  # centimetres


def _column(header: str, cells: list[Cell]) -> tuple[float, float]:
    """(the least width that splits no word, how much text the column holds on average)."""
    least = longest_word_cm(header, HEADER_PT, bold=True)
    total = 0.0
    for cell in cells:
        least = max(
            least,
            longest_word_cm(cell.text),
            *(longest_word_cm(line, DETAIL_PT) for line in cell.details),
        )
        total += width_cm(cell.text) + sum(width_cm(line, DETAIL_PT) for line in cell.details)
    return least, total / max(len(cells), 1)


def plan(
    header: Sequence[str], rows: Sequence[Sequence], landscape: bool | None = None
) -> Plan | None:
    """Column widths for the table on a portrait page if it fits there, else on a landscape
    page (or on the page asked for), else None: the page cannot hold its longest words side by
    side."""
    columns = [
        _column(title, [Cell.of(row[number]) for row in rows])
        for number, title in enumerate(header)
    ]
    # Every column keeps its longest word whole; a column of sentences also gets room to read.
    needs = [max(least, min(average, READABLE_CM)) + CELL_PADDING_CM for least, average in columns]
    pages = {False: PORTRAIT_CM, True: LANDSCAPE_CM}
    for turned in (False, True) if landscape is None else (landscape,):
        if sum(needs) <= pages[turned]:
            averages = [average for _, average in columns]
            return Plan(turned, _share(needs, averages, pages[turned]))
    return None


def squeezed(header: Sequence[str], rows: Sequence[Sequence]) -> Plan:
    """A table too wide for any page (a web address as one word in a narrow column): landscape,
    each column in proportion to what it needs. A word wider than its column is broken."""
    columns = [
        _column(title, [Cell.of(row[number]) for row in rows])
        for number, title in enumerate(header)
    ]
    needs = [least + CELL_PADDING_CM for least, _ in columns]
    return Plan(True, tuple(round(need * LANDSCAPE_CM / sum(needs), 2) for need in needs))


def _share(needs: list[float], averages: list[float], page: float) -> tuple[float, ...]:
    """The page's width beyond what each column needs, shared in proportion to the text each
    column holds, so long answers get the room and a column of references stays narrow."""
    spare = page - sum(needs)
    wants = [max(average - need, 0.0) for need, average in zip(needs, averages, strict=True)]
    if sum(wants) == 0:
        wants = list(needs)
    return tuple(
        round(need + spare * want / sum(wants), 2) for need, want in zip(needs, wants, strict=True)
    )
