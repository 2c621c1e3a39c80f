"""Dates as people write them in the UK, read into a day and how precisely it is known.

    parse_date("12/09/2026", today=date(2026, 12, 5))   # 12 September 2026, exact
    parse_date("Sept 2026", today=...)                  # 1 September 2026, known to the month
    leading_date("12.9.26 - Mum rang the school")       # (that date, "Mum rang the school")

Day first, always: 12/09/2026 is 12 September. How each form is stored (the day kept in
``on`` and its ``precision``; ``assist.labels.dated`` reads them back the same way):

- a day ("12/09/2026", "12.9.26", "12 Sept 2026", "12th September 2026", "2026-09-12"):
  that day, EXACT;
- a month ("Sept 2026", "09/2026"): the 1st of the month, MONTH ("September 2026");
- a year ("2019"): 1 January, YEAR ("2019");
- "c. 2019", "circa", "about", "approx", "around": the date it qualifies, APPROXIMATE. An
  approximate date is stored on the first day of the period it names, so "about 2019" is
  1 January 2019 and reads "About 2019", "about June 2021" reads "About June 2021";
- a season ("Spring 2019"): APPROXIMATE, on the 1st of its middle month ("About April 2019").
  Not MONTH: that would claim it happened in April, and the chronology would lose the "about".
  "Early", "mid" and "late 2019" are read the same way (about February, July, November).
  A bare "winter 2019" is refused: it could mean early 2019 or the turn of 2019 to 2020
  ("winter 2019/20" is read as about December 2019: its middle month, January, would read
  "About 2020", as 1 January is where an approximate year is stored);
- "before 2020": APPROXIMATE, the period just before it ("About 2019"); "after" the one just
  after. The chronology then sorts it in the right place; the person checking sees the
  reading beside what they wrote and can correct it. A season, part of a year, "before" or
  "after" is ``more_exact_than_written``: the fact keeps the words too ("Spring 2019: ...",
  ``with_written_date``), so nothing reads more exact than it was written;
- "unknown", "not known", "n/k": ``known`` is False, with no error and the precision UNKNOWN;
  whoever asked decides whether a fact may have no date.

Anything else, a day that does not exist ("31/02/2021"), a date in the future or before 1900
gives an ``error`` in plain words. Nothing is guessed silently. Plain Python, no Flask.
"""

import re
from dataclasses import dataclass
from datetime import date, timedelta

from assist.vocabulary import DatePrecision

EARLIEST_YEAR = 1900  # a grandparent's childhood, at the furthest

MONTHS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
}
_MONTH_NAMES = {
    **MONTHS,
    **{name[:3]: number for name, number in MONTHS.items()},
    "sept": 9,
}
# The middle month of each season, and of the early, middle and late part of a year.
_PARTS_OF_YEAR = {
    "spring": 4,
    "summer": 7,
    "autumn": 10,
    "fall": 10,
    "early": 2,
    "beginning of": 2,
    "start of": 2,
    "mid": 7,
    "middle of": 7,
    "late": 11,
    "end of": 11,
}
_UNKNOWN = {
    "unknown",
    "not known",
    "n/k",
    "nk",
    "date unknown",
    "unknown date",
    "date not known",
    "not recorded",
    "?",
}
_WEEKDAYS = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?"
_APPROXIMATELY = re.compile(
    r"^(?:c\.?(?=\s*\d)|ca\.|circa|about|around|approx\.?|approximately|roughly|est\.?|"
    r"estimated)\s*"
)
_APPROXIMATELY_AFTER = re.compile(r"\s*(?:\(?approx(?:imately)?\.?\)?|\(?est\.?\)?|\?)$")
_SOMETIME = re.compile(r"^(?:some ?time in|sometime during|during|in)\s+")
_BEFORE_AFTER = re.compile(r"^(before|prior to|pre|after|post)[\s-]+")
_NUMERIC_DAY = re.compile(r"^(\d{1,2})\s*([/.\-])\s*(\d{1,2})\s*\2\s*(\d{4}|\d{2})$")
_NUMERIC_MONTH = re.compile(r"^(\d{1,2})\s*[/.\-]\s*(\d{4})$")
_ISO_DAY = re.compile(r"^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$")
_ISO_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
# A time after the day (case-system exports add one): "14:30", "T14:30:00", "10am".
_TIME = re.compile(
    r"(?:[t\s,]+\d{1,2}[:.]\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:am|pm)?|\s+\d{1,2}\s*(?:am|pm))$"
)
_ORDINAL = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)\b")
_WINTER_ACROSS = re.compile(r"^winter\s+(\d{4})\s*[/\-]\s*(\d{2}|\d{4})$")
_PART_OF_YEAR = re.compile(
    r"^(" + "|".join(sorted(_PARTS_OF_YEAR, key=len, reverse=True)) + r")[\s-]*(\d{4})$"
)
# Words of a date read as a period it does not name: a season, part of a year, before or after.
_LOOSER_THAN_STORED = re.compile(
    r"\b(?:winter|"
    + "|".join(sorted(_PARTS_OF_YEAR, key=len, reverse=True))
    + r")\b|^(?:before|prior to|pre|after|post)\b"
)
# "12 Sept 2026", "12-Sep-26", "September 12, 2026", "Sept 2026".
_WORD = re.compile(r"[a-z]+|\d+")


