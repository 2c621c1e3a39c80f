"""How stored values read on the pages: the words the journey's forms offer as choices are the
words every page (the worker's, the supervisor's, the trainee's) shows for a saved answer.
Plain Python; the template helpers in assist/presentation.py read these."""

import re
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


# Who may have told us, for how a fact is known: each alone ("school", in a how-known cell or
# as a source) and in each way of saying they told us ("school reported", "mum told me").
_TELLERS = {
    HowKnown.CHILD_SAID: ("child", "the child", "young person"),
    HowKnown.PARENT_SAID: (
        *("parent", "parents", "carer", "mum", "dad", "mother", "father"),
        *("stepdad", "step dad", "stepfather", "stepmum", "step mum", "stepmother"),
    ),
    HowKnown.PROFESSIONAL: (
        *("professional", "another professional", "agency", "school", "teacher"),
        *("class teacher", "head teacher", "headteacher", "dsl", "nursery", "health visitor"),
        *("hv", "gp", "doctor", "nurse", "school nurse", "midwife", "hospital", "police"),
        *("camhs", "probation", "housing", "youth worker"),
    ),
}
_TOLD = (
    *("{} said", "said by {}", "told by {}", "{} told me", "{} told us", "{} told worker"),
    *("{} reported", "reported by {}", "according to {}"),
)
HISTORY = "history"  # not an answer: the fact's "This is history" tick, written as a category
# Other ways a chronology says how a fact is known or its category: a case system's short forms
# and a worker's own words ("Records", "told by mum", "seen", "DV", "History"). Each is matched
# whole, case and punctuation aside, so a phrase that names no one answer ("Mum told the
# school") stays a question. Phrases of two words or more that say who told us or who saw
# ("school reported", "I saw") are clear in a sentence too: see ``how_known_said``.
_SAID_AS: dict[str, tuple[str, ...]] = {
    HowKnown.SEEN: (
        *("seen", "saw", "observed", "noticed", "witnessed", "direct observation"),
        *("seen by me", "seen by worker", "seen by social worker", "seen by sw"),
        *("observed by me", "observed by worker", "i saw", "i observed", "i noticed", "we saw"),
        *("seen at visit", "seen on visit", "seen during visit", "seen at home visit"),
        *("seen on home visit", "seen during home visit", "observed at visit"),
        *("observed on visit", "observed at home visit", "my home visit", "my visit"),
    ),
    **{
        value: (*names, *(told.format(name) for name in names for told in _TOLD))
        for value, names in _TELLERS.items()
    },
    HowKnown.RECORDS: ("records", "record", "from record", "case records", "case record"),
    HowKnown.ANONYMOUS: ("anon", "anonymous referral", "anonymous caller"),
    "domestic abuse": (
        *("dv", "da", "dva", "domestic", "domestic violence", "domestic abuse and violence"),
    ),
    "physical harm": ("physical", "physical abuse", "nai", "non accidental injury", "injury"),
    "emotional harm": ("emotional", "emotional abuse"),
    "sexual harm": (
        *("sexual", "sexual abuse", "csa", "cse", "child sexual abuse"),
        "child sexual exploitation",
    ),
    "neglect": ("neglectful",),
    "parental mental health": ("mental health", "mh", "pmh", "parental mh"),
    "substance misuse": (
        *("substance", "substances", "substance use", "substance abuse", "drugs", "alcohol"),
        *("drugs and alcohol", "alcohol and drugs", "drug misuse", "alcohol misuse"),
        *("drug use", "alcohol use"),
    ),
    "health": ("medical", "health needs", "physical health"),
    "education": ("school", "attendance", "school attendance", "learning"),
    "home conditions": ("home", "housing", "home environment", "conditions"),
    "strength": ("strengths", "protective factor", "protective factors", "positive"),
    "other": ("misc", "miscellaneous", "general"),
    HISTORY: ("historic", "historical", "past history", "previous history", "family history"),
}
_HOW_KNOWN_VALUES = {str(value) for value in HowKnown}


