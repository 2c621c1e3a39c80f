"""Word lists from rubric.yaml, made ready for matching once, when the rubric loads.

An entry is a word or a phrase. A word may end in ``*`` to take any ending ("appear*" matches
appears, appeared, appearing). Matching ignores case and treats curly and straight apostrophes
alike. A hyphen binds words together, so "appropriate" does not match inside "age-appropriate".
Nothing else is special: authorities write plain words, not regular expressions.
"""

from __future__ import annotations

import re
from functools import lru_cache

# A word: letters and digits, with apostrophes or hyphens only inside it ("isn't", "step-father").
WORD = re.compile(r"\w+(?:['’-]\w+)*")
# An entry: words separated by single spaces, each word may end in *.
ENTRY = re.compile(r"^\w+(?:['’-]\w+)*\*?(?: \w+(?:['’-]\w+)*\*?)*$")


def normal(text: str) -> str:
    """Lower case with curly apostrophes straightened: how words are compared."""
    return text.lower().replace("’", "'")


# Per-text work is cached: a live check re-reads an assessment in which nearly every text is
# unchanged since the last check, and the same text reads the same way every time.
_CACHE = 32768


@lru_cache(maxsize=_CACHE)
def folded(text: str) -> str:
    return normal(text)


@lru_cache(maxsize=_CACHE)
def words_of(text: str) -> frozenset[str]:
    """The text's distinct words, normalised."""
    return frozenset(WORD.findall(folded(text)))


@lru_cache(maxsize=_CACHE)
def tokens_of(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, normalised word) for each word. Offsets come from the original text, since
    lower-casing can change a string's length."""
    return tuple((m.start(), m.end(), normal(m.group())) for m in WORD.finditer(text))


def clear_caches():
    """Forget every text read so far (the benchmark does this to time a first check)."""
    for cached in (folded, words_of, tokens_of):
        cached.cache_clear()


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
        self._first_words = frozenset(self._exact)
        self._prefixes = tuple(prefix for prefix, _ in self._prefixed)
        self._prefix_pattern = (
            re.compile(r"(?<![\w'-])(?:" + "|".join(map(re.escape, self._prefixes)) + ")")
            if self._prefixes
            else None
        )
        # One-word entries can be found from the set of a text's words alone.
        self._single_words = frozenset(
            phrase[0] for phrases in self._exact.values() for phrase in phrases if len(phrase) == 1
        )
        self._single_prefix_pattern = (
            re.compile(
                r"(?<![\w'-])(?:"
                + "|".join(
                    re.escape(prefix) for prefix, phrase in self._prefixed if len(phrase) == 1
                )
                + ")"
            )
            if any(len(phrase) == 1 for _, phrase in self._prefixed)
            else None
        )
        # The words a phrase cannot match without (its exact words; a word* could be anything).
        self._required = {
            phrase: frozenset(word for word in phrase if not word.endswith("*"))
            for phrases in (*self._exact.values(), [p for _, p in self._prefixed])
            for phrase in phrases
        }
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

    def could_match(self, words: frozenset[str]) -> bool:
        """Whether a field with these words might hold a match: all of some phrase's words are
        there. Set operations only, so most fields are passed over without reading them."""
        for first in self._first_words.intersection(words):
            for phrase in self._exact[first]:
                if self._required[phrase] <= words:
                    return True
        if self._prefixes and any(word.startswith(self._prefixes) for word in words):
            for prefix, phrase in self._prefixed:
                if self._required[phrase] <= words and any(w.startswith(prefix) for w in words):
                    return True
        return False

    def might_be_in(self, text: str) -> bool:
        """could_match for a text, with the cached word set and a regex for word* entries."""
        words = words_of(text)
        if not self._first_words.isdisjoint(words):
            for first in self._first_words.intersection(words):
                for phrase in self._exact[first]:
                    if self._required[phrase] <= words:
                        return True
        if self._prefix_pattern is not None and self._prefix_pattern.search(folded(text)):
            return any(self._required[phrase] <= words for _, phrase in self._prefixed)
        return False

    def in_text(self, text: str) -> bool:
        """Whether any entry is in the text. One-word entries need no tokens at all."""
        words = words_of(text)
        if not self._single_words.isdisjoint(words):
            return True
        if self._single_prefix_pattern is not None and self._single_prefix_pattern.search(
            folded(text)
        ):
            return True
        if not self.might_be_in(text):
            return False
        return self.search(tokens_of(text)) is not None

    def match_at(self, tokens, index, limit=None) -> int:
        """How many tokens a phrase matches starting at tokens[index] (0 for none)."""
        limit = len(tokens) if limit is None else limit
        word = tokens[index][2]
        phrases = self._memo.get(word)
        if phrases is None:
            phrases = self.starting_with(word)
        for words in phrases:
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
        memo = self._memo
        index = low
        while index < high:
            # Most words start no phrase: the memo says so without a call (this loop runs
            # over every sentence of a check, many times).
            phrases = memo.get(tokens[index][2])
            length = self.match_at(tokens, index, high) if phrases is None or phrases else 0
            if length:
                yield index, length
                index += length
            else:
                index += 1

    def search(self, tokens, low=0, high=None):
        return next(self.find(tokens, low, high), None)


