"""Vague recommendations: hedged ("consider", "if appropriate"), either/or, or with nothing that
would let anyone tell whether it happened: no timescale, no measure, and no one named to do a
concrete action.

A measure (how we will know) makes a recommendation checkable on its own. A timescale or a named
person is enough only when what is to be done is concrete ("Mr Johal to meet Lacy and Sam by
Friday"), not when it is itself vague ("Mum to engage with services", "monitor the situation
by March").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assist.rubric import settings as s
from assist.rubric.text import CALENDAR_NAMES, DATE, FIGURE, sentences
from assist.rubric.view import Hit
from assist.rubric.wordlists import Terms, tokens_of

SETTINGS = {
    "hedges": s.words(),  # consider, if appropriate, as needed, ...
    "vague_actions": s.words(),  # engage, support, monitor, improve, ...
    "roles": s.words(),  # who could do it: social worker, health visitor, school, mother, ...
    "timescales": s.words(),  # weekly, daily, immediately, ...
    "measures": s.words(),  # compared with, in line with, score, scale, ...
    "vague_objects": s.words(),  # situation, services, the family, ...: no one can check these
}
PLACEHOLDERS = frozenset({"term", "problem"})

_EITHER_OR = re.compile(r"\beither\b[^.;]*\bor\b|\band\s*/\s*or\b|\bor\s+alternatively\b", re.I)
_TIME_WORD = (
    r"(?:\d|next|end|the\s+end|mid|half[- ]term|christmas|easter|summer|autumn|spring|winter|"
    r"year\s+\d|week\s+\d|term|the\s+(?:next|review|conference|core\s+group|meeting|hearing))"
)
_TIMESCALE = re.compile(
    rf"\b(?:by|before|until|no\s+later\s+than|starting|from|on)\s+(?:the\s+)?{_TIME_WORD}"
    r"|\bwithin\s+(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|the\s+next)\b"
    r"|\b(?:every|each)\s+(?:\d+\s+)?(?:day|week|month|term|visit|session|morning|evening|"
    r"night|fortnight|school\s+day|\w+day)s?\b"
    r"|\b(?:once|twice|\w+\s+times)\s+(?:a|per|each)\s+\w+"
    r"|\bper\s+(?:day|week|month|term)\b"
    r"|\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b",
    re.I,
)
# The numbers in a date, a year or a length of time say when, not how much: "by 1 March
# 2027" or "for 6 weeks" measures nothing. With a number beside it a month name is a month
# whatever its case ("1 may 2027"), unlike DATE alone, where "may" is usually a verb.
_MONTH = rf"(?i:{CALENDAR_NAMES})"
_CALENDAR = re.compile(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}\b(?:\s+\d{{4}})?"
    rf"|\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+\d{{4}})?|\b{_MONTH}\s+\d{{4}}"
    r"|\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b|\b(?:19|20)\d{2}\b"
    r"|\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    r"(?:days?|weeks?|months?|years?|hours?|minutes?|fortnights?|terms?)\b"
)
# A named tool or programme: "using the SEN Feeling Chart", "the Freedom Programme".
_NAMED_TOOL = re.compile(r"\b(?:using|via|through|with)\s+(?:the\s+|a\s+|an\s+)?[A-Z]\w+")
# Verbs that take "to" at the start of an instruction: "Continue to monitor" names no one.
_VERBS_BEFORE_TO = frozenset(
    [
        "continue",
        "try",
        "need",
        "aim",
        "seek",
        "want",
        "wish",
        "agree",
        "refer",
        "go",
        "attempt",
        "plan",
        "work",
        "begin",
        "start",
        "hope",
        "expect",
        "commit",
        "listen",
        "talk",
        "speak",
        "return",
        "move",
        "come",
        "get",
        "ensure",
        "remember",
    ]
)


@dataclass(frozen=True)
class Prepared:
    hedges: Terms
    vague_actions: Terms
    roles: Terms
    timescales: Terms
    measures: Terms
    vague_objects: Terms


def prepare(settings) -> Prepared:
    return Prepared(*(Terms(settings[name]) for name in SETTINGS))


def find(view, prepared: Prepared, sections):
    for entry in view.fields(sections, names=("action", "text")):
        if entry.kind not in ("recommendation", "loose"):
            continue
        yield from judge(prepared, entry.section, entry.item, entry.name, entry.text, entry.owner)


def judge(prepared, section, item, field, text, owner=None):
    tokens = tokens_of(text)
    hedge = prepared.hedges.search(tokens)
    if hedge is not None:
        index, length = hedge
        begin, end = tokens[index][0], tokens[index + length - 1][1]
        term = text[begin:end]
        yield Hit(
            section,
            item,
            field,
            begin,
            end,
            text,
            {
                "term": term,
                "problem": f"'{term}' leaves it open whether this will happen; "
                "say what will be done",
            },
        )
        return
    either = _EITHER_OR.search(text)
    if either is not None:
        yield Hit(
            section,
            item,
            field,
            either.start(),
            either.end(),
            text,
            {
                "term": either.group(),
                "problem": "it offers a choice; say which one you recommend and why",
            },
        )
        return
    has_when = bool(
        getattr(owner, "by_when", None)
        or _TIMESCALE.search(text)
        or DATE.search(text)
        or prepared.timescales.in_text(text)
    )
    has_measure = bool(
        (getattr(owner, "how_we_will_know", "") or "").strip()
        or FIGURE.search(_CALENDAR.sub(" ", text))
        or _NAMED_TOOL.search(text)
        or prepared.measures.in_text(text)
    )
    if has_measure:
        return
    vague = prepared.vague_actions.search(tokens)
    # A date makes a concrete action checkable ("attendance to be monitored daily"), not a vague
    # action on a vague object: "monitor the situation by 1 March" still cannot be seen to have
    # happened.
    if has_when and not _vague_throughout(prepared, text, tokens, vague):
        return
    if has_when:
        vague = _vague_throughout(prepared, text, tokens, vague)
    has_who = bool((getattr(owner, "who", "") or "").strip()) or _names_someone(
        prepared, text, tokens
    )
    if has_who and vague is None:
        return
    if has_who:
        index, length = vague
        term = text[tokens[index][0] : tokens[index + length - 1][1]]
        problem = (
            f"'{term}' cannot be measured; say what will be done, by when, and how you will know"
        )
    else:
        term = ""
        problem = "say who will do what, by when, and how you will know it has happened"
    yield Hit(section, item, field, 0, len(text), text, {"term": term, "problem": problem})


# How many words after a vague action its object may start: "support to the family".
_OBJECT_REACH = 4


# Words that end what a vague action is done to before it has an object: "Mum to engage by
# March", "to engage fully".
_NO_OBJECT = frozenset(
    [
        "by",
        "before",
        "until",
        "within",
        "from",
        "starting",
        "during",
        "over",
        "fully",
        "more",
        "better",
        "appropriately",
    ]
)
# "Attendance to be monitored by the school": in the passive, what is done comes first.
_PASSIVE = frozenset(["be", "been", "being", "is", "are", "was", "were"])


def _vague_throughout(prepared, text, tokens, vague):
    """The vague action (index, length) with a vague object, or none at all, or None."""
    if vague is None:
        return None
    for index, length in prepared.vague_actions.find(tokens, vague[0]):
        after = index + length
        if index and tokens[index - 1][2] in _PASSIVE:
            before = max(0, index - 1 - _OBJECT_REACH)
            if prepared.vague_objects.search(tokens, before, index - 1):
                return index, length  # "the situation to be monitored"
            continue
        if after == len(tokens) or tokens[after][2] in _NO_OBJECT:
            return index, length
        if _SENTENCE_END.search(text, tokens[after - 1][1], tokens[after][0]):
            return index, length  # "Mum to engage. The school will..."
        if prepared.vague_objects.search(tokens, after, min(len(tokens), after + _OBJECT_REACH)):
            return index, length
    return None


_SENTENCE_END = re.compile(r"[.;:!?]")


def _names_someone(prepared, text, tokens) -> bool:
    """Someone is named as the doer: "Mr Johal to meet", "Staff to check", "the school will"."""
    sentence_starts = {begin for begin, _ in sentences(text)}
    for index in range(1, len(tokens)):
        word = tokens[index][2]
        if word not in ("to", "will", "should", "must", "shall"):
            continue
        if word == "to" and index + 1 < len(tokens) and tokens[index + 1][2] == "be":
            continue  # "emotions to be measured": passive, no one named
        if prepared.roles.ends_at(tokens, index - 1):
            return True
        if word != "to":
            # "will" only counts after a role or a titled name: "X will improve" names no one.
            before = tokens[index - 1]
            if before[0] not in sentence_starts and text[before[0]].isupper():
                return True
            continue
        before = tokens[index - 1]
        if not text[before[0]].isupper():
            continue
        if before[0] in sentence_starts and before[2] in _VERBS_BEFORE_TO:
            continue
        return True
    return False
