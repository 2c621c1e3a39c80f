"""Words the Word export writes and the Word reader recognises, kept in one place so a document
exported from assist reads back as the same assessment."""

from __future__ import annotations

import re
from datetime import date, datetime

from assist import vocabulary
from assist.clock import UK as UK_TIME  # moments are stored in UTC, read in the UK's time
from assist.clock import as_utc
from assist.vocabulary import HowKnown

# Worded for a reader of the document ("the writer"), where the fact page asks "Seen by me".
HOW_KNOWN: dict[str, str] = {
    HowKnown.SEEN: "Seen by the writer",
    HowKnown.CHILD_SAID: "Said by the child",
    HowKnown.PARENT_SAID: "Said by a parent or carer",
    HowKnown.PROFESSIONAL: "Reported by a professional",
    HowKnown.RECORDS: "From records",
    HowKnown.ANONYMOUS: "Anonymous",
}
HOW_KNOWN_VALUE = {label.lower(): str(value) for value, label in HOW_KNOWN.items()}

# These match the Markdown reader's labels, so "E2: Words: ..." reads back as the child's words.
EXPERIENCE = {
    "words": "Words",
    "observation": "Observation",
    "day_in_life": "A day in the life",
    "if_nothing_changes": "If nothing changes",
    "barriers_to_hearing": "Barriers to hearing",
}
FACTOR = {
    "hazard": "Hazard",
    "strength": "Strength",
    "information_gap": "Information gap",
    "method": "Method",
}

# A fact's concern category, as the fact page offers it.
CATEGORY = {
    "neglect": "Neglect",
    "physical harm": "Physical harm",
    "emotional harm": "Emotional harm",
    "sexual harm": "Sexual harm",
    "domestic abuse": "Domestic abuse",
    "parental mental health": "Parental mental health",
    "substance misuse": "Substance misuse",
    "health": "Health",
    "education": "Education and development",
    "home conditions": "Home conditions",
    "strength": "Strength or protective factor",
    "other": "Other",
}
CATEGORY_VALUE = {label.lower(): value for value, label in CATEGORY.items()}

# A fact's source must not be empty: where an imported document gave none, the import stores
# this placeholder, and every page and document shows SOURCE_NOT_GIVEN instead
# (``assist.labels.source_label``).
IMPORTED_SOURCE = vocabulary.IMPORTED_SOURCE
SOURCE_NOT_GIVEN = "Not given in the document"

PEOPLE_HEADER = (
    "Ref",
    "Name",
    "Relationship to the child",
    "Lives in the household",
    "What is known about them",
)
CHRONOLOGY_HEADER = ("Ref", "Date", "What happened", "Source", "How known")
# The chronology has this last column when any fact has a category.
CATEGORY_COLUMN = "Category"
RISK_HEADER = ("Ref", "Part", "What")
RECOMMENDATIONS_HEADER = (
    "Ref",
    "Action",
    "Objective for the child",
    "Answers",
    "Who",
    "By when",
    "How we'll know",
)
# A recommendation written beneath its text, when a table would print empty columns or split
# words: the same names as the table's columns.
RECOMMENDATION_DETAILS = {
    "objective": RECOMMENDATIONS_HEADER[2],
    "answers": RECOMMENDATIONS_HEADER[3],
    "who": RECOMMENDATIONS_HEADER[4],
    "by_when": RECOMMENDATIONS_HEADER[5],
    "how_we_will_know": RECOMMENDATIONS_HEADER[6],
}
FINDINGS_HEADER = ("Where", "Level", "Finding", "Why it matters")
STATUS = "Status"  # where the title block says whether it is a draft (the family's copy too)
# Under the marking at the top of every page, until the assessment is signed off.
DRAFT_HEADER = "Draft – not yet signed off"
# The first cells of the title block and sign-off tables: about the document, not its content.
META_KEYS = (
    "Case",
    "Children",
    "Written by",
    STATUS,
    "Started",
    "Submitted",
    "Signed off",
    "Exported",
    "Social worker",
    "Supervisor",
)
# Headings the export adds that are not sections of the assessment.
SIGN_OFF = "Sign-off"
APPENDIX = "Appendix: open rubric findings"
EXPORT_ONLY_HEADINGS = (SIGN_OFF, APPENDIX)

# Detail lines under an item (in the detail style): label -> the field they fill.
DETAIL_FIELDS = {
    "Rests on": "cites",
    "Facts pointing the other way": "contradicted_by",
    "Another explanation": "alternative_explanation",
    "Why": "reasoning",
    "Cites": "cites",
    "How to fill it": "how_to_fill",
    "Reason": "reason",
    "Heard on": "heard_on",
    "How heard": "how_heard",
    "What was done": "what_was_done",
    "About": "child_ref",  # the child's name, when there is more than one child
    "For": "child_ref",
    "Pattern": "is_pattern",
    # Under a recommendation written out rather than in a table. Its "Answers" line is not
    # read back (a reference list needs the reader to split it into answers and gaps filled).
    RECOMMENDATION_DETAILS["objective"]: "objective",
    RECOMMENDATION_DETAILS["who"]: "who",
    RECOMMENDATION_DETAILS["by_when"]: "by_when",
    RECOMMENDATION_DETAILS["how_we_will_know"]: "how_we_will_know",
    # Under a child's line.
    "Date of birth": "date_of_birth",
    "Expected date of birth": "date_of_birth",
    "Ethnicity": "ethnicity",
    "First language": "first_language",
    "Disability": "disability",
    "Communication needs": "communication_needs",
}
PATTERN_YES = "Yes, it names a pattern across several facts (cumulative harm)"
NOTHING_RECORDED = "Nothing recorded."
HISTORY_MARK = " (history)"


def uk_date(iso: str | None) -> str:
    """'2026-03-03' -> '3 March 2026'; text that is not an ISO date is shown as it is."""
    if not iso:
        return ""
    try:
        value = date.fromisoformat(iso[:10])
    except ValueError:
        return iso
    return uk_day(value)


def uk_moment(moment: datetime) -> datetime:
    """A stored moment as a clock in the UK showed it: 00:24 UTC on 1 July is 1:24am."""
    return as_utc(moment).astimezone(UK_TIME)


def uk_day(value: date | None) -> str:
    """'31 January 2027'; for a stored moment, the day it was in the UK."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = uk_moment(value)
    return f"{value.day} {value:%B %Y}"


def uk_time(moment: datetime) -> str:
    """The day and the time of a stored moment in the UK: '1 July 2026 at 1:24am'."""
    local = uk_moment(moment)
    hour = local.hour % 12 or 12
    return f"{uk_day(local)} at {hour}:{local:%M}{'am' if local.hour < 12 else 'pm'}"


_UK_DATE = re.compile(r"^\s*(\d{1,2}) ([A-Za-z]+) (\d{4})\s*$")


def iso_date(text: str) -> str | None:
    """'3 March 2026' -> '2026-03-03'; other text is kept as it is (an imported 'by when')."""
    text = text.strip()
    if not text:
        return None
    match = _UK_DATE.match(text)
    if match:
        from datetime import datetime

        try:
            return datetime.strptime(" ".join(match.groups()), "%d %B %Y").date().isoformat()
        except ValueError:
            return text
    return text
