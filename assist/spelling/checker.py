"""What every checker offers: a name (part of the cache key), whether it checks grammar, and one
list of issues per paragraph. ``OfflineChecker`` and ``LanguageToolChecker`` both fit it; a test
can wrap either."""

from __future__ import annotations

from typing import Protocol

from assist.spelling.issue import Issue


class Checker(Protocol):
    name: str
    grammar: bool

    def check_paragraphs(self, paragraphs: list[str]) -> list[list[Issue]]:
        """Issues for each paragraph, offsets inside that paragraph. LanguageTool raises
        ``Unavailable`` when it cannot answer, so the caller can fall back."""
        ...