@dataclass(frozen=True)
class ParsedDate:
    """What a written date says: the day it is stored as, how precisely it is known, or why it
    cannot be read. ``text`` is what was written, for showing beside the reading."""

    text: str
    on: date | None = None
    precision: DatePrecision = DatePrecision.EXACT
    error: str | None = None
    # Read as a day its precision cannot say as written: a season ("Spring 2019" is stored as
    # about April), part of a year ("late 2019") or "before 2020". The reading orders the
    # chronology; whoever keeps the fact keeps the words as well (nothing may read more exact
    # than it was written, and the wording is the worker's).
    more_exact_than_written: bool = False

    @property
    def known(self) -> bool:
        """A date was read. False both for "unknown" (no error) and for what is not a date."""
        return self.on is not None and self.error is None

    @property
    def iso(self) -> str | None:
        return self.on.isoformat() if self.on is not None else None


def parse_date(text: str, *, today: date) -> ParsedDate:
    """Read one written date (a cell of a chronology, a date typed in a form)."""
    written = " ".join(str(text).split())
    if not written:
        return ParsedDate(written, error="there is no date")
    parsed = _parse(written, today)
    if parsed is None:
        return ParsedDate(written, error=f"'{_short(written)}' is not a date")
    return parsed


def with_written_date(parsed: ParsedDate, text: str) -> str:
    """What happened, starting with its date as written when the stored date cannot say it
    ("Spring 2024: Mum moved out", stored as about April 2024 to order the chronology)."""
    if not parsed.more_exact_than_written or not text:
        return text
    if text.lower().startswith(parsed.text.lower()):
        return text
    return f"{parsed.text}: {text}"


def leading_date(text: str, *, today: date) -> tuple[ParsedDate, str]:
    """A date at the start of a paragraph and the text after it, separators dropped:
    "12/09/2026 - Mum rang" gives 12 September 2026 and "Mum rang". When the paragraph does not
    start with a date the answer has empty ``text``, an ``error`` and the paragraph unchanged.
    A date-shaped start that is not a real day ("31/02/2021 - ...") is returned with its error,
    so the reader can say so rather than take "31/02/2021 -" as the start of the text."""
    stripped = text.lstrip()
    for end in _candidate_ends(stripped):
        candidate = stripped[:end].rstrip(" \t,;:.-–—")
        if not candidate:
            continue
        parsed = _parse(" ".join(candidate.split()), today)
        if parsed is None or not _plausible_start(parsed, candidate, stripped[end:]):
            continue
        rest = stripped[end:].lstrip(" \t-–—:;,.)|")
        return parsed, rest
    return ParsedDate("", error="there is no date at the start"), text


_BOUNDARY = re.compile(r"(?=[\s,;:–—|)])|(?=-\s)|(?<=\d)(?=-[A-Za-z])|$")
_LOOKS_LIKE_A_DAY = re.compile(r"\d\s*[/.\-]\s*\d|[A-Za-z]{3}")


