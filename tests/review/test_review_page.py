"""The review page, comments anchored to items, findings agreed or dismissed, and the refusals
the issue names: each with a clear message and nothing changed."""

import pytest

from assist.models import AuditEvent, Comment, FindingDismissal
from tests.pages import error_summary, parse, text_of
from tests.review.conftest import count, fresh, post

pytestmark = pytest.mark.db  # SQLite and PostgreSQL


def test_the_review_page_reads_in_order_with_links_both_ways(pages, world, submitted):
    page = pages.get("supervisor.assessment", assessment_id=submitted.id)
    headings = [h.get_text(" ", strip=True) for h in page.select("main h2")]
    order = [
        "About the child",
        "Facts and chronology",
        "The child's experience",
        "Analysis",
        "Risk",
        "Recommendations",
        "Reasoning map",
        "How concerns built up",
    ]
    positions = [next(i for i, h in enumerate(headings) if h.startswith(o)) for o in order]
    assert positions == sorted(positions)
    # From the recommendation to the danger it answers, and from the danger back again.
    assert page.select_one("#R1 a[href='#D1']") is not None
    assert page.select_one("#D1 a[href='#R1']") is not None
    # From the analysis to the fact behind it, and from the fact to the analysis using it.
    assert page.select_one("#A1 a[href='#F1']") is not None
    assert page.select_one("#F1 a[href='#A1']") is not None
    # The reasoning map and its table come from the worker's own view.
    assert "The same map as a table" in text_of(page, "#reasoning-map")
    assert count(AuditEvent, AuditEvent.action == "view", AuditEvent.record_id == submitted.id)


def test_findings_show_in_place_with_their_guidance(pages, world, submitted):
    page = pages.get("supervisor.assessment", assessment_id=submitted.id)
    in_place = page.select(".assist-item .assist-finding")
    assert in_place, "findings about an item are shown next to it"
    assert "Why this matters for the child" in in_place[0].get_text()


def test_a_comment_on_a_fact_reaches_the_worker_who_replies(pages, world, submitted):
    fact = world.items[("wendy_draft", "Fact")]
    response = post(
        pages,
        "supervisor.comment",
        {"on": f"fact:{fact.id}", "body": "Who else saw the bruise?"},
        assessment_id=submitted.id,
    )
    assert response.status_code == 302
    page = pages.get("supervisor.assessment", assessment_id=submitted.id)
    assert "Who else saw the bruise?" in text_of(page, "#F1")
    # Returned, so the worker can revise; the comment sits in the facts section naming F1.
    post(
        pages,
        "supervisor.decide_view",
        {"decision": "returned", "reason": "Say who saw it", "version": fresh(submitted).version},
        assessment_id=submitted.id,
    )
    pages.sign_in(world.user("wendy"))
    facts = pages.get("author.facts", assessment_id=submitted.id)
    panel = text_of(facts, "#supervisor-comments")
    assert "On F1" in panel and "Who else saw the bruise?" in panel
    assert "Nadia Supervisor commented: Who else saw the bruise?" in text_of(facts, "#F1")
    comment_id = facts.select_one("#supervisor-comments input[name=comment]")["value"]
    back = pages.url("author.facts", assessment_id=submitted.id)
    response = post(
        pages,
        "author.reply_to_comment",
        {"comment": comment_id, "body": "The nursery manager", "back": back},
        assessment_id=submitted.id,
    )
    assert response.location == back
    assert "The nursery manager" in text_of(
        pages.get("author.facts", assessment_id=submitted.id), "#supervisor-comments"
    )
    empty = post(
        pages,
        "author.reply_to_comment",
        {"comment": comment_id, "body": " "},
        assessment_id=submitted.id,
    )
    page = parse(pages.client.get(empty.location))
    assert "Enter your reply. Nothing was saved." in text_of(page, ".govuk-notification-banner")
    assert count(Comment, Comment.assessment_id == submitted.id) == 2
    # On the fact's own edit page a reply would reload it and lose the typing: no reply form,
    # but the way to the section page where replying is safe.
    edit = pages.get("author.fact_item", assessment_id=submitted.id, item_id=fact.id)
    assert "Who else saw the bruise?" in text_of(edit, "#supervisor-comments")
    assert edit.select("#supervisor-comments form") == []
    # Back to the page of the chronology that fact is on.
    assert edit.select_one(f"#supervisor-comments a[href='{back}?fact=F1']") is not None


