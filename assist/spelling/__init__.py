"""British English spelling and grammar for an assessment's prose, as plain values. A plain
library, like ``assist.rubric``: no Flask. LanguageTool when an administrator configured a
server; otherwise offline spelling with Debian's hunspell-en-gb dictionary."""

from assist.spelling.checker import Checker
from assist.spelling.checking import ParagraphCache, check_document, fields_of
from assist.spelling.issue import Issue, Report
from assist.spelling.offline import OfflineChecker
from assist.spelling.service import Spelling


def __getattr__(name):
    # LanguageTool's client (and the HTTP library under it) only when asked for: offline
    # spelling, a command-line check's, never needs it.
    if name in ("LanguageToolChecker", "Unavailable"):
        from assist.spelling import languagetool

        return getattr(languagetool, name)
    raise AttributeError(name)


__all__ = [
    "Checker",
    "Issue",
    "LanguageToolChecker",
    "OfflineChecker",
    "ParagraphCache",
    "Report",
    "Spelling",
    "Unavailable",
    "check_document",
    "fields_of",
]