def _candidate_ends(text: str) -> list[int]:
    """Where a date at the start of ``text`` could end, longest first; dates are short."""
    head = text[:48]
    ends = {match.start() for match in _BOUNDARY.finditer(head) if match.start() > 0}
    if len(text) <= 48:
        ends.add(len(text))
    return sorted(ends, reverse=True)


def _plausible_start(parsed: ParsedDate, candidate: str, after: str) -> bool:
    if parsed.on is None and parsed.error is None:
        # "Unknown to Mum, ..." is text; "Unknown - Mum rang" or "Not known: ..." is a date.
        return bool(re.match(r"\s*[-–—:|\t]", after)) or not after.strip()
    if parsed.error is not None:
        # A number that is no year ("1500 people") is text; "31/02/2021" is a bad date.
        return bool(_LOOKS_LIKE_A_DAY.search(candidate))
    return True


def _short(text: str) -> str:
    return text if len(text) <= 40 else text[:37] + "..."


def _parse(written: str, today: date) -> ParsedDate | None:
    """The reading of ``written``, or None when it is not shaped like any date at all."""
    lowered = written.lower().strip()
    if lowered.rstrip(".") in _UNKNOWN:
        return ParsedDate(written, precision=DatePrecision.UNKNOWN)
    try:
        read = _qualified(lowered, today)
    except (ValueError, OverflowError):  # a year no calendar has: "0000", "before 0001"
        return ParsedDate(written, error=f"'{_short(written)}' is not a date")
    if read is None:
        return None
    if isinstance(read, str):
        return ParsedDate(written, error=read.format(text=_short(written)))
    on, precision = read
    if on.year < EARLIEST_YEAR:
        return ParsedDate(written, error=f"'{_short(written)}' is before {EARLIEST_YEAR}")
    if on > today:
        return ParsedDate(written, error=f"'{_short(written)}' is in the future")
    looser = precision == DatePrecision.APPROXIMATE and bool(_LOOSER_THAN_STORED.search(lowered))
    return ParsedDate(written, on, precision, more_exact_than_written=looser)


_Reading = tuple[date, DatePrecision] | str | None  # a day and precision, an error, or no date


def _qualified(lowered: str, today: date) -> _Reading:
    """Qualifiers around a date: "about", "c.", "(approx)", "before", "sometime in"."""
    lowered = _SOMETIME.sub("", lowered)
    before_after = _BEFORE_AFTER.match(lowered)
    if before_after:
        read = _qualified(lowered[before_after.end() :], today)
        if not isinstance(read, tuple):
            return read
        step = -1 if before_after.group(1) in ("before", "prior to", "pre") else 1
        return _next_period(*read, step), DatePrecision.APPROXIMATE
    approximately = _APPROXIMATELY.match(lowered) or _APPROXIMATELY_AFTER.search(lowered)
    if approximately:
        bare = (lowered[: approximately.start()] + lowered[approximately.end() :]).strip()
        read = _plain(bare, today)
        if not isinstance(read, tuple):
            return read
        return read[0], DatePrecision.APPROXIMATE
    return _plain(lowered, today)


def granularity(on: date, precision: DatePrecision | str) -> DatePrecision:
    """What a stored date is known to: EXACT (the day), MONTH or YEAR. An approximate date names
    the period it is stored at the start of: 1 January is about a year, the 1st about a month.
    Every page that shows or groups dates by how precisely they are known asks here."""
    precision = DatePrecision(getattr(precision, "value", precision) or "exact")
    if precision != DatePrecision.APPROXIMATE:
        return precision
    if (on.month, on.day) == (1, 1):
        return DatePrecision.YEAR
    return DatePrecision.MONTH if on.day == 1 else DatePrecision.EXACT


