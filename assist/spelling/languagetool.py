"""Spelling and grammar from a LanguageTool server that an administrator configured
(ASSIST_LANGUAGETOOL_URL), in British English. Text goes to that server and nowhere else."""

from __future__ import annotations

import bisect

import requests

from assist.spelling.issue import Issue
from assist.spelling.words import normal, project_words

LANGUAGE = "en-GB"
# LanguageTool servers refuse very long texts (the default limit is tens of thousands of
# characters); changed paragraphs are sent together in requests up to this size.
BATCH_CHARACTERS = 15_000
SEPARATOR = "\n\n"
STYLE_TYPES = ("style", "locale-violation", "register")
STYLE_CATEGORIES = ("STYLE", "REDUNDANCY")


class Unavailable(Exception):
    """The server could not be reached, was too slow, or answered with something unusable."""


def _errors():
    from language_tool_python.exceptions import LanguageToolError

    # The library wraps some failures in LanguageToolError but lets others through: requests'
    # timeouts and connection errors, OSError, a bad URL (ValueError), a malformed answer.
    return (LanguageToolError, requests.RequestException, OSError, ValueError, KeyError, TypeError)


def _category(match):
    issue_type = (getattr(match, "rule_issue_type", "") or "").lower()
    category = (getattr(match, "category", "") or "").upper()
    if issue_type == "misspelling" or category == "TYPOS":
        return "spelling"
    if issue_type in STYLE_TYPES or category in STYLE_CATEGORIES:
        return "style"
    return "grammar"


class LanguageToolChecker:
    name = "languagetool"
    grammar = True

    def __init__(self, url, timeout=3.0, extra_words=frozenset()):
        from language_tool_python import LanguageTool

        class _Client(LanguageTool):
            # The library waits 300 s by default, and asks for /v2/languages while it is being
            # built: a slow server must fall back to offline spelling quickly instead.
            _TIMEOUT = timeout

            def _query_server(self, url, params=None, num_tries=1, method="get"):
                # Once: asking a slow server twice doubles the wait before the fallback.
                return super()._query_server(url, params, num_tries=1, method=method)

        self.url = url
        self.allowed = project_words() | frozenset(normal(w) for w in extra_words)
        try:
            self.client = _Client(language=LANGUAGE, remote_server=url)
        except _errors() as exc:
            raise Unavailable(type(exc).__name__) from None

    def check_paragraphs(self, paragraphs):
        results = [[] for _ in paragraphs]
        for batch in _batches(paragraphs):
            text = SEPARATOR.join(paragraphs[i] for i in batch)
            try:
                matches = self.client.check(text)
            except _errors() as exc:
                raise Unavailable(type(exc).__name__) from None
            starts, position = [], 0
            for i in batch:
                starts.append(position)
                position += len(paragraphs[i]) + len(SEPARATOR)
            for match in matches:
                which = bisect.bisect_right(starts, match.offset) - 1
                i, start = batch[which], starts[which]
                offset = match.offset - start
                length = match.error_length
                if offset + length > len(paragraphs[i]):
                    continue  # about the gap between two paragraphs
                issue = self._issue(match, offset, length, paragraphs[i])
                if issue is not None:
                    results[i].append(issue)
        return results

    def _issue(self, match, offset, length, text):
        category = _category(match)
        if category == "spelling" and normal(text[offset : offset + length]) in self.allowed:
            return None
        return Issue(
            offset=offset,
            length=length,
            message=match.message,
            category=category,
            suggestions=tuple(match.replacements[:3]),
            rule=getattr(match, "rule_id", ""),
        )

    def close(self):
        self.client.close()


def _batches(paragraphs):
    batch, size = [], 0
    for i, text in enumerate(paragraphs):
        if batch and size + len(text) > BATCH_CHARACTERS:
            yield batch
            batch, size = [], 0
        batch.append(i)
        size += len(text) + len(SEPARATOR)
    if batch:
        yield batch
