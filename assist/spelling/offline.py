"""Offline British spelling: Debian's hunspell-en-gb dictionary read by spylls (pure Python).
Nothing leaves the server. Grammar is not checked this way."""

from __future__ import annotations

import itertools
import threading
import time
import unicodedata
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from assist.spelling import known_forms
from assist.spelling.issue import Issue
from assist.spelling.likely import likely, one_slip_from
from assist.spelling.words import normal, project_words, prose_words

DICTIONARY = "/usr/share/hunspell/en_GB"
SUGGESTIONS = 3
# spylls takes from a few milliseconds to about a second to suggest for one word (its ngram pass
# is slow), so one check waits at most this long for new words' suggestions.
SUGGESTION_BUDGET_SECONDS = 0.3

_lock = threading.Lock()
_dictionaries: dict = {}


class DictionaryMissing(RuntimeError):
    pass


def dictionary(path=DICTIONARY):
    """Load the dictionary once per process (about 1.4 s) and keep it."""
    with _lock:
        if path not in _dictionaries:
            from spylls.hunspell import Dictionary

            try:
                _dictionaries[path] = Dictionary.from_files(path)
            except FileNotFoundError as exc:
                raise _missing(path) from exc
        return _dictionaries[path]


def _missing(path):
    return DictionaryMissing(
        f"No hunspell dictionary at {path}.dic: install Debian's hunspell-en-gb"
    )


class OfflineChecker:
    """Spelling against a British English hunspell dictionary, plus the project's word list."""

    name = "hunspell-en-GB"
    grammar = False

    def __init__(self, path=DICTIONARY, extra_words=frozenset(), wait=SUGGESTION_BUDGET_SECONDS):
        self.path = path
        self.wait = wait
        self.allowed = project_words() | frozenset(normal(w) for w in extra_words)

    def warm(self):
        from assist.spelling.safe_suggestions import never_offered_words

        dictionary(self.path)
        never_offered_words()  # derived from WordNet on a machine's first use (seconds)
        # The frequency index (about a second) and spylls's suggestion tables (about a second,
        # for words the index does not know) are built on first use: build both on the
        # suggestion thread now rather than when a worker's first typo appears.
        suggestions_for(self.path, ["speling", "qzxj"], 0)

    def check_paragraphs(self, paragraphs):
        """A list of issues for each paragraph (offsets inside that paragraph), without
        suggestions: ``with_suggestions`` adds them to the issues a page shows."""
        return [self._check(text) for text in paragraphs]

    def with_suggestions(self, issues, wait=True):
        """The issues with suggestions added. New words are worked out on a background thread
        and waited for at most ``wait`` seconds, so a page never waits long; words not
        ready by then get theirs on a later check (they are cached). ``wait=False``: only
        those already worked out, for a page that shows none (the rest are started)."""
        words = dict.fromkeys(issue.flagged for issue in issues if issue.rule == "hunspell")
        if not words:
            # Nothing to suggest for: the dictionary need not be read (``known_forms``), only
            # be there, as checking needs it.
            if not all(Path(f"{self.path}.{part}").is_file() for part in ("aff", "dic")):
                raise _missing(self.path)
            return list(issues)
        dictionary(self.path)
        found = suggestions_for(self.path, words, self.wait if wait else 0)
        return [
            replace(issue, suggestions=found.get(issue.flagged, ()))
            if issue.rule == "hunspell" and not issue.suggestions
            else issue
            for issue in issues
        ]

    def _check(self, text):
        issues = []
        for offset, word in prose_words(text):
            if self.known(word):
                continue
            issues.append(
                Issue(
                    offset=offset,
                    length=len(word),
                    message=f"“{word}” is not in the British English dictionary",
                    category="spelling",
                    rule="hunspell",
                )
            )
        return issues

    def known(self, word):
        if normal(word) in self.allowed:
            return True
        return _known(self.path, unicodedata.normalize("NFC", word.replace("’", "'")))


