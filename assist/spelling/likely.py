"""The words a misspelling most likely meant: every dictionary word within two edits of it
(SymSpell's index over its English word-frequency list, which holds British and American
spellings), kept only when the British hunspell dictionary accepts them, nearest first and,
among equally near words, those the usual slips explain (a letter left out, two letters
swapped) before the rest, then the commonest first.

Hunspell's own suggester offers the first near word it finds ("nursary" → "bursary"); people
mostly mean the common word ("nursery"), so frequency decides. Words the frequency list does
not hold (rare terms, names) are left to hunspell's suggester."""

from __future__ import annotations

import threading
from importlib.resources import files

# Two edits catch most slips ("dissapointed" → "disappointed"); a prefix of five keeps the
# index at about 35 MB and one second to build, with lookups of a few milliseconds.
MOST_EDITS = 2
PREFIX = 5
# The project's social-care words are as likely as a common English word.
PROJECT_WORD_COUNT = 10_000_000

_lock = threading.Lock()
_index = None


def index(project_words=()):
    """SymSpell's index, built once per process."""
    global _index
    with _lock:
        if _index is None:
            from symspellpy import SymSpell

            built = SymSpell(max_dictionary_edit_distance=MOST_EDITS, prefix_length=PREFIX)
            built.load_dictionary(
                str(files("symspellpy") / "frequency_dictionary_en_82_765.txt"), 0, 1
            )
            for word in project_words:
                if " " not in word and word.isalpha():
                    built.create_dictionary_entry(word, PROJECT_WORD_COUNT)
            _index = built
        return _index


def likely(word, accepted, how_many, project_words=()):
    """Up to ``how_many`` words ``word`` probably meant, best first, in ``word``'s case.
    ``accepted(candidate)`` says whether British spelling allows a candidate."""
    from symspellpy import Verbosity

    lower = word.lower()
    found = index(project_words).lookup(lower, Verbosity.ALL, max_edit_distance=MOST_EDITS)
    found.sort(key=lambda hit: (hit.distance, not usual_slip(lower, hit.term), -hit.count))
    out = []
    for hit in found:
        candidate = in_case_of(word, hit.term)
        if hit.term == lower or candidate in out or not accepted(candidate):
            continue
        out.append(candidate)
        if len(out) == how_many:
            break
    return out


def usual_slip(typed, meant):
    """Whether leaving letters out of ``meant``, or swapping two adjacent ones, gives ``typed``:
    the commonest typing errors ("visted" for "visited", "teh" for "the"), so "visted" suggests
    "visited" before the commoner "listed"."""
    letters = iter(meant)
    if all(letter in letters for letter in typed):
        return True
    if len(typed) != len(meant):
        return False
    differ = [i for i, (a, b) in enumerate(zip(typed, meant, strict=True)) if a != b]
    return (
        len(differ) == 2
        and differ[1] == differ[0] + 1
        and typed[differ[0]] == meant[differ[1]]
        and typed[differ[1]] == meant[differ[0]]
    )


def in_case_of(word, term):
    """``term`` written the way ``word`` was: "Nursary" → "Nursery", "NURSARY" → "NURSERY"."""
    if len(word) > 1 and word.isupper():
        return term.upper()
    if word[:1].isupper():
        return term[:1].upper() + term[1:]
    return term