def _written_as(pairs, values):
    """Everything that may be written for each of ``values``: the words the pages offer, the
    stored values themselves and the other ways above."""
    said = [(value, way) for value, ways in _SAID_AS.items() if value in values for way in ways]
    return {
        _words(written): str(value)
        for value, label in [*pairs, *said]
        for written in (label, value)
    }


# What a pasted chronology may say for how a fact is known (the Word export's wording too), or
# its category.
_HOW_KNOWN_WRITTEN = _written_as([*HOW_KNOWN, *word_labels.HOW_KNOWN.items()], _HOW_KNOWN_VALUES)
_CATEGORY_WRITTEN = _written_as(CATEGORIES, set(_CATEGORY_LABELS) | {HISTORY})
# Clear in a sentence: who told us, in so many words ("the class teacher reported"), or what
# the writer saw ("during my home visit"). A name alone ("school") is not: "seen at school".
_NAMES_ALONE = {_words(name) for names in _TELLERS.values() for name in names}
_HOW_KNOWN_IN_TEXT = {
    way: str(value)
    for value, ways in _SAID_AS.items()
    if value in _HOW_KNOWN_VALUES
    for way in map(_words, ways)
    if " " in way and way not in _NAMES_ALONE
}
_IN_TEXT = re.compile(
    r"\b(?:" + "|".join(sorted(map(re.escape, _HOW_KNOWN_IN_TEXT), key=len, reverse=True)) + r")\b"
)
_TELLER_IN_SOURCE = {
    _words(name): str(value)
    for value in (HowKnown.PARENT_SAID, HowKnown.PROFESSIONAL)
    for name in _TELLERS[value]
}
_TELLERS_IN_SOURCE = re.compile(
    r"\b(?:" + "|".join(sorted(map(re.escape, _TELLER_IN_SOURCE), key=len, reverse=True)) + r")\b"
)


def how_known_from(written):
    """The stored value for how a fact is known, as a person wrote it, or None."""
    return _HOW_KNOWN_WRITTEN.get(_words(written))


def how_known_said(text, source=""):
    """How a fact is known when its source or its own words say so clearly, or None: a source
    naming who told us ("Mum", "Amy's class teacher", "health visitor"), else words in the text
    saying who told us or that the writer saw it ("Mum told me", "the school reported", "during
    my home visit"). Words pointing to more than one answer say none."""
    if source:
        named = how_known_from(source)
        if named is not None:
            return named
        tellers = {_TELLER_IN_SOURCE[m] for m in _TELLERS_IN_SOURCE.findall(_words(source))}
        if len(tellers) == 1:
            return tellers.pop()
    said = {_HOW_KNOWN_IN_TEXT[m] for m in _IN_TEXT.findall(_words(text or ""))}
    return said.pop() if len(said) == 1 else None


def category_from(written):
    """The stored category a person named ("Physical harm", "physical harm", "DV"), or None
    (and None for "History", which is no category: see ``history_in``)."""
    value = _CATEGORY_WRITTEN.get(_words(written))
    return None if value == HISTORY else value


_PARTS = re.compile(r"\s*(?:[,;/|+&]|\s[-–—]\s)\s*")


def history_in(written):
    """Whether a category as written marks the fact as history ("History", "historic", "Past
    history - DV"), and what it says besides: ``(True, "DV")``, or ``(False, written)``."""
    if _CATEGORY_WRITTEN.get(_words(written)) == HISTORY:
        return True, ""
    parts = [part for part in _PARTS.split(written) if part.strip()]
    history = [part for part in parts if _CATEGORY_WRITTEN.get(_words(part)) == HISTORY]
    if not history or len(parts) == len(history):
        return bool(history), "" if history else written
    return True, " ".join(part for part in parts if part not in history)


def source_label(source):
    """A fact's source as pages and documents show it: where an imported document gave none,
    "Not given in the document", not the placeholder stored (a source must not be empty)."""
    return source if source_given(source) else word_labels.SOURCE_NOT_GIVEN


def source_given(source):
    """False for the placeholder an import stores where the document gave no source."""
    return source != word_labels.IMPORTED_SOURCE


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
