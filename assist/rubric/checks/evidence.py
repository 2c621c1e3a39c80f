"""Judgements stated without evidence.

A sentence that judges a person or situation ("neglectful", "appears happy", "not coping") is
flagged unless something shows how it is known: a cited item, a quote, a figure, a date or time,
an observation ("I saw", "was observed"), a named or reported source ("told me", "according
to"), or an explicit marker ("for example"). Evidence may sit in the sentence itself, in the
next sentence (claim, then evidence), or in the previous one when the sentence points back to it
("This shows...").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from assist.rubric import settings as s
from assist.rubric.text import CITATION, DATE, FIGURE, QUOTE, REF
from assist.rubric.view import Hit
from assist.rubric.wordlists import Terms

SETTINGS = {
    "judgements": s.words(),  # judgements wherever they appear
    "states": s.words(),  # judgements when said of someone: "was chaotic", "appears happy"
    "linking_verbs": s.words(),  # the verbs that say them: is, was, seems, appeared, ...
    "observation": s.words(),  # I saw, observed, noticed, ...
    "reporting": s.words(),  # told, said, reported, according to, ...
    "evidence_markers": s.words(),  # for example, such as, evidenced by, ...
    "time_words": s.words(),  # today, yesterday, this morning, ...
    "behaviour": s.words(),  # what someone visibly did: shouted, cried, flinched, clung, ...
    # Words before a judgement that make it a question or a condition, not a claim:
    # "check whether the toys are challenging", "if Mum is drunk".
    "not_asserted": s.words(),
}
PLACEHOLDERS = frozenset({"term"})

# Words that may stand between a linking verb and a state: "was not very", "seems a little".
_MODIFIERS = frozenset(
    [
        "very",
        "quite",
        "rather",
        "so",
        "too",
        "extremely",
        "really",
        "generally",
        "often",
        "always",
        "usually",
        "sometimes",
        "not",
        "never",
        "more",
        "less",
        "a",
        "an",
        "bit",
        "little",
        "somewhat",
        "fairly",
        "highly",
        "particularly",
    ]
)
_JOINING = frozenset({"and", "or", "but", "yet"})
# Nouns that turn a state into a term of the risk model: "protective factor", "risk factors".
_TERMS_OF_ART = frozenset({"factor", "factors"})
# A sentence opening that points back to the sentence before it.
_POINTS_BACK = re.compile(
    r"(?:this|these|that|those|such|it|overall|therefore|thus|so|taken together|as a result|"
    r"given this|in light of this)\b",
    re.IGNORECASE,
)
# Elaboration after a colon, semicolon or dash: "Home conditions were poor: there was no food".
_ELABORATION = re.compile(r"[:;]\s|\s[—–-]\s|—")
# The feared outcome of a danger and the plans for methods are not claims about what is.
_NOT_CLAIMS = {("danger", "text"), ("method", "text"), ("method", "how_to_fill")}


@dataclass(frozen=True)
class Prepared:
    judgements: Terms
    states: Terms
    any_judgement: Terms  # both lists together: one cheap test passes over most fields
    linking: Terms
    evidence: Terms
    not_asserted: Terms


def prepare(settings) -> Prepared:
    return Prepared(
        judgements=Terms(settings["judgements"]),
        any_judgement=Terms(settings["judgements"] + settings["states"]),
        states=Terms(settings["states"]),
        linking=Terms(settings["linking_verbs"]),
        evidence=Terms(
            settings["observation"]
            + settings["reporting"]
            + settings["evidence_markers"]
            + settings["time_words"]
            + settings["behaviour"]
        ),
        not_asserted=Terms(settings["not_asserted"]),
    )


def find(view, prepared: Prepared, sections):
    for entry in view.fields(sections):
        if (entry.kind, entry.name) in _NOT_CLAIMS:
            continue
        if not prepared.any_judgement.might_be_in(entry.text):
            continue
        if view.cites(entry.item):
            continue  # the item rests on facts it cites
        yield from _field_hits(view, prepared, entry)


def _field_hits(view, prepared, entry):
    text = entry.text
    tokens = view.tokens(entry)
    starts = [token[0] for token in tokens]
    spans = view.sentences(entry)
    ranges = [(bisect_left(starts, a), bisect_left(starts, b)) for a, b in spans]
    for number, (begin, end) in enumerate(spans):
        low, high = ranges[number]
        judgement = _judgement(prepared, tokens, low, high)
        if judgement is None:
            continue
        first, last = judgement
        if prepared.not_asserted.search(tokens, low, first) is not None:
            continue
        if _evidenced(prepared, text, tokens, begin, end, low, high):
            continue
        if _elaborated(prepared, text, tokens, tokens[last - 1][1], end, high):
            continue
        if number + 1 < len(spans):
            next_begin, next_end = spans[number + 1]
            next_low, next_high = ranges[number + 1]
            if _evidenced(prepared, text, tokens, next_begin, next_end, next_low, next_high):
                continue
        if number > 0 and _POINTS_BACK.match(text, begin):
            previous_begin, previous_end = spans[number - 1]
            previous_low, previous_high = ranges[number - 1]
            if _evidenced(
                prepared, text, tokens, previous_begin, previous_end, previous_low, previous_high
            ):
                continue
        term = text[tokens[first][0] : tokens[last - 1][1]]
        yield Hit(entry.section, entry.item, entry.name, begin, end, text, {"term": term})


def _judgement(prepared, tokens, low, high):
    """(first token, end token) of the first judgement in tokens[low:high], or None.

    A listed judgement wins over a state that starts at the same word, so "is a loving mother"
    reports "loving mother" rather than "is a loving".
    """
    found = prepared.judgements.search(tokens, low, high)
    for index, length in prepared.states.find(tokens, low, high):
        if found is not None and found[0] <= index:
            break
        after = index + length
        if after < high and tokens[after][2] in _TERMS_OF_ART:
            continue  # "a protective factor" names a part of the risk model, not a person
        verb_start = _linking_before(prepared, tokens, index, low)
        if verb_start is not None:
            return verb_start, index + length
    if found is not None:
        return found[0], found[0] + found[1]
    return None


def _linking_before(prepared, tokens, index, low):
    """Where the linking verb before a state starts, skipping a few modifiers and one other
    description joined by "and" ("was cluttered and unhygienic"); else None."""
    position = index - 1
    skipped = 0
    while position >= low and skipped <= 4:
        length = prepared.linking.ends_at(tokens, position, low)
        if length:
            return position - length + 1
        word = tokens[position][2]
        if word in _MODIFIERS or (word.endswith("ly") and len(word) > 4):
            position -= 1
            skipped += 1
            continue
        if word in _JOINING and position - 1 >= low:
            position -= 2  # the joining word and the description before it
            skipped += 2
            continue
        return None
    return None


def _evidenced(prepared, text, tokens, begin, end, low, high) -> bool:
    if prepared.evidence.search(tokens, low, high) is not None:
        return True
    return any(pattern.search(text, begin, end) for pattern in (QUOTE, FIGURE, DATE, CITATION, REF))


def _elaborated(prepared, text, tokens, after, end, high) -> bool:
    """A colon or dash after the judgement, followed by detail that is not itself a judgement."""
    match = _ELABORATION.search(text, after, end)
    if match is None:
        return False
    low = bisect_left([token[0] for token in tokens], match.end())
    if high - low < 4:
        return False
    return _judgement(prepared, tokens, low, high) is None
