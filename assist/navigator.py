"""Where a journey page leads, and what it lets the user do, worked out in one place.

Every journey page asks its navigator for its back link, where "Save" and "Continue" go, the
links that keep "return to check your answers" (``?source=check-answers``) on the way, and
whether the page may be edited, its findings dismissed and its spelling fixed. Templates and
views read these; none of them looks at the query string or the assessment's state itself.
"""

from dataclasses import dataclass

from flask import request, url_for

from assist import workflow
from assist.journey.sections import BY_KEY
from assist.models import Assessment
from assist.practice.attempts import FIXED_SECTIONS

CHECK_ANSWERS = "check-answers"


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
        return self.section_url() if self.item_page else self.task_list_url

    @property
    def after_save_url(self):
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
