"""Which checker to use: LanguageTool when an administrator configured one and it answers,
otherwise offline British spelling. A server that failed is not asked again for a while, so one
slow server does not slow every page."""

from __future__ import annotations

import threading
import time

from assist.spelling.checking import ParagraphCache, report
from assist.spelling.offline import DICTIONARY, SUGGESTION_BUDGET_SECONDS, OfflineChecker

NOT_CONFIGURED = "no LanguageTool server is set up for this service"
DOWN = "the LanguageTool server did not answer in time"


class Spelling:
    def __init__(
        self,
        url=None,
        timeout=3.0,
        retry_after=60.0,
        dictionary=DICTIONARY,
        suggestion_wait=SUGGESTION_BUDGET_SECONDS,
    ):
        self.url = (url or "").strip() or None
        self.timeout = timeout
        self.retry_after = retry_after
        self.offline = OfflineChecker(dictionary, wait=suggestion_wait)
        self.cache = ParagraphCache()
        self._remote = None
        self._down_until = 0.0
        self._lock = threading.Lock()

    def _languagetool(self):
        """The LanguageTool checker, or None (and why) when not configured or recently down."""
        if self.url is None:
            return None, NOT_CONFIGURED
        # Only with a server set: its HTTP client is a tenth of a second of a command's start.
        from assist.spelling.languagetool import LanguageToolChecker, Unavailable

        with self._lock:
            if self._remote is not None:
                return self._remote, ""
            if time.monotonic() < self._down_until:
                return None, DOWN
            try:
                self._remote = LanguageToolChecker(self.url, timeout=self.timeout)
            except Unavailable:
                self._down_until = time.monotonic() + self.retry_after
                return None, DOWN
            return self._remote, ""

    def check(self, document, sections=None, accepted=(), wait_for_suggestions=True, remember=None):
        """The document's spelling (and grammar) issues; ``accepted`` words are never flagged.
        ``wait_for_suggestions=False``: offline suggestions only if already worked out.
        ``remember``: see ``checking.check_document``."""
        remote, why_off = self._languagetool()
        result = report(
            document,
            remote,
            self.cache,
            sections,
            self.offline,
            why_off,
            accepted,
            wait_for_suggestions,
            remember,
        )
        if remote is not None and not result.grammar_checked:
            with self._lock:  # it failed while checking: rebuild it after a pause
                self._remote = None
                self._down_until = time.monotonic() + self.retry_after
        return result
