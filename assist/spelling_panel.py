"""Spelling and grammar in the web app: one ``Spelling`` service per app (LanguageTool when
ASSIST_LANGUAGETOOL_URL is set, else offline British spelling), and the issues for the findings
panel, placed on their items with a link to change them."""

import contextlib
import logging
import threading
from dataclasses import dataclass, field

import sqlalchemy as sa
from flask import current_app, url_for

from assist.extensions import db
from assist.findings import _href as item_href
from assist.journey import items
from assist.journey.snapshot import live_items, shared_document
from assist.journey.version_cache import remembered
from assist.models import IgnoredWord, User
from assist.spelling import Spelling
from assist.spelling.names import NAME_RULE, bare_name
from assist.spelling.offline import DictionaryMissing
from assist.spelling.words import WORD

logger = logging.getLogger(__name__)
# The panel is on every journey page: it lists this many and counts the rest.
SHOWN = 15
CATEGORY_LABELS = {"spelling": "Spelling", "grammar": "Grammar", "style": "Style"}


def init_app(app):
    service = Spelling(
        url=app.config.get("LANGUAGETOOL_URL"),
        timeout=app.config["LANGUAGETOOL_TIMEOUT_SECONDS"],
        suggestion_wait=app.config["SPELLING_SUGGESTION_WAIT_SECONDS"],
    )
    app.extensions["assist.spelling"] = service
    if not app.testing:
        warming = threading.Event()

        @app.before_request
        def warm_spelling():
            # The dictionary takes over a second to load: start on the first request (the
            # sign-in page, usually) so the first journey page need not wait. Not at start-up,
            # so `assist` commands that never serve a page do not load it.
            if not warming.is_set():
                warming.set()
                threading.Thread(target=_warm, args=(service,), daemon=True).start()


def _warm(service):
    # A missing dictionary is said on the page, where someone will read it.
    with contextlib.suppress(DictionaryMissing):
        service.offline.warm()


def service():
    return current_app.extensions["assist.spelling"]


@dataclass
class PlacedIssue:
    issue: object
    href: str | None
    excerpt_before: str
    excerpt_after: str
    # A suggestion button saves the item it names; a child or adult is corrected on their own
    # page instead (the "Change" link), so their issues offer no buttons.
    can_apply: bool = True

    def __getattr__(self, name):
        return getattr(self.issue, name)

    @property
    def suggestions(self):
        return self.issue.suggestions if self.can_apply else []

    @property
    def category_label(self):
        if self.asks_about_name:
            return "Name"
        return CATEGORY_LABELS.get(self.issue.category, self.issue.category)

    @property
    def asks_about_name(self):
        """An unknown word where a name goes: a question, with no replacements."""
        return self.issue.rule == NAME_RULE

    @property
    def name(self):
        return bare_name(self.issue.flagged)


@dataclass
class PanelSpelling:
    issues: list = field(default_factory=list)
    total: int = 0
    grammar_checked: bool = False
    grammar_off_reason: str = ""
    unavailable: str = ""  # why nothing could be checked at all
    ignored: list = field(default_factory=list)  # words the worker chose to ignore here

    def to_dict(self):
        """For the JSON API: the issues the panel shows, how many there are in all, and
        whether grammar was checked."""
        return {
            "issues": [p.issue.to_dict() | {"href": p.href} for p in self.issues],
            "total": self.total,
            "grammar_checked": self.grammar_checked,
            "grammar_off_reason": self.grammar_off_reason,
            "unavailable": self.unavailable,
        }


def spelling_for(assessment, section=None, contents=None, wait_for_suggestions=True):
    """The panel's spelling and grammar issues for one section (or all) of an assessment.
    ``wait_for_suggestions=False`` for a panel that offers no replacements (an item's own edit
    page): its words are listed without waiting for suggestions it would not show."""
    contents = contents or items.load(assessment.id, every_fact=False)
    document = shared_document(assessment, contents)
    ignored = ignored_words(assessment)
    by_ref = {ref: key for key, ref in contents.refs.items()}
    people = _people_pages(assessment, contents)

    def href(issue):
        if issue.item in by_ref:
            return item_href(assessment, issue, by_ref)
        return people.get(issue.item)

    def remember(key, work_out):
        return remembered(assessment, key, work_out)

    return _panel(document, section, href, ignored, wait_for_suggestions, remember)


_PERSON_PAGES = {"children": "author.child_record_item", "adults": "author.adult_item"}


def _people_pages(assessment, contents):
    """C1, P2, ... -> the page where that child or adult is changed (people are not cited, so
    they have no reference of their own; the document numbers them by position)."""
    return {
        ref: url_for(_PERSON_PAGES[kind.collection], assessment_id=assessment.id, item_id=row.id)
        for kind, ref, row, _ in live_items(contents, _PERSON_PAGES)
    }


def spelling_of_document(document):
    """The panel's issues for a document that is not (yet) an assessment: a checked Word file.
    Nothing to link to and nothing to fix in place."""
    return _panel(document, None, lambda issue: None, [])


def _panel(document, section, href, ignored, wait_for_suggestions=True, remember=None):
    try:
        found = service().check(
            document,
            sections=[section] if section else None,
            accepted=[*ignored, *users_names()],
            wait_for_suggestions=wait_for_suggestions,
            remember=remember,
        )
    except DictionaryMissing:
        return PanelSpelling(
            unavailable="Spelling cannot be checked: this server has no British English "
            "dictionary. Ask your administrator to install hunspell-en-gb."
        )
    except Exception as exc:
        # The panel is on every journey page: a fault in a spelling library must not stop a
        # worker from writing. Logged by type only, so no case text reaches the log.
        logger.error("spelling check failed: %s", type(exc).__name__)
        return PanelSpelling(unavailable="Spelling could not be checked just now.")
    texts = {(s_ref, name): text for _, s_ref, name, text in _fields(document, section)}
    placed = []
    for issue in found.issues[:SHOWN]:
        text = texts.get((issue.item, issue.field), "")
        placed.append(
            PlacedIssue(
                issue,
                href(issue),
                _before(text, issue.offset),
                _after(text, issue.end),
                can_apply=issue.section != "people",
            )
        )
    return PanelSpelling(
        placed, len(found.issues), found.grammar_checked, found.grammar_off_reason, "", ignored
    )


def ignored_words(assessment):
    """The words the worker told the checker to ignore in this assessment, A to Z."""
    return list(
        db.session.scalars(
            sa.select(IgnoredWord.word)
            .where(IgnoredWord.assessment_id == assessment.id)
            .order_by(IgnoredWord.word)
        )
    )


def users_names():
    """Every word of every user's name: the service's own people ("Okafor") are never a
    spelling mistake."""
    return [
        word for name in db.session.scalars(sa.select(User.name)) for word in WORD.findall(name)
    ]


def _fields(document, section):
    from assist.spelling import fields_of

    return fields_of(document, [section] if section else None)


def _before(text, offset, words=4):
    start = text[:offset].rstrip(" ")
    cut = start.split(" ")
    return (
        ("…" if len(cut) > words else "")
        + " ".join(cut[-words:])
        + (" " if text[:offset].endswith(" ") else "")
    )


def _after(text, end, words=4):
    rest = text[end:]
    cut = rest.split(" ")
    return " ".join(cut[: words + 1]) + ("…" if len(cut) > words + 1 else "")
