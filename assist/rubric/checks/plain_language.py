"""Jargon and acronyms a family could not read.

An assessment is written about a family and is read by them. Flags the first unexplained use of
each acronym (explained means spelt out beside it somewhere: "Child in Need (CIN)" or "CIN (child
in need)") and the first use of each professional term on the list, with plainer words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assist.rubric import settings as s
from assist.rubric.view import Hit
from assist.rubric.wordlists import Terms

SETTINGS = {
    "terms": s.phrases(),  # professional term -> plainer words
    "allowed_acronyms": s.words(),  # short forms every family knows: GP, NHS, TV, ...
}
PLACEHOLDERS = frozenset({"term", "plain"})

# Two or more capitals (digits allowed after the first), optionally a plural s: CAMHS, LAC, CP,
# DNAs. A reference such as F3 has one capital and is not an acronym.
_ACRONYM = re.compile(r"\b([A-Z][A-Z0-9]*[A-Z])s?\b")


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


def _explained(acronym, everything):
    spelt_out = re.compile(
        rf"\(\s*{acronym}s?\s*\)|\b{acronym}s?\s*\(\s*[A-Za-z][a-z]"
        rf"|\b{acronym}s?\s+(?:means|stands\s+for|is\s+short\s+for)\b"
    )
    return spelt_out.search(everything) is not None


def find(view, prepared: Prepared, sections):
    entries = list(view.all_fields(sections))
    everything = "\n".join(entry.text for entry in entries)
    yield from _acronyms(view, prepared, entries, everything)
    yield from _terms(view, prepared, entries)


def _acronyms(view, prepared, entries, everything):
    seen = set()
    for entry in entries:
        text = entry.text
        for match in _ACRONYM.finditer(text):
            acronym = match.group(1)
            if acronym in seen or acronym in prepared.allowed:
                continue
            seen.add(acronym)
            if _explained(acronym, everything):
                continue
            if _shouting(text, max(0, match.start() - 30), min(len(text), match.end() + 30)):
                continue
            if not view.wanted(entry.item):
                continue
            yield Hit(
                entry.section,
                entry.item,
                entry.name,
                match.start(),
                match.end(),
                text,
                {"term": match.group(), "plain": "spell it out the first time it is used"},
            )


def _terms(view, prepared, entries):
    if not prepared.terms:
        return
    starters = prepared.terms.candidates(view.vocabulary)
    if not starters:
        return
    seen = set()
    for entry in entries:
        if not view.words(entry) & starters:
            continue
        tokens = view.tokens(entry)
        for index, length in prepared.terms.find(tokens):
            begin, end = tokens[index][0], tokens[index + length - 1][1]
            key = " ".join(token[2] for token in tokens[index : index + length])
            plain = _plain_for(prepared, key)
            if key in seen:
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
