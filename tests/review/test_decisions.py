"""Return for revision or sign off: through the workflow, refused when not allowed, and told to
the worker on their dashboard."""

import pytest

from assist.extensions import db
from assist.models import AuditEvent, ReviewDecision
from assist.review import Refused
from assist.review.decisions import decide
from tests.pages import error_summary, parse, text_of
from tests.review.conftest import count, fresh, post

pytestmark = pytest.mark.db  # SQLite and PostgreSQL


def decide_as(pages, assessment, decision, text="", version=None):
    field = "reason" if decision == "returned" else "note"
    version = fresh(assessment).version if version is None else version
    return post(
        pages,
        "supervisor.decide_view",
        {"decision": decision, field: text, "version": version},
        assessment_id=assessment.id,
    )


def test_returning_needs_a_reason_and_keeps_what_was_typed(pages, world, submitted):
    response = decide_as(pages, submitted, "returned", "")
    assert response.status_code == 400
    page = parse(response)
    assert error_summary(page) == [
        "Enter what the worker needs to change: a return needs a reason."
    ]
    assert page.select_one("#decision[value=returned]").has_attr("checked")
    assert fresh(submitted).status == "submitted" and count(ReviewDecision) == 0


def test_return_then_the_worker_is_told_until_they_open_it(pages, world, submitted):
    response = decide_as(pages, submitted, "returned", "Weigh the history")
    assert response.status_code == 302
    assert fresh(submitted).status == "returned"
    assert count(AuditEvent, AuditEvent.action == "returned") == 1
    pages.sign_in(world.user("wendy"))
    banner = text_of(pages.get("author.dashboard"), ".govuk-notification-banner")
    assert "Nadia Supervisor returned “wendy draft” for revision" in banner
    assert "Weigh the history" in banner
    pages.get("author.assessment", assessment_id=submitted.id)
    assert pages.get("author.dashboard").select_one(".govuk-notification-banner") is None
    # The reason stays with the assessment after the dashboard notice has gone.
    task_list = pages.get("author.assessment", assessment_id=submitted.id)
    decision = text_of(task_list, "#latest-decision")
    assert "Returned for revision by Nadia Supervisor" in decision
    assert "Weigh the history" in decision


def test_deciding_twice_is_refused_and_nothing_changes(pages, world, submitted):
    assert decide_as(pages, submitted, "signed_off", "Well reasoned").status_code == 302
    again = decide_as(pages, submitted, "returned", "Wait")
    assert again.status_code == 400
    assert error_summary(parse(again)) == ["It has already been signed off: nothing was changed."]
    assert fresh(submitted).status == "signed_off" and count(ReviewDecision) == 1
    pages.sign_in(world.user("wendy"))
    assert "signed off" in text_of(pages.get("author.dashboard"), ".govuk-notification-banner")


def test_a_stale_page_cannot_decide(pages, world, submitted):
    response = decide_as(pages, submitted, "signed_off", "", version=fresh(submitted).version - 1)
    assert response.status_code == 400
    assert "changed since you opened it" in error_summary(parse(response))[0]
    assert fresh(submitted).status == "submitted"


def test_a_draft_is_not_there_for_a_supervisor_and_the_workflow_refuses_it(pages, world):
    pages.sign_in(world.user("nadia"))
    draft = world.assessments["wendy_draft"]
    assert decide_as(pages, draft, "signed_off").status_code == 404
    with pytest.raises(Refused, match="draft that has not been submitted"):
        decide(draft, world.user("nadia"), "signed_off", "", draft.version, rubric=None)
    db.session.rollback()
    assert fresh(draft).status == "draft"


def test_a_nonsense_decision_is_refused(pages, world, submitted):
    response = decide_as(pages, submitted, "approve")
    assert error_summary(parse(response)) == [
        "Choose whether to return the assessment or sign it off."
    ]
