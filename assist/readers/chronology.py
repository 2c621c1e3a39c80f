"""A chronology pasted or uploaded as a table, read into facts to check before any is saved.

    table = read_pasted(text)                 # rows copied from Word, Excel, LibreOffice, a
    table = read_upload("chron.xlsx", data)   # case system; or a .csv, .xlsx or .ods file
    columns = match_headings(table.headings)  # ["date", "text", "source", "", ...]
    checked = check_rows(table, columns, defaults, children, existing, today=...)

Every row becomes a ``Row`` with what it will be stored as and, when it cannot be, the
problems in plain words ("'31/02/2021' is not a date"); nothing is dropped or guessed. Whole
pastes that cannot be read at all raise ``ChronologyError``. Plain Python, no Flask.

A spreadsheet's cells are read as values: openpyxl with ``data_only`` (a formula's last saved
result, never the formula run) and calamine for .ods. A cell starting "=" is text like any other.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time

from assist import labels
from assist.readers.dates import ParsedDate, parse_date, with_written_date
from assist.readers.files import InputError
from assist.word import labels as word_labels

MAX_ROWS = 500  # facts in one paste; the preview of 500 renders in well under a second
MAX_COLUMNS = 30
MAX_TEXT = 10_000  # as the fact form's "what happened"
MAX_SOURCE = 300  # as the fact form's "source"
MAX_CELL = 100_000  # a cell longer than this is no chronology entry
UPLOAD_SUFFIXES = (".csv", ".xlsx", ".ods")
# A spreadsheet's zip: a workbook of 500 rows is tens of parts and a few MB unpacked.
MAX_PARTS = 1_000
MAX_UNPACKED = 50 * 1024 * 1024
MAX_RATIO = 200
_READ_AT_MOST = 20_000  # rows looked at in a sheet, to count how far over the limit it is

# What each column can hold, and how the mapping select names it.
COLUMNS = {
    "date": "Date",
    "text": "What happened",
    "source": "Source",
    "how_known": "How known",
    "category": "Category",
    "children": "Which child",
}
LEAVE_OUT = ""
CHOOSE_TEXT = "Choose which column says what happened"
# An answer missing from a row, fixed for every such row at once in "For rows that do not say":
# the page says each once, linked there, not once a row. Keyed by the field it is fixed in.
MISSING = {
    "source": "There is no source: say who said so or which document",
    "how_known": "Say how this is known: choose one for rows that do not say",
    "category": "There is no category: choose one for rows that do not say",
}
# Headings as people write them, beyond the names above and the Word export's own.
_HEADINGS = {
    "date": ("date", "when", "event date", "date of event", "date of incident", "dated"),
    "text": (
        "what happened",
        "event",
        "details",
        "detail",
        "description",
        "summary",
        "entry",
        "incident",
        "what",
        "notes",
        "information",
        "narrative",
    ),
    "source": ("source", "who", "reported by", "source of information", "informant", "from"),
    "how_known": (
        *("how known", "how is it known", "how it is known", "known by", "evidence"),
        *("information obtained", "how obtained", "how information obtained"),
    ),
    "category": (
        *("category", "concern category", "type", "concern", "theme", "category of concern"),
        *("type of concern", "concern type", "incident type", "type of incident", "event type"),
    ),
    "children": ("which child", "child", "children", "about", "child or children", "for"),
    LEAVE_OUT: ("ref", "reference", "no", "number", "id"),
}


class ChronologyError(InputError):
    """A paste or file that cannot be read as a table at all; the message says why."""


@dataclass
class Table:
    """Cells as text; ``first_row`` is the spreadsheet row number of ``rows[0]``."""

    rows: list[list[str]]
    headings: list[str] = field(default_factory=list)
    first_row: int = 1

    @property
    def width(self) -> int:
        return max((len(row) for row in [self.headings, *self.rows]), default=0)

    def numbered(self) -> Iterator[tuple[int, list[str]]]:
        for offset, cells in enumerate(self.rows):
            if any(cell.strip() for cell in cells):
                yield self.first_row + offset, cells


@dataclass
class Defaults:
    """Answers for rows that do not give one (chosen on the page; blank: none)."""

    source: str = ""
    how_known: str = ""
    category: str = ""


@dataclass
class Row:
    number: int  # the row number in the spreadsheet or the paste (headings are row 1)
    date: ParsedDate
    text: str = ""
    source: str = ""
    how_known: str = ""
    category: str = ""
    is_historic: bool = False  # "This is history": a category written as "History"
    children: list[str] = field(default_factory=list)  # keys of the children; none: all
    problems: list[str] = field(default_factory=list)
    left_out: bool = False

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def reading(self) -> str:
        """The date as it will be stored and shown: "June 2021", "About 2019", "Date not
        known"; nothing for a date that cannot be read."""
        return "" if self.date.error else labels.dated(self.date.on, self.date.precision)


