"""How stored values read on the pages: the words the journey's forms offer as choices are the
words every page (the worker's, the supervisor's, the trainee's) shows for a saved answer.
Plain Python; the template helpers in assist/presentation.py read these."""

from datetime import date

from assist.vocabulary import DatePrecision, ExperienceKind, HowKnown, RiskFactorKind
from assist.word import labels as word_labels

HOW_KNOWN = [
    (HowKnown.SEEN.value, "Seen by me"),
    (HowKnown.CHILD_SAID.value, "Said by the child"),
    (HowKnown.PARENT_SAID.value, "Said by a parent or carer"),
    (HowKnown.PROFESSIONAL.value, "Reported by another professional"),
    (HowKnown.RECORDS.value, "From records"),
    (HowKnown.ANONYMOUS.value, "Anonymous"),
]
CATEGORIES = list(word_labels.CATEGORY.items())
EXPERIENCE_KINDS = [
    (ExperienceKind.WORDS.value, "The child's own words"),
    (ExperienceKind.OBSERVATION.value, "What I observed of the child's behaviour and presentation"),
    (ExperienceKind.DAY_IN_LIFE.value, "A day in the child's life"),
    (
        ExperienceKind.IF_NOTHING_CHANGES.value,
        "What life will be like for the child if nothing changes",
    ),
    (ExperienceKind.BARRIERS.value, "What made it hard to hear the child, and what I did about it"),
]
FACTOR_KINDS = [  # (kind, heading, what the "Add" link says)
    (RiskFactorKind.HAZARD.value, "Hazards", "a hazard"),
    (RiskFactorKind.STRENGTH.value, "Strengths", "a strength"),
    (RiskFactorKind.INFORMATION_GAP.value, "Information gaps", "an information gap"),
    (RiskFactorKind.METHOD.value, "Methods to reduce the danger", "a method"),
]
# Singular and plural, for counting a danger's parts: "1 hazard, 2 strengths".
FACTOR_NOUNS = {
    "hazard": ("hazard", "hazards"),
    "strength": ("strength", "strengths"),
    "information_gap": ("information gap", "information gaps"),
    "method": ("method", "methods"),
}

PRECISION = [
    (DatePrecision.EXACT.value, "Exact date"),
    (DatePrecision.MONTH.value, "Sometime that month"),
    (DatePrecision.YEAR.value, "Sometime that year"),
    (DatePrecision.APPROXIMATE.value, "Approximate"),
]

_HOW_KNOWN_LABELS = dict(HOW_KNOWN)
_PRECISION_LABELS = dict(PRECISION)
_CATEGORY_LABELS = dict(CATEGORIES)
_EXPERIENCE_LABELS = dict(EXPERIENCE_KINDS)


def _value(value):
    return getattr(value, "value", value)


def category_label(value):
    return _CATEGORY_LABELS.get(value or "", value or "No category")


def precision_label(value):
    return _PRECISION_LABELS.get(_value(value), "")


def how_known_label(value):
    return _HOW_KNOWN_LABELS.get(_value(value), "")


def experience_label(value):
    return _EXPERIENCE_LABELS.get(_value(value), "")


def dated(iso, precision=DatePrecision.EXACT):
    """A stored date (ISO text or a date) as a person reads it, as precisely as it was known:
    "31 January 2027", "January 2027", "2027", never "1 January 2027" for a month. An
    approximate date is stored on the first day of the period it names (see
    assist/readers/dates.py): "About 2019", "About June 2021", "About 12 June 2021". Text that
    is not a date is kept."""
    if isinstance(iso, date):
        value = iso
    else:
        try:
            value = date.fromisoformat(iso)
        except (TypeError, ValueError):
            return iso or ""
    precision = _value(precision) or DatePrecision.EXACT.value
    if precision == DatePrecision.MONTH:
        return f"{value:%B %Y}"
    if precision == DatePrecision.YEAR:
        return str(value.year)
    if precision != DatePrecision.APPROXIMATE:
        return word_labels.uk_day(value)
    if (value.month, value.day) == (1, 1):
        return f"About {value.year}"
    if value.day == 1:
        return f"About {value:%B %Y}"
    return f"About {word_labels.uk_day(value)}"


def factor_counts(factors):
    """ "1 hazard, 2 strengths and 1 method", or "no hazards, strengths, gaps or methods yet"."""
    counts = {}
    for factor in factors:
        kind = _value(factor.kind)
        counts[kind] = counts.get(kind, 0) + 1
    parts = [
        f"{counts[kind]} {one if counts[kind] == 1 else many}"
        for kind, (one, many) in FACTOR_NOUNS.items()
        if counts.get(kind)
    ]
    if not parts:
        return "no hazards, strengths, gaps or methods yet"
    return parts[0] if len(parts) == 1 else f"{', '.join(parts[:-1])} and {parts[-1]}"