def test_the_comment_page_shows_what_is_commented_on(pages, world, submitted):
    fact = world.items[("wendy_draft", "Fact")]
    page = pages.get("supervisor.comment", assessment_id=submitted.id, on=f"fact:{fact.id}")
    assert text_of(page, "h1") == "Comment on F1"
    assert text_of(page, ".govuk-inset-text") == "Nursery saw a bruise on his cheek"
    whole = pages.get("supervisor.comment", assessment_id=submitted.id)
    assert text_of(whole, "h1") == "Comment on the whole assessment"


@pytest.mark.parametrize(
    ("on", "why"),
    [
        (
            "fact:999999",
            "That item no longer exists: the worker has deleted or replaced it. "
            "Your comment was not saved.",
        ),
        ("section:nope", "Choose what your comment is about."),
    ],
)
def test_a_comment_on_something_not_there_is_refused_on_the_review_page(
    pages, world, submitted, on, why
):
    response = post(
        pages,
        "supervisor.comment",
        {"on": on, "body": "Is this right?"},
        assessment_id=submitted.id,
    )
    assert response.location == pages.url("supervisor.assessment", assessment_id=submitted.id)
    page = parse(pages.client.get(response.location))
    assert text_of(page, ".govuk-notification-banner").endswith(why)
    assert count(Comment) == 0


def test_an_empty_comment_is_refused_with_its_message(pages, world, submitted):
    response = post(
        pages,
        "supervisor.comment",
        {"on": "section:analysis", "body": "  "},
        assessment_id=submitted.id,
    )
    assert response.status_code == 400
    page = parse(response)
    assert error_summary(page) == ["Enter your comment."]
    assert text_of(page, "h1") == "Comment on Analysis"
    assert page.select_one("input[name=on]")["value"] == "section:analysis"
    assert count(Comment) == 0


def test_a_finding_can_be_agreed_or_dismissed_with_a_reason(pages, world, submitted):
    review = pages.get("supervisor.assessment", assessment_id=submitted.id)
    link = review.select_one("#F1 a[href*='/finding?key=']")["href"]
    key = link.split("key=", 1)[1]
    page = parse(pages.client.get(link))
    assert "Why this matters for the child" in text_of(page, "main")
    refused = post(
        pages,
        "supervisor.finding",
        {"key": key, "action": "dismiss", "body": ""},
        assessment_id=submitted.id,
    )
    assert refused.status_code == 400
    assert error_summary(parse(refused)) == ["Enter why the rubric is wrong here."]
    assert count(FindingDismissal) == 0
    agreed = post(
        pages, "supervisor.finding", {"key": key, "action": "agree"}, assessment_id=submitted.id
    )
    assert agreed.status_code == 302 and agreed.location.endswith("#F1")
    dismissed = post(
        pages,
        "supervisor.finding",
        {"key": key, "action": "dismiss", "body": "The family's own words"},
        assessment_id=submitted.id,
    )
    assert dismissed.status_code == 302
    assert count(FindingDismissal, FindingDismissal.dismissed_by_id == world.user("nadia").id) == 1
    page = pages.get("supervisor.assessment", assessment_id=submitted.id)
    assert "The family's own words" in text_of(page, "#F1")
    assert count(AuditEvent, AuditEvent.action == "dismiss_finding") == 1
    # Once dismissed, the finding is gone: acting on it again is refused, clearly.
    again = post(
        pages, "supervisor.finding", {"key": key, "action": "agree"}, assessment_id=submitted.id
    )
    page = parse(pages.client.get(again.location))
    assert "That finding no longer applies" in text_of(page, ".govuk-notification-banner")


def test_another_teams_assessment_cannot_be_touched(pages, world):
    pages.sign_in(world.user("sol"))
    theirs = world.assessments["wendy_submitted"]
    for endpoint, data in (
        ("supervisor.comment", {"on": "section:facts", "body": "x"}),
        ("supervisor.decide_view", {"decision": "signed_off", "version": theirs.version}),
        ("supervisor.finding", {"key": "x", "action": "agree"}),
        ("supervisor.comment", {"on": "", "body": "x"}),
    ):
        assert post(pages, endpoint, data, assessment_id=theirs.id).status_code == 404
    assert fresh(theirs).status == "submitted" and count(Comment) == 0
