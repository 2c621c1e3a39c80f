"""Word lists from rubric.yaml, made ready for matching once, when the rubric loads.

An entry is a word or a phrase. A word may end in ``*`` to take any ending ("appear*" matches
appears, appeared, appearing). Matching ignores case and treats curly and straight apostrophes
alike. A hyphen binds words together, so "appropriate" does not match inside "age-appropriate".
Nothing else is special: authorities write plain words, not regular expressions.
"""

from __future__ import annotations

import re

# A word: letters and digits, with apostrophes or hyphens only inside it ("isn't", "step-father").
WORD = re.compile(r"\w+(?:['’-]\w+)*")
# An entry: words separated by single spaces, each word may end in *.
ENTRY = re.compile(r"^\w+(?:['’-]\w+)*\*?(?: \w+(?:['’-]\w+)*\*?)*$")


def normal(text: str) -> str:
    """Lower case with curly apostrophes straightened: how words are compared."""
    return text.lower().replace("’", "'")


def entry_problem(entry) -> str | None:
    """Why an entry cannot be used, or None when it is fine."""
    if not isinstance(entry, str):
        return f"{entry!r} is not a word or phrase"
    if not entry.strip():
        return "an entry is empty"
    if entry != entry.strip() or "  " in entry:
        return f"{entry!r} has stray spaces"
    if not ENTRY.match(entry):
        return (
            f"{entry!r} has characters a word list cannot hold "
            "(use letters, digits, apostrophes or hyphens inside words, and * only at the end "
            "of a word)"
        )
    return None


def _word_matches(pattern: str, word: str) -> bool:
    if pattern.endswith("*"):
        return word.startswith(pattern[:-1])
    return word == pattern


class Terms:
    """A word list ready to match against a field's words.

    Matching walks the field's words rather than running one big regular expression, because
    an alternation of a hundred phrases is slow in Python's regex engine; a dictionary keyed by
    each phrase's first word makes the whole check a few set and dict look-ups per word.
    """

    def __init__(self, entries):
        self.entries = tuple(entries)
        self._exact: dict[str, list[tuple[str, ...]]] = {}
        self._prefixed: list[tuple[str, tuple[str, ...]]] = []
        for entry in entries:
            words = tuple(normal(entry).split(" "))
            first = words[0]
            if first.endswith("*"):
                self._prefixed.append((first[:-1], words))
            else:
                self._exact.setdefault(first, []).append(words)
        for phrases in self._exact.values():
            phrases.sort(key=len, reverse=True)
        self._memo: dict[str, tuple[tuple[str, ...], ...]] = {}

    def __bool__(self):
        return bool(self.entries)

    def starting_with(self, word: str) -> tuple[tuple[str, ...], ...]:
        found = self._memo.get(word)
        if found is None:
            phrases = list(self._exact.get(word, ()))
            phrases += [words for prefix, words in self._prefixed if word.startswith(prefix)]
            phrases.sort(key=len, reverse=True)
            found = self._memo[word] = tuple(phrases)
        return found

    def candidates(self, vocabulary) -> frozenset[str]:
        """The words of a document that could start a match: a cheap filter for each field."""
        return frozenset(word for word in vocabulary if self.starting_with(word))

    def match_at(self, tokens, index, limit=None) -> int:
        """How many tokens a phrase matches starting at tokens[index] (0 for none)."""
        limit = len(tokens) if limit is None else limit
        for words in self.starting_with(tokens[index][2]):
            end = index + len(words)
            if end > limit:
                continue
            if all(_word_matches(w, tokens[index + k][2]) for k, w in enumerate(words[1:], 1)):
                return len(words)
        return 0

    def ends_at(self, tokens, index, floor=0) -> int:
        """How many tokens a phrase matches ending at tokens[index] (0 for none)."""
        for start in range(max(floor, index - 3), index + 1):
            length = self.match_at(tokens, start, index + 1)
            if length and start + length == index + 1:
                return length
        return 0

    def find(self, tokens, low=0, high=None):
        """(first token, token count) of each match, left to right, not overlapping."""
        high = len(tokens) if high is None else high
        index = low
        while index < high:
            length = self.match_at(tokens, index, high)
            if length:
                yield index, length
                index += length
            else:
                index += 1

    def search(self, tokens, low=0, high=None):
        return next(self.find(tokens, low, high), None)