# The particles of phrasal verbs of direction, a closed class of English: "come down", "went
# off", "sat up" say where, never how well; "keep his voice down", "put the toys away" are done.
# Adverbs that place something in time or focus on it ("are still registered", "had just
# left", "only once"), never rate it; the lexicons rate them by their adjectives' senses
# ("still" water, a "just" cause, an "even" floor).
TIME_AND_FOCUS = frozenset({"still", "just", "even", "only", "yet", "already"})
# Verbs that link a subject to how it seemed ("appeared settled", "seemed 'tired and quiet'"):
# a description follows, not a deed.
LINKING_VERBS = frozenset({"appear", "seem", "look", "remain", "stay", "become", "sound"})
# Adverbs that hedge what they stand by: "can probably be" is no assertion, and "should
# probably check in" no commitment.
HEDGING_ADVERBS = frozenset({"probably", "perhaps", "possibly", "maybe", "potentially"})
PARTICLES = frozenset(
    {
        *("up", "down", "out", "off", "over", "back", "away", "in", "on", "through", "around"),
        *("about", "ahead", "along", "forward"),  # "went ahead", "got along"
    }
)
# Case notes' short forms for a young person or young people ("YP settled"), which no
# dictionary lists.
YOUNG_PERSON_SHORT = ("yp", "yps", "cyp")
# The pronouns that can only be a clause's subject, or begin one: a closed class of English.
SUBJECT_PRONOUNS = frozenset({"i", "you", "he", "she", "it", "we", "they"})
# WordNet's classes of verbs only a person does, in their commonest sense (speaking, the body's
# doings, feeling, perceiving, thinking): "Poppy told", "Ben will ask" have a person for subject
# however the name reads in lower case.
PERSONS_DOING = frozenset(
    {"verb.communication", "verb.body", "verb.emotion", "verb.perception", "verb.cognition"}
)
# The pronouns of a third person, which refer back to someone named before.
# Words that open a clause of when ("When Riley came home, she hugged him"; "the day when
# he ran off"): its subject is not the sentence's.
OPENINGS_OF_WHEN = frozenset({"when", "whenever", "after", "before", "once", "while", "as"})
THIRD_PERSON = frozenset({"he", "she", "they", "him", "her", "them", "his", "hers", "their"})


def opening_source(words) -> int | None:
    """Where the named source starts when a sentence opens by naming whose account it is:
    "According to the school, ..." or "Per his foster mom, ..." (not "twice per week"); else
    None. ``words``: the sentence's words, lower case."""
    # Two sources make a longer phrase: "Per his probation officer and his mother, ...".
    reach = 4 if "and" in words[2:8] else 0
    if len(words) > 2 and words[0] == "per" and "," in words[2 : 6 + reach]:
        start = 1
    elif len(words) > 3 and words[:2] == ["according", "to"] and "," in words[3 : 8 + reach]:
        start = 2
    else:
        return None
    # "Per my assessment": the writer's own, no one else's account ("per my manager" is).
    own = words[start] in ("my", "our") and words[start + 1] in _THE_WRITERS_OWN
    return None if own else start


# What a writer has of their own, which no one else can vouch for: "per my assessment".
_THE_WRITERS_OWN = frozenset(
    {"assessment", "view", "opinion", "judgement", "judgment", "analysis", "observation"}
    | {"understanding", "experience", "knowledge", "reading"}
)
# English's verbs of putting on record: what someone else recorded is theirs, and sourced;
# and whoever records is at work ("Shannon Webb has recorded..."), not a child.
RECORDING = frozenset({"record", "note", "document", "log", "report", "describe"})
