"""Checking a whole assessment: every free-text field of every item, one paragraph at a time,
with results cached by (checker, paragraph text) so a re-check after an autosave sends only the
edited paragraph to the checker."""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from dataclasses import replace

from assist.spelling.issue import Issue, Report
from assist.spelling.names import ask_about_names, known_names
from assist.spelling.words import stem

# (section, collection, fields) for the prose a worker writes. Names, dates and choices are not
# prose; names are read separately so they are never flagged.
FIELDS = (
    # About the child and household is written in too: what is known of each adult, and a
    # child's communication needs ("childrens" there is as wrong as anywhere).
    ("people", "children", ("communication_needs",)),
    ("people", "adults", ("notes",)),
    ("facts", "facts", ("text",)),
    ("child", "experiences", ("text", "what_was_done")),
    ("analysis", "analysis", ("text", "alternative_explanation", "reasoning")),
    ("risk", "dangers", ("text", "probability_reasoning")),
    ("recommendations", "recommendations", ("action", "objective", "reason", "how_we_will_know")),
)
FACTOR_FIELDS = ("text", "how_to_fill")


def fields_of(document, sections=None):
    """(section, item ref, field, text) for each non-empty prose field, in document order."""
    for section, collection, names in FIELDS:
        if sections is not None and section not in sections:
            continue
        for item in getattr(document, collection):
            for name in names:
                text = getattr(item, name, "") or ""
                if text.strip():
                    yield section, item.ref, name, text
            for factor in getattr(item, "factors", ()):
                for name in FACTOR_FIELDS:
                    text = getattr(factor, name, "") or ""
                    if text.strip():
                        yield section, factor.ref, name, text
    for loose in document.loose:
        if (sections is None or loose.section in sections) and loose.text.strip():
            yield loose.section, loose.ref, "text", loose.text


class ParagraphCache:
    """A bounded, thread-safe memory of each checker's issues for each paragraph it has seen.
    Keys are digests, so no case text is kept as a key."""

    def __init__(self, size=50_000):
        self.size = size
        self._entries: OrderedDict = OrderedDict()
        self._lock = threading.Lock()
        self.misses = 0

    @staticmethod
    def key(checker, text):
        return (checker.name, hashlib.sha256(text.encode("utf-8")).digest())

    def get(self, key):
        with self._lock:
            found = self._entries.get(key)
            if found is not None:
                self._entries.move_to_end(key)
            return found

    def put(self, key, issues):
        with self._lock:
            self._entries[key] = tuple(issues)
            self._entries.move_to_end(key)
            while len(self._entries) > self.size:
                self._entries.popitem(last=False)

    def clear(self):
        with self._lock:
            self._entries.clear()


def check_document(
    document,
    checker,
    cache=None,
    sections=None,
    accepted=(),
    wait_for_suggestions=True,
    remember=None,
) -> list[Issue]:
    """Every issue in the document's prose, placed on its item and field. ``accepted`` words
    (those a worker chose to ignore, the service's users' names) are never flagged, like the
    people's names; a word written where a name goes is asked about, with no replacements
    (``names``); no suggestion brings in a word on the never-offered list (``safe_suggestions``).
    Raises whatever the checker raises (LanguageTool's ``Unavailable``), so the caller can fall
    back. ``remember(key, work_out)``, when given, may keep what was found before suggestions
    for the document: ``key`` names all else it depends on."""
    accepted = frozenset(accepted)
    key = ("spelling", checker, tuple(sections) if sections is not None else None, accepted)

    def work_out():
        return _placed(document, checker, cache, sections, accepted)

    placed = remember(key, work_out) if remember is not None else work_out()
    # Offline suggestions are slow to work out, so only the issues found are given them here
    # (their words are cached), never kept with the paragraph.
    complete = getattr(checker, "with_suggestions", None)
    if complete:
        placed = complete(placed, wait=wait_for_suggestions)
    # Whichever checker offered them: never a word on the never-offered list (read only when
    # there are suggestions: most checks of a few lines have none).
    if not any(issue.suggestions for issue in placed):
        return list(placed)
    from assist.spelling.safe_suggestions import safe

    return [
        replace(issue, suggestions=safe(issue.suggestions, issue.flagged))
        if issue.suggestions
        else issue
        for issue in placed
    ]


def _placed(document, checker, cache, sections, accepted) -> list[Issue]:
    """The issues found, placed, names asked about; no suggestions yet."""
    cache = cache if cache is not None else ParagraphCache()
    paragraphs = list(fields_of(document, sections))
    keys = [cache.key(checker, text) for _, _, _, text in paragraphs]
    found = {key: cache.get(key) for key in set(keys)}
    missing = [key for key, issues in found.items() if issues is None]
    if missing:
        texts = {key: text for key, (_, _, _, text) in zip(keys, paragraphs, strict=True)}
        results = checker.check_paragraphs([texts[key] for key in missing])
        cache.misses += len(missing)
        for key, issues in zip(missing, results, strict=True):
            cache.put(key, issues)
            found[key] = tuple(issues)
    known = known_names(document) | {stem(word) for word in accepted}
    found_in = []
    for key, (section, ref, name, text) in zip(keys, paragraphs, strict=True):
        for issue in sorted(found[key], key=lambda issue: (issue.offset, issue.length)):
            if issue.category == "spelling" and stem(text[issue.offset : issue.end]) in known:
                continue
            found_in.append((issue.placed(ref, name, section, text), text))
    return ask_about_names(found_in)


def report(
    document,
    checker,
    cache=None,
    sections=None,
    fallback=None,
    why_off="",
    accepted=(),
    wait_for_suggestions=True,
    remember=None,
):
    """Check with ``checker``; if it is unavailable, with ``fallback`` (offline spelling),
    saying why grammar is off. ``wait_for_suggestions=False`` for a page that shows none."""
    if checker is not None:
        from assist.spelling.languagetool import Unavailable

        try:
            return Report(
                check_document(
                    document, checker, cache, sections, accepted, wait_for_suggestions, remember
                ),
                grammar_checked=True,
            )
        except Unavailable:
            why_off = "the LanguageTool server did not answer in time"
    if fallback is None:
        return Report([], grammar_checked=False, grammar_off_reason=why_off)
    return Report(
        check_document(
            document, fallback, cache, sections, accepted, wait_for_suggestions, remember
        ),
        grammar_checked=False,
        grammar_off_reason=why_off,
    )