# spylls's time grows exponentially with the hyphens in a word (it tries every split): past
# this many, each part is looked up on its own. Suggestions are not worked out for words that
# long or that hyphenated, so one odd word cannot keep the suggestion thread busy.
MOST_HYPHENS = 2
LONGEST_SUGGESTED = 30
ENOUGH_SECONDS = 0.03


@lru_cache(maxsize=65536)
def _known(path, word):
    if word.count("-") > MOST_HYPHENS:
        return all(_known(path, part) for part in word.split("-") if part)
    found = _looked_up(path, word)
    if not found and "-" in word:
        # Hunspell knows "step-father" but not every compound: accept one whose parts it knows.
        found = all(part and _looked_up(path, part) for part in word.split("-"))
    return found


def _looked_up(path, word):
    """The dictionary's answer: from the list of its forms (``known_forms``) in a process that
    has not read it (a command-line check), else from the dictionary, which a process reading
    it for the first time on this machine also lists for the next."""
    if path not in _dictionaries:
        answer = known_forms.knows(path, word)
        if answer is not None:
            return answer
        known_forms.keep(path, dictionary(path))
    return dictionary(path).lookup(word)


_suggesting: dict = {}  # (path, word) -> Future, while being worked out or once done
_executor = None


def suggestions_for(path, words, wait_seconds):
    """{word: suggestions} for the words whose suggestions are ready within ``wait_seconds``."""
    global _executor
    # Here, not at the top: a check with nothing to suggest (most of a linter's runs) never
    # starts the thread, nor imports what runs it.
    from concurrent.futures import ThreadPoolExecutor, wait

    with _lock:
        if _executor is None:
            # One worker: spylls is pure Python, so more threads would only share one core.
            _executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="spelling")
        futures = {}
        for word in words:
            key = (path, word.replace("’", "'"))
            if key not in _suggesting:
                if len(_suggesting) > 16384:
                    _suggesting.clear()
                _suggesting[key] = _executor.submit(_suggest, *key)
            futures[word] = _suggesting[key]
    wait(futures.values(), timeout=wait_seconds)
    return {
        word: future.result()
        for word, future in futures.items()
        if future.done() and future.exception() is None
    }


def _suggest(path, word):
    if len(word) > LONGEST_SUGGESTED or word.count("-") > MOST_HYPHENS:
        return ()
    found = likely(word, _accepting(path), SUGGESTIONS, project_words())
    return tuple(found) if found else _hunspell_suggestions(path, word)


def _accepting(path):
    """Whether British spelling allows a candidate: the word list, else the dictionary."""
    allowed = project_words()

    def accepted(candidate):
        return normal(candidate) in allowed or _known(path, candidate)

    return accepted


def near_a_word(word, path=DICTIONARY):
    """Whether a slip of the keyboard would make ``word`` from a British English word (see
    ``likely.one_slip_from``)."""
    return one_slip_from(word, _accepting(path), project_words())


def _hunspell_suggestions(path, word):
    from assist.spelling.safe_suggestions import never_offered

    found = itertools.islice(dictionary(path).suggest(word), SUGGESTIONS + 2)
    started = time.monotonic()
    # spylls offers split words ("col or") and other spellings of the same word; keep distinct,
    # whole-word suggestions first.
    seen, out = set(), []
    for suggestion in found:
        # Its first, close suggestions come in milliseconds; the later, far-fetched ones can
        # take a second. Once there is one and time has passed, stop asking.
        if out and time.monotonic() - started > ENOUGH_SECONDS:
            break
        split = " " in suggestion or ("-" in suggestion and "-" not in word)
        # A proper noun for a lower-case word ("color" → "Colorado") is rarely what was meant,
        # unless it is the same word with a capital ("wendy" → "Wendy").
        proper = word.islower() and not suggestion.islower() and suggestion.lower() != word
        if suggestion == word or suggestion.lower() in seen or split or proper:
            continue
        if never_offered(suggestion, word):  # "anus" for "anxous", "Kafir" for "Okafor"
            continue
        seen.add(suggestion.lower())
        out.append(suggestion)
        if len(out) == SUGGESTIONS:
            break
    return tuple(out)