@dataclass
class Checked:
    rows: list[Row]

    @property
    def kept(self) -> list[Row]:
        return [row for row in self.rows if not row.left_out]

    @property
    def with_problems(self) -> list[Row]:
        return [row for row in self.kept if row.problems]

    @property
    def ready(self) -> bool:
        return bool(self.kept) and not self.with_problems


# Reading the table
def read_pasted(text: str) -> Table:
    """Rows copied from a spreadsheet or a Word table (tab-separated), or CSV."""
    _refuse_binary(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip("\n")
    if not text.strip():
        raise ChronologyError(
            "Paste your chronology or choose a file: nothing was pasted or uploaded"
        )
    first_line = text.split("\n", 1)[0]
    if "\t" in text:
        delimiter = "\t"
    elif first_line.count(";") > first_line.count(","):
        delimiter = ";"  # Excel's CSV where the comma is the decimal mark
    else:
        delimiter = ","
    return _table(_csv_rows(text, delimiter))


def _csv_rows(text: str, delimiter: str) -> list[list[str]]:
    reader = csv.reader(io.StringIO(text), delimiter=delimiter, strict=False)
    rows = []
    try:
        for cells in reader:
            rows.append(cells)
            if len(rows) > _READ_AT_MOST:
                break
    except csv.Error:
        raise ChronologyError(
            f"A cell is too long to be a chronology entry (over {MAX_CELL:,} characters)"
        ) from None
    return rows


def _refuse_binary(text: str) -> None:
    sample = text[:20_000]
    odd = sum(1 for ch in sample if ch == "\ufffd" or (ord(ch) < 32 and ch not in "\t\n\r"))
    if sample and (odd > 20 or odd / len(sample) > 0.01):
        raise ChronologyError(
            "This does not look like text copied from a table. Copy the rows from your "
            "spreadsheet or Word table and paste them, or upload the .csv, .xlsx or .ods file"
        )


def read_upload(filename: str, data: bytes) -> Table:
    suffix = "." + filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    if suffix not in UPLOAD_SUFFIXES:
        raise ChronologyError("The file must be a .csv, .xlsx or .ods spreadsheet")
    if not data:
        raise ChronologyError("The file is empty")
    if suffix == ".csv":
        return read_pasted(_decoded(data))
    _check_zip(data, suffix)
    cells = _xlsx_rows(data) if suffix == ".xlsx" else _ods_rows(data)
    return _table(cells)


def _decoded(data: bytes) -> str:
    if b"\x00" in data[:4096]:
        raise ChronologyError(
            "The file is not a CSV file: save the spreadsheet as CSV, or upload it"
        )
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ChronologyError("The file's text cannot be read: save it as CSV (UTF-8) and try again")


def _check_zip(data: bytes, suffix: str) -> None:
    """Refuse what no spreadsheet is before a reader unpacks it: not a zip, too many parts, or
    parts that unpack to far more than they hold (a zip bomb)."""
    kind = "Excel (.xlsx)" if suffix == ".xlsx" else "OpenDocument (.ods)"
    damaged = f"The file is damaged or is not an {kind} spreadsheet"
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        entries = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise ChronologyError(damaged) from None
    unpacked = sum(entry.file_size for entry in entries)
    packed = sum(entry.compress_size for entry in entries) or 1
    if len(entries) > MAX_PARTS or unpacked > MAX_UNPACKED or unpacked / packed > MAX_RATIO:
        raise ChronologyError(
            "The file unpacks to far more than a chronology holds, so it was not opened"
        )
    if any(entry.flag_bits & 0x1 for entry in entries):
        raise ChronologyError("The file is password-protected: save a copy without a password")


def _xlsx_rows(data: bytes) -> list[list[str]]:
    from openpyxl import load_workbook  # imported here: only uploads need it

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        try:
            sheet = workbook.worksheets[0]
            rows = []
            for cells in sheet.iter_rows():
                rows.append([_xlsx_text(cell) for cell in cells[: MAX_COLUMNS + 1]])
                if len(rows) > _READ_AT_MOST:
                    break
            return rows
        finally:
            workbook.close()
    except ChronologyError:
        raise
    except Exception:  # openpyxl raises many kinds for a damaged file
        raise ChronologyError(
            "The file is damaged or is not an Excel (.xlsx) spreadsheet"
        ) from None


def _xlsx_text(cell) -> str:
    value = getattr(cell, "value", None)
    if isinstance(value, datetime | date):
        # A date formatted without its day ("mmm-yy") was typed as a month.
        shown = (getattr(cell, "number_format", "") or "").lower()
        if "d" not in shown and "m" in shown:
            return f"{value:%B %Y}"
        if "d" not in shown and "m" not in shown and "y" in shown:
            return str(value.year)
    return cell_text(value)


def _ods_rows(data: bytes) -> list[list[str]]:
    from python_calamine import CalamineWorkbook  # imported here: only uploads need it

    try:
        workbook = CalamineWorkbook.from_filelike(io.BytesIO(data))
        sheet = workbook.get_sheet_by_index(0)
        rows = []
        for cells in sheet.iter_rows():
            rows.append([cell_text(value) for value in cells[: MAX_COLUMNS + 1]])
            if len(rows) > _READ_AT_MOST:
                break
        return rows
    except Exception:  # calamine's errors for a damaged file are several
        raise ChronologyError(
            "The file is damaged or is not an OpenDocument (.ods) spreadsheet"
        ) from None


def cell_text(value) -> str:
    """A spreadsheet value as the text a person saw: a date as its ISO day, 2019.0 as 2019."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _table(rows: list[list[str]]) -> Table:
    """Blank rows at the end dropped, and the first row taken as headings when it names any."""
    while rows and not any(cell.strip() for cell in rows[-1]):
        rows.pop()
    if not rows:
        raise ChronologyError("Paste your chronology or choose a file: there are no rows in it")
    if max(len(row) for row in rows) > MAX_COLUMNS:
        raise ChronologyError(
            f"There are more than {MAX_COLUMNS} columns: copy only the chronology"
        )
    if any(len(cell) > MAX_CELL for row in rows for cell in row):
        raise ChronologyError(
            f"A cell is too long to be a chronology entry (over {MAX_CELL:,} characters)"
        )
    if _are_headings(rows[0]):
        return Table(rows=rows[1:], headings=rows[0], first_row=2)
    return Table(rows=rows)


def _are_headings(cells: list[str]) -> bool:
    """A first row that names a column and holds no date (so it is no fact)."""
    if any(parse_date(cell, today=date.max).known for cell in cells):
        return False
    return any(heading_key(cell) is not None for cell in cells)


def as_pasted(table: Table) -> str:
    """The table as tab-separated text, as a spreadsheet copies it (a cell with a tab, a line
    break or a quote is quoted), so an upload's rows can be checked and corrected as a paste."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter="\t", lineterminator="\n")
    if table.headings:
        writer.writerow(table.headings)
    writer.writerows(table.rows)
    return out.getvalue()


def check_size(table: Table) -> None:
    count = sum(1 for _ in table.numbered())
    width = table.width
    if count == 0:
        raise ChronologyError("There are headings but no rows under them")
    if width < 2:
        raise ChronologyError(
            "Only one column was found. Copy the table with its columns (the date, what "
            "happened, the source, ...) so each row has the date and what happened in cells of "
            "their own"
        )
    if count > MAX_ROWS:
        more = "more than " if count > _READ_AT_MOST else ""
        raise ChronologyError(
            f"There are {more}{count:,} rows: add at most {MAX_ROWS} at a time. Paste the first "
            f"{MAX_ROWS}, add them, then paste the next"
        )


# Matching the columns
def _words(text: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text.lower()).split())


