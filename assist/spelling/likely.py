"""The words a misspelling most likely meant: every dictionary word within two edits of it
(SymSpell's index over its English word-frequency list, which holds British and American
spellings), kept only when the British hunspell dictionary accepts them, nearest first and,
among equally near words, those the usual slips explain (a letter left out, two letters
swapped) before the rest, then the commonest first.

Hunspell's own suggester offers the first near word it finds ("nursary" → "bursary"); people
mostly mean the common word ("nursery"), so frequency decides. Words the frequency list does
not hold (rare terms, names) are left to hunspell's suggester.

Two common words run together ("alot", "infront") are offered split ("a lot", "in front") as a
usual slip one edit away, as common as the rarer of the two. Words on the never-offered list
(``safe_suggestions``) are passed over, alone or as part of a split, so that the three offered
are three that may be."""

from __future__ import annotations

import gc
import threading

# Two edits catch most slips ("dissapointed" → "disappointed"); a prefix of five keeps the
# index at about 35 MB and one second to build, with lookups of a few milliseconds.
MOST_EDITS = 2
PREFIX = 5
# The project's social-care words are as likely as a common English word.
PROJECT_WORD_COUNT = 10_000_000
# Each part of a split is at least this common (about the 2,500 commonest words of the frequency
# list: "lot", "front", "each"), so "alot" splits into "a lot" but "persue" is not "per sue".
COMMON_PART = 30_000_000
# Parts of one or two letters must be real words: the frequency list also holds "pm", "co", "de".
SHORT_WORDS = frozenset(
    "a i am an as at be by do go he if in is it me my no of on or so to up us we".split()  # noqa: SIM905
)

_lock = threading.Lock()
_index = None


def index(project_words=()):
    """SymSpell's index, built once per process."""
    global _index
    with _lock:
        if _index is None:
            from importlib.resources import files

            from symspellpy import SymSpell

            built = SymSpell(max_dictionary_edit_distance=MOST_EDITS, prefix_length=PREFIX)
            built.load_dictionary(
                str(files("symspellpy") / "frequency_dictionary_en_82_765.txt"), 0, 1
            )
            for word in project_words:
                if " " not in word and word.isalpha():
                    built.create_dictionary_entry(word, PROJECT_WORD_COUNT)
            _index = built
            # The index is millions of lists that live as long as the process: left to the
            # collector, each full collection walks them all (about 0.4 s, at any moment a
            # page is being checked). Frozen, the collector passes them by.
            gc.freeze()
        return _index


def likely(word, accepted, how_many, project_words=()):
    """Up to ``how_many`` words ``word`` probably meant, best first, in ``word``'s case.
    ``accepted(candidate)`` says whether British spelling allows a candidate."""
    from symspellpy import Verbosity

    from assist.spelling.safe_suggestions import never_offered

    lower = word.lower()
    built = index(project_words)
    found = [
        (hit.distance, not usual_slip(lower, hit.term), -hit.count, hit.term)
        for hit in built.lookup(lower, Verbosity.ALL, max_edit_distance=MOST_EDITS)
        if hit.term != lower
    ]
    found += [(1, False, -count, parts) for parts, count in splits(lower, accepted, built.words)]
    found.sort()
    out = []
    for *_, term in found:
        candidate = in_case_of(word, term)
        if candidate in out or never_offered(candidate, word):
            continue
        # A split's parts were each accepted already.
        if " " not in term and not accepted(candidate):
            continue
        out.append(candidate)
        if len(out) == how_many:
            break
    return out


def one_slip_from(word, accepted, project_words=()):
    """Whether one edit (a letter added, left out, changed, or two swapped) or a missing space
    makes ``word`` from a word ``accepted`` in lower case: most misspellings are one slip away
    ("Nursary", "Alot"); most names the dictionary does not know are not ("Okafor", "Aarav")."""
    from symspellpy import Verbosity

    lower = word.lower()
    built = index(project_words)
    return any(
        hit.term != lower and accepted(hit.term)
        for hit in built.lookup(lower, Verbosity.ALL, max_edit_distance=1)
    ) or bool(splits(lower, accepted, built.words))


def splits(lower, accepted, counts):
    """("a lot", count of the rarer part) for each way ``lower`` is two common words run
    together. None for a word British spelling accepts whole ("nevertheless")."""
    if len(lower) < 3 or accepted(lower):
        return []
    out = []
    for at in range(1, len(lower)):
        parts = lower[:at], lower[at:]
        if all(
            (len(part) > 2 or part in SHORT_WORDS)
            and counts.get(part, 0) >= COMMON_PART
            and accepted(part)
            for part in parts
        ):
            split = " ".join("I" if part == "i" else part for part in parts)  # "I think"
            out.append((split, min(counts[part] for part in parts)))
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
