"""Where a journey page leads, and what it lets the user do, worked out in one place.

Every journey page asks its navigator for its back link, where "Save" and "Continue" go, the
links that keep "return to check your answers" (``?source=check-answers``) on the way, and
whether the page may be edited, its findings dismissed and its spelling fixed. Templates and
views read these; none of them looks at the query string or the assessment's state itself.
"""

from dataclasses import dataclass

from flask import request, url_for

from assist import workflow
from assist.extensions import db
from assist.journey.sections import BY_KEY
from assist.models import Assessment, Fact
from assist.practice.attempts import FIXED_SECTIONS

CHECK_ANSWERS = "check-answers"
# An id no row has: a long list's links are routed once with it, then each row's id is put in
# its place (3,000 facts' url_for calls were a sixth of the facts page's time).
_ANY_ROW = 2**31 - 1


class RowUrl:
    """``row_url(item_id)``: one row's link, from a URL routed once for the whole list."""

    def __init__(self, routed):
        self.head, _, self.tail = routed.partition(str(_ANY_ROW))

    def __call__(self, item_id):
        return f"{self.head}{item_id}{self.tail}"


@dataclass(frozen=True)
class Navigator:
    assessment: Assessment
    section: str | None = None  # the section key of the page, None for the task list
    from_check_answers: bool = False
    # An item's own page never offers the panel's buttons: pressing one would lose typing.
    item_page: bool = False

    @classmethod
    def here(cls, assessment, section=None, item_page=False):
        """The navigator for the page the current request shows."""
        from_check = request.args.get("source") == CHECK_ANSWERS
        return cls(assessment, section, from_check, item_page)

    @property
    def source(self):
        """Query arguments that carry "came from check your answers" onto the next page."""
        return {"source": CHECK_ANSWERS} if self.from_check_answers else {}

    def url(self, endpoint, **values):
        """A journey link that keeps the way back to check your answers."""
        return url_for(endpoint, assessment_id=self.assessment.id, **values, **self.source)

    def row_url(self, endpoint, keep_source=True, **values):
        """Each row's link to ``endpoint`` (an item's page, its delete), routed once."""
        url = self.url if keep_source else self._plain_url
        return RowUrl(url(endpoint, item_id=_ANY_ROW, **values))

    def _plain_url(self, endpoint, **values):
        return url_for(endpoint, assessment_id=self.assessment.id, **values)

    def facts_page_url(self, number=None, show_all=False):
        """A page of the chronology (``number`` from 1), or every fact on one page."""
        if show_all:
            return self.url("author.facts", show="all")
        return self.url("author.facts", page=number)

    @property
    def show_all(self):
        """The page was asked to show every row of a long list (``?show=all``)."""
        return request.args.get("show") == "all"

    def here_url(self, **values):
        """This page again, its query arguments changed by ``values`` (None leaves one out):
        "Show all" on page 3 of the chronology stays on page 3."""
        arguments = {**request.args.to_dict(), **self.source, **values}
        return url_for(request.endpoint or "", **(request.view_args or {}), **arguments)

    @property
    def all_findings(self):
        """The findings panel was asked to list every finding, not the first 100."""
        return request.args.get("findings") == "all"

    def section_url(self, key=None):
        key = key or self.section
        if key is None:
            return self.task_list_url
        return self.url(BY_KEY[key].endpoint)

    def change_url(self, key):
        """Check your answers' "Change" link for a section: it always comes back."""
        endpoint = BY_KEY[key].endpoint
        return url_for(endpoint, assessment_id=self.assessment.id, source=CHECK_ANSWERS)

    @property
    def task_list_url(self):
        return url_for("author.assessment", assessment_id=self.assessment.id)

    @property
    def check_answers_url(self):
        return url_for("author.check_answers", assessment_id=self.assessment.id)

    @property
    def back_url(self):
        """An item's page goes back to its section; a section's page to the task list."""
        return self._item_section_url() if self.item_page else self.task_list_url

    @property
    def after_save_url(self):
        return self._item_section_url()

    def _item_section_url(self):
        """The section page an item's page returns to. For a fact, the page of the chronology
        it is on (with 3,000 facts, rarely the first), at its top so "Fact saved" is seen."""
        item_id = (request.view_args or {}).get("item_id")
        if self.item_page and self.section == "facts" and isinstance(item_id, int):
            fact = db.session.get(Fact, item_id)
            if fact is not None and fact.assessment_id == self.assessment.id:
                return self.url("author.facts", fact=fact.reference)
        return self.section_url()

    @property
    def continue_url(self):
        return self.check_answers_url if self.from_check_answers else self.task_list_url

    @property
    def continue_text(self):
        return "Return to check your answers" if self.from_check_answers else "Continue"

    @property
    def fixed_by_scenario(self):
        """A practice scenario gives its people and facts: the trainee cites, not changes."""
        return self.assessment.is_practice and self.section in FIXED_SECTIONS

    @property
    def editable(self):
        return workflow.can_edit(self.assessment) and not self.fixed_by_scenario

    @property
    def can_dismiss(self):
        # In practice the findings are the trainee's feedback: they cannot be dismissed.
        return self.editable and not self.item_page and not self.assessment.is_practice

    @property
    def can_download_word(self):
        # A worker's case assessment only: a practice answer stays in the practice pages.
        return not self.assessment.is_practice

    @property
    def can_fix_spelling(self):
        return self.editable and not self.item_page