_ALIASES = {
    _words(alias): key
    for key, aliases in (
        *_HEADINGS.items(),
        *((key, (name,)) for key, name in COLUMNS.items()),
        (
            "how_known",
            (word_labels.CHRONOLOGY_HEADER[4],),
        ),
        ("category", (word_labels.CATEGORY_COLUMN,)),
    )
    for alias in aliases
}


def heading_key(heading: str) -> str | None:
    """The column a heading names ("Date of event": date), or None when it names none."""
    words = _words(heading)
    if not words:
        return None
    if words in _ALIASES:
        return _ALIASES[words]
    for alias in _WITHIN:  # "Date of visit", "Event details", "Information source"
        if re.search(rf"\b{alias}\b", words):
            return _ALIASES[alias]
    return None


# Words that name a column wherever they stand in a heading, the most telling first ("Event /
# incident" is what happened, "How information obtained" how it is known).
_WITHIN = (
    *("how known", "information obtained", "how obtained", "date", "source", "category"),
    *("type of concern", "concern type", "details", "description", "event", "incident"),
    *("child", "children"),
)


def match_headings(headings: list[str], width: int) -> list[str]:
    """A column key for each column (LEAVE_OUT when unmatched), each key used once."""
    columns = []
    used = set()
    for position in range(width):
        key = heading_key(headings[position]) if position < len(headings) else None
        if key is None or key in used:
            key = LEAVE_OUT
        if key:
            used.add(key)
        columns.append(key)
    return columns


