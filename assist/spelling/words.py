"""Words that are never flagged: the project's social-care word list (people's names are read by
``names``). Matching ignores case and treats curly and straight apostrophes alike."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

WORD_LIST = Path(__file__).resolve().parent.parent / "data" / "social-care-words.txt"

# A word: letters with apostrophes or hyphens inside it ("isn't", "step-father"). Digits are
# left out on purpose: "F3", "s47" and "2025" are references, sections and years.
# Combining accents (U+0300-U+036F) stay inside the word they belong to ("e\u0301cole").
_LETTERS = r"[^\W\d_](?:[^\W\d_]|[\u0300-\u036f])*"
WORD = re.compile(rf"{_LETTERS}(?:['’-]{_LETTERS})*")
# Words glued to digits ("s47", "Y6", "10am") are skipped as a whole, never split into letters.
WITH_DIGITS = re.compile(r"\w*\d\w*")
# Addresses and e-mail addresses are not prose.
NOT_PROSE = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\S+")


def normal(word: str) -> str:
    return word.lower().replace("’", "'")


@lru_cache(maxsize=4)
def project_words(path: str = str(WORD_LIST)) -> frozenset[str]:
    """The word list: one word or phrase a line; # starts a comment."""
    words = set()
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            words.update(normal(part) for part in WORD.findall(line))
            words.add(normal(line))
    return frozenset(words)


def stem(word: str) -> str:
    """A word as names and ignored words are matched: normal, without a possessive ending
    ("Brackenwold's" is "brackenwold")."""
    word = normal(word)
    return word[:-2] if word.endswith("'s") else word


def prose_words(text: str):
    """(offset, word) for each word worth checking in ``text``."""
    skipped = [match.span() for match in NOT_PROSE.finditer(text)]
    skipped += [match.span() for match in WITH_DIGITS.finditer(text)]
    for match in WORD.finditer(text):
        start, end = match.span()
        if any(start < s_end and s_start < end for s_start, s_end in skipped):
            continue
        word = match.group()
        # A quoted word or a possessive keeps its apostrophe inside, never at the edges.
        yield start, word