def _next_period(on: date, precision: DatePrecision, step: int) -> date:
    """The period just before (step -1) or after (+1) the one ``on`` names."""
    known_to = granularity(on, precision)
    if known_to == DatePrecision.YEAR:
        return date(on.year + step, 1, 1)
    if known_to == DatePrecision.MONTH:
        month = on.month + step
        return date(on.year + (month - 1) // 12, (month - 1) % 12 + 1, 1)
    return on + timedelta(days=step)


def _plain(lowered: str, today: date) -> _Reading:
    """A date with no qualifier: numbers, month names, a season or a year."""
    lowered = _TIME.sub("", lowered).strip()
    lowered = re.sub(r"^" + _WEEKDAYS + r"\s+", "", lowered)
    read = _numeric(lowered, today)
    if read is None:
        read = _part_of_year(lowered)
    if read is None:
        read = _worded(lowered, today)
    return read


def _numeric(lowered: str, today: date) -> _Reading:
    match = _ISO_DAY.match(lowered)
    if match:
        year, month, day = (int(part) for part in match.groups())
        return _day(year, month, day)
    match = _ISO_MONTH.match(lowered)
    if match:
        return _month(int(match.group(1)), int(match.group(2)))
    match = _NUMERIC_DAY.match(lowered)
    if match:
        day, month = int(match.group(1)), int(match.group(3))
        if month > 12 and day <= 12:
            return "'{text}' is not a date: dates are read day first, as 12/09/2026"
        return _day(_full_year(match.group(4), today), month, day)
    match = _NUMERIC_MONTH.match(lowered)
    if match:
        return _month(int(match.group(2)), int(match.group(1)))
    if re.fullmatch(r"\d{4}", lowered):
        return date(int(lowered), 1, 1), DatePrecision.YEAR
    return None


def _part_of_year(lowered: str) -> _Reading:
    match = _WINTER_ACROSS.match(lowered)
    if match:
        year = int(match.group(1))
        second = int(match.group(2)[-2:])
        if second != (year + 1) % 100:
            return None
        return date(year, 12, 1), DatePrecision.APPROXIMATE
    if re.fullmatch(r"winter[\s-]*\d{4}", lowered):
        return (
            "'{text}' could be early in that year or its last weeks: "
            "write the month, or the two years ('winter 2019/20')"
        )
    match = _PART_OF_YEAR.match(lowered)
    if match:
        return date(int(match.group(2)), _PARTS_OF_YEAR[match.group(1)], 1), (
            DatePrecision.APPROXIMATE
        )
    return None


def _worded(lowered: str, today: date) -> _Reading:
    """Month names: "12 sept 2026", "12th of september, 2026", "sept 12 2026", "sept 2026"."""
    cleaned = _ORDINAL.sub(r"\1", lowered)
    cleaned = re.sub(r"\b(?:the|of)\b|[,.]", " ", cleaned)
    words = _WORD.findall(cleaned)
    if re.search(r"[^a-z0-9\s\-/]", cleaned) or not words:
        return None
    months = [word for word in words if word in _MONTH_NAMES]
    if len(months) != 1 or any(not w.isdigit() and w not in _MONTH_NAMES for w in words):
        return None
    month = _MONTH_NAMES[months[0]]
    numbers = [word for word in words if word.isdigit()]
    shape = "".join("m" if word in _MONTH_NAMES else "n" for word in words)
    if shape == "mn" and len(numbers[0]) == 4:
        return _month(int(numbers[0]), month)
    if shape in ("nmn", "mnn") and len(numbers[0]) <= 2 and len(numbers[1]) in (2, 4):
        return _day(_full_year(numbers[1], today), month, int(numbers[0]))
    return None


def _full_year(digits: str, today: date) -> int:
    """Two-digit years are this century's unless that would be in the future: '26' is 2026,
    '85' is 1985 (read in 2026)."""
    if len(digits) == 4:
        return int(digits)
    year = 2000 + int(digits)
    return year if year <= today.year else year - 100


def _day(year: int, month: int, day: int) -> _Reading:
    try:
        return date(year, month, day), DatePrecision.EXACT
    except ValueError:
        return "'{text}' is not a date"


def _month(year: int, month: int) -> _Reading:
    if not 1 <= month <= 12:
        return "'{text}' is not a date"
    return date(year, month, 1), DatePrecision.MONTH