NEEDED = {"date": "Choose which column holds the date", "text": CHOOSE_TEXT}


def mapping_problems(columns: list[str]) -> list[tuple[str, int]]:
    """What stops the columns as chosen being read, each with the column whose select fixes it:
    for a column nobody chose, the first column left out (most likely the one that holds it)."""
    left_out = columns.index(LEAVE_OUT) if LEAVE_OUT in columns else 0
    problems = [(message, left_out) for key, message in NEEDED.items() if key not in columns]
    for key, name in COLUMNS.items():
        if columns.count(key) > 1:
            second = columns.index(key, columns.index(key) + 1)
            problems.append((f"Choose {name.lower()} for one column only", second))
    return problems


# Checking the rows
def check_rows(
    table: Table,
    columns: list[str],
    defaults: Defaults,
    children: dict[str, str],
    existing: Iterable[tuple[date, str, str]],
    *,
    today: date,
    leave_out: Iterable[int] = (),
) -> Checked:
    """Every row as it would be stored, with its problems. ``children`` is key -> name (the
    assessment's); ``existing`` the chronology's (day, what happened, reference) for duplicates."""
    left_out = set(leave_out)
    seen: dict[tuple, int] = {}
    already = {(day, _words(text)): ref for day, text, ref in existing}
    rows = []
    for number, cells in table.numbered():
        values = {key: "" for key in COLUMNS}
        for position, key in enumerate(columns):
            if key and position < len(cells):
                values[key] = cells[position].strip()
        row = _row(number, values, defaults, children, today, chosen=set(columns))
        row.left_out = number in left_out
        if row.date.known and row.text:
            same = (row.date.on, _words(row.text))
            if same in already:
                row.problems.append(f"It is already in the chronology as {already[same]}")
            elif same in seen and not row.left_out:
                row.problems.append(f"It is the same as row {seen[same]}")
            if not row.left_out:
                seen.setdefault(same, number)
        rows.append(row)
    return Checked(rows)


