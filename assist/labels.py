"""How stored values read on the pages: the words the journey's forms offer as choices are the
words every page (the worker's, the supervisor's, the trainee's) shows for a saved answer.
Plain Python; the template helpers in assist/presentation.py read these."""

from datetime import date

from assist.readers.dates import granularity
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
    (DatePrecision.UNKNOWN.value, "Not known"),
]
DATE_NOT_KNOWN = "Date not known"

_HOW_KNOWN_LABELS = dict(HOW_KNOWN)
_PRECISION_LABELS = dict(PRECISION)
_CATEGORY_LABELS = dict(CATEGORIES)
_EXPERIENCE_LABELS = dict(EXPERIENCE_KINDS)


def _value(value):
    return getattr(value, "value", value)


def _words(text):
    return " ".join("".join(ch if ch.isalnum() else " " for ch in text.lower()).split())


# Other ways a chronology says how a fact is known: a case system's short forms and a worker's
# own words ("Records", "told by mum", "seen"). Each is matched whole, case and punctuation
# aside, so a phrase that names no one answer ("Mum told the school") stays a question.
_HOW_KNOWN_SAID_AS = {
    HowKnown.SEEN: ("seen", "saw", "observed", "seen by worker", "seen by social worker"),
    HowKnown.CHILD_SAID: ("child said", "said by child", "told by child", "child told me"),
    HowKnown.PARENT_SAID: (
        "parent said",
        "parent",
        "carer said",
        "mum said",
        "dad said",
        "mother said",
        "father said",
        "told by mum",
        "told by dad",
        "told by mother",
        "told by father",
        "told by parent",
        "told by carer",
    ),
    HowKnown.PROFESSIONAL: ("professional", "reported by professional", "told by professional"),
    HowKnown.RECORDS: ("records", "record", "from record", "case records", "case record"),
    HowKnown.ANONYMOUS: ("anon", "anonymous referral", "anonymous caller"),
}
# What a pasted chronology may say for how a fact is known or its category: the words the
# pages offer, the Word export's wording, the stored values themselves and the other ways above.
_HOW_KNOWN_WRITTEN = {
    _words(written): str(value)
    for value, label in [
        *HOW_KNOWN,
        *word_labels.HOW_KNOWN.items(),
        *((value, said) for value, ways in _HOW_KNOWN_SAID_AS.items() for said in ways),
    ]
    for written in (label, value)
}
_CATEGORY_WRITTEN = {
    _words(written): value for value, label in CATEGORIES for written in (label, value)
}


def how_known_from(written):
    """The stored value for how a fact is known, as a person wrote it, or None."""
    return _HOW_KNOWN_WRITTEN.get(_words(written))


def category_from(written):
    """The stored category a person named ("Physical harm", "physical harm"), or None."""
    return _CATEGORY_WRITTEN.get(_words(written))


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
    assist/readers/dates.py): "About 2019", "About June 2021", "About 12 June 2021". A date
    that is not known reads "Date not known". Text that is not a date is kept."""
    if _value(precision) == DatePrecision.UNKNOWN:
        return DATE_NOT_KNOWN
    if isinstance(iso, date):
        value = iso
    else:
        try:
            value = date.fromisoformat(iso)
        except (TypeError, ValueError):
            return iso or ""
    known_to = granularity(value, precision)
    if known_to == DatePrecision.MONTH:
        written = f"{value:%B %Y}"
    elif known_to == DatePrecision.YEAR:
        written = str(value.year)
    else:
        written = word_labels.uk_day(value)
    return f"About {written}" if _value(precision) == DatePrecision.APPROXIMATE else written


def fact_date(fact):
    """A fact's date as precisely as it is known: "12 June 2021", "June 2021", "About 2019", or
    "Date not known". A stored fact (``occurred_on``) or a document's (``date``): a fact with
    no date has none that is known, whatever its precision says."""
    on = fact.occurred_on if hasattr(fact, "occurred_on") else fact.date
    return dated(on, fact.date_precision) or DATE_NOT_KNOWN


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
