"""Jargon and acronyms a family could not read.

An assessment is written about a family and is read by them. Flags the first unexplained use of
each acronym (explained means spelt out beside it somewhere: "Child in Need (CIN)" or "CIN (child
in need)") and the first use of each professional term on the list, with plainer words.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from assist.language import lexicon, tag
from assist.rubric import settings as s
from assist.rubric.view import Hit
from assist.rubric.wordlists import Terms

SETTINGS = {
    "terms": s.phrases(),  # professional term -> plainer words
    "allowed_acronyms": s.words(),  # short forms every family knows: GP, NHS, TV, ...
}
PLACEHOLDERS = frozenset({"term", "plain"})

# Two or more capitals (digits allowed after the first), optionally a plural s: CAMHS, LAC, CP,
# DNAs. A reference such as F3 has one capital and is not an acronym. Word edges are checked by
# hand: a leading \b makes the regex engine stop at every word, which is several times slower.
_CAPITALS = re.compile(r"[A-Z][A-Z0-9]*[A-Z]")
_SPELT_AFTER = re.compile(
    r"s?[ \t]*\(\s*[A-Za-z][a-z]|s?\s+(?:means|stands\s+for|is\s+short\s+for)\b"
)


def _acronyms_in(text):
    """(start, end, acronym) for each acronym standing as a word of its own."""
    for match in _CAPITALS.finditer(text):
        start, end = match.span()
        if start and (text[start - 1].isalnum() or text[start - 1] in "'’-"):
            continue
        after = end + 1 if text[end : end + 1] == "s" else end
        if after < len(text) and (text[after].isalnum() or text[after] == "-"):
            continue
        yield start, after, match.group()


@dataclass(frozen=True)
class Prepared:
    terms: Terms
    plain: dict
    allowed: frozenset


def prepare(settings) -> Prepared:
    plain = {term.lower().replace("’", "'"): text for term, text in settings["terms"].items()}
    return Prepared(
        Terms(settings["terms"].keys()),
        plain,
        frozenset(word.upper() for word in settings["allowed_acronyms"]),
    )


def _shouting(text, begin, end):
    """Mostly capitals: a heading or a name in capitals, not an acronym in a sentence."""
    letters = [char for char in text[begin:end] if char.isalpha()]
    return len(letters) > 12 and sum(char.isupper() for char in letters) > 0.6 * len(letters)


def _explained(acronym, everything) -> bool:
    """Spelt out somewhere: "Child in Need (CIN)", "CIN (child in need)", "CIN means ..."."""
    if f"({acronym})" in everything or f"({acronym}s)" in everything:
        return True
    position = everything.find(acronym)
    while position != -1:
        if _SPELT_AFTER.match(everything, position + len(acronym)):
            return True
        position = everything.find(acronym, position + 1)
    return False


def find(view, prepared: Prepared, sections):
    entries = list(view.all_fields(sections))
    yield from _acronyms(view, prepared, entries)
    yield from _terms(view, prepared, entries)


def _acronyms(view, prepared, entries):
    # One pass over all the text at once: a regex call per field costs more than the scan.
    starts = []
    position = 0
    for entry in entries:
        starts.append(position)
        position += len(entry.text) + 1
    everything = "\n".join(entry.text for entry in entries)
    seen = set()
    for match_start, match_end, acronym in _acronyms_in(everything):
        if acronym in seen or acronym in prepared.allowed:
            continue
        seen.add(acronym)
        if _explained(acronym, everything):
            continue
        entry_index = bisect_right(starts, match_start) - 1
        entry = entries[entry_index]
        offset = starts[entry_index]
        begin, end = match_start - offset, match_end - offset
        text = entry.text
        if _shouting(text, max(0, begin - 30), min(len(text), end + 30)):
            continue
        if not view.wanted(entry.item):
            continue
        yield Hit(
            entry.section,
            entry.item,
            entry.name,
            begin,
            end,
            text,
            {"term": text[begin:end], "plain": "spell it out the first time it is used"},
        )


def _terms(view, prepared, entries):
    if not prepared.terms:
        return
    seen = set()
    for entry in entries:
        if not prepared.terms.might_be_in(entry.text):
            continue
        tokens = view.tokens(entry)
        for index, length in prepared.terms.find(tokens):
            begin, end = tokens[index][0], tokens[index + length - 1][1]
            key = " ".join(token[2] for token in tokens[index : index + length])
            plain = _plain_for(prepared, key)
            if key in seen or (length == 1 and _in_its_everyday_sense(entry.text, begin)):
                continue
            seen.add(key)
            if not view.wanted(entry.item):
                continue
            yield Hit(
                entry.section,
                entry.item,
                entry.name,
                begin,
                end,
                entry.text,
                {"term": entry.text[begin:end], "plain": plain},
            )


def _in_its_everyday_sense(text, begin) -> bool:
    """A verb of the list's used with no object, its subject a thing: "if things escalate" is
    plain English (worse), "escalate to the manager" and "escalated the case" the jargon."""
    tokens = tag(text).tokens
    at = next((i for i, t in enumerate(tokens) if t.start == begin), None)
    if at is None or at == 0 or not tokens[at].tag.startswith("VB"):
        return False
    subject, after = tokens[at - 1], tokens[at + 1] if at + 1 < len(tokens) else None
    if subject.tag not in ("NN", "NNS") or lexicon().first_class(subject.word, "n") in (
        "noun.person",
        "noun.group",
    ):
        return False
    back = at - 1
    while back > 0 and tokens[back].tag in ("DT", "PRP$", "JJ", "NN", "NNS"):
        back -= 1
    if tokens[back].word in ("if", "when", "unless", "as"):
        return True  # "If things escalate the risk...": a clause of its own, its verb's end
    return after is None or after.tag in (".", ",", ":", "CC", "RB") or after.word in ("if", "when")


def _plain_for(prepared, key):
    if key in prepared.plain:
        return prepared.plain[key]
    # A term written with a trailing * matches several forms: find the entry it came from.
    for term, plain in prepared.plain.items():
        words = term.split(" ")
        parts = key.split(" ")
        if len(words) == len(parts) and all(
            part == word or (word.endswith("*") and part.startswith(word[:-1]))
            for word, part in zip(words, parts, strict=True)
        ):
            return plain
    return ""