def _row(number, values, defaults, children, today, chosen=frozenset(COLUMNS)) -> Row:
    """One row as it would be stored. A column nobody has chosen yet (``chosen`` are those
    chosen) is said once, at the selects (``mapping_problems``), not as a problem of every row."""
    parsed = parse_date(values["date"], today=today)
    text = with_written_date(parsed, values["text"])  # "Spring 2024: ..." is kept in the words
    row = Row(number, parsed, text=text, source=values["source"] or defaults.source)
    if parsed.error and "date" in chosen:
        row.problems.append(parsed.error[0].upper() + parsed.error[1:])
    # "unknown" or "n/k" is a fact whose date is not known, said so wherever it is shown; an
    # empty cell is an error (above): a date left out by mistake is not a date not known.
    if not row.text and "text" in chosen:
        row.problems.append("There is nothing in what happened")
    elif len(row.text) > MAX_TEXT:
        row.problems.append(f"What happened is longer than {MAX_TEXT:,} characters")
    if not row.source:
        row.problems.append(MISSING["source"])
    elif len(row.source) > MAX_SOURCE:
        row.problems.append(f"The source is longer than {MAX_SOURCE} characters")
    row.how_known = _choice(
        values["how_known"], defaults.how_known, labels.how_known_from, "how_known", row
    )
    # "History" (or "Past history - DV") is the fact's history tick, not a category: the
    # category still comes from what else the cell says, or the answer for rows that do not say.
    row.is_historic, category = labels.history_in(values["category"])
    row.category = _choice(category, defaults.category, labels.category_from, "category", row)
    row.children = _children(values["children"], children, row)
    return row


def _choice(written, default, read, key, row) -> str:
    if not written:
        if not default:
            row.problems.append(MISSING[key])
        return default
    value = read(written)
    if value is None:
        choices = labels.HOW_KNOWN if key == "how_known" else labels.CATEGORIES
        named = ", ".join(label for _value, label in choices)
        what = "how it is known" if key == "how_known" else "category"
        row.problems.append(f"'{_short(written)}' is not one of the answers for {what}: {named}")
        return ""
    return value


_ALL = {"all", "both", "all children", "both children", "everyone", "siblings", "all of them"}


def _children(written: str, children: dict[str, str], row: Row) -> list[str]:
    """The children a row names ("Amy", "Amy and Ben", "Amy, Ben"); blank or "all": all."""
    words = _words(written)
    if not words or words in _ALL or len(children) < 2:
        return []
    names = [part for part in re.split(r"\s*(?:,|;|/|&|\band\b|\+)\s*", written) if part.strip()]
    chosen = []
    for name in names:
        found = _child_named(name, children)
        if found is None:
            known = ", ".join(children.values())
            row.problems.append(
                f"'{_short(name)}' is not one of this assessment's children ({known})"
            )
            return []
        if found not in chosen:
            chosen.append(found)
    return [] if len(chosen) == len(children) else chosen


def _child_named(name: str, children: dict[str, str]) -> str | None:
    wanted = _words(name)
    exact = [key for key, full in children.items() if _words(full) == wanted]
    first = [key for key, full in children.items() if _words(full).split()[:1] == wanted.split()]
    for found in (exact, first):
        if len(found) == 1:
            return found[0]
    return None


def _short(text: str) -> str:
    return text if len(text) <= 40 else text[:37] + "..."


def fingerprint(*parts: object) -> str:
    """What was checked, so "Add" saves only what the preview showed: any change to the text,
    the columns, the answers for rows that do not say or the rows left out asks for a check."""
    digest = hashlib.sha256()
    for part in parts:
        if isinstance(part, str):
            # A browser sends a text box back with CRLF line ends (and drops a newline that
            # opens it): the same text, which must not ask for another check.
            part = part.replace("\r\n", "\n").replace("\r", "\n").strip("\n")
        digest.update(repr(part).encode("utf-8", "replace"))
        digest.update(b"\x00")
    return digest.hexdigest()[:32]
