"""A supervisor's forms refuse what they cannot save the way every other form does: an error
summary whose links land on the field, the message again at the field, "Error:" in the title,
and what was typed kept."""

from assist.models import Comment, FindingDismissal, ReviewDecision
from assist.review.comments import MAX_LENGTH
from tests.pages import parse, text_of
from tests.review.conftest import count, fresh, post


def refused(pages, endpoint, assessment, **data):
    """Post ``data``; the same page again, refused."""
    response = post(pages, endpoint, data, assessment_id=assessment.id)
    assert response.status_code == 400
    return parse(response)


def summary(page):
    """The error summary's messages, each checked to link to something on the page."""
    links = page.select(".govuk-error-summary a")
    for link in links:
        assert page.select_one(link["href"]) is not None, f"{link['href']} is not on the page"
    assert page.title.get_text().startswith("Error: ")
    return [" ".join(link.get_text().split()) for link in links]


def field_error(page, field_id):
    group = page.select_one(f"#{field_id}").find_parent(class_="govuk-form-group")
    return text_of(group, ".govuk-error-message").removeprefix("Error: ")


def test_a_comment_too_long_is_refused_at_its_box_and_kept(pages, world, submitted):
    too_long = "Why? " * (MAX_LENGTH // 5 + 1)
    page = refused(pages, "supervisor.comment", submitted, on="section:facts", body=too_long)
    message = f"Your comment must be {MAX_LENGTH} characters or fewer."
    assert summary(page) == [message]
    assert field_error(page, "body") == message
    assert page.select_one("textarea#body").get_text() == too_long.strip()
    assert text_of(page, "h1") == "Comment on Facts and chronology"
    assert count(Comment) == 0


def test_an_empty_comment_is_shown_at_its_box(pages, world, submitted):
    page = refused(pages, "supervisor.comment", submitted, on="", body=" ")
    assert summary(page) == ["Enter your comment."]
    assert field_error(page, "body") == "Enter your comment."
    assert page.select_one("input[name=on]")["value"] == ""


def finding_key(pages, assessment):
    review = pages.get("supervisor.assessment", assessment_id=assessment.id)
    return review.select_one("#F1 a[href*='/finding?key=']")["href"].split("key=", 1)[1]


def test_a_finding_needs_agree_or_dismiss_and_a_reason_to_dismiss(pages, world, submitted):
    key = finding_key(pages, submitted)
    neither = refused(pages, "supervisor.finding", submitted, key=key, body="Hm")
    assert summary(neither) == ["Choose whether you agree with the finding or dismiss it."]
    assert neither.select_one("#action")["value"] == "agree"
    assert neither.select_one("textarea#body").get_text() == "Hm"
    dismissed = refused(pages, "supervisor.finding", submitted, key=key, action="dismiss", body="")
    assert summary(dismissed) == ["Enter why the rubric is wrong here."]
    assert field_error(dismissed, "body") == "Enter why the rubric is wrong here."
    assert dismissed.select_one("input[name=key]")["value"] == key
    assert count(FindingDismissal) == 0 and count(Comment) == 0


def test_agreeing_with_too_much_to_say_is_refused_too(pages, world, submitted):
    key = finding_key(pages, submitted)
    too_long = "x" * (MAX_LENGTH + 1)
    page = refused(pages, "supervisor.finding", submitted, key=key, action="agree", body=too_long)
    assert summary(page) == [
        f"What the worker should know must be {MAX_LENGTH} characters or fewer."
    ]
    assert count(Comment) == 0


def test_a_decision_refused_links_to_the_box_it_is_about(pages, world, submitted):
    version = fresh(submitted).version
    nonsense = refused(
        pages, "supervisor.decide_view", submitted, decision="approve", version=version
    )
    assert summary(nonsense) == ["Choose whether to return the assessment or sign it off."]
    # The radios keep their question when the form is drawn again with its error.
    assert text_of(nonsense, "#your-decision legend") == "Return for revision or sign off?"
    no_reason = refused(
        pages,
        "supervisor.decide_view",
        submitted,
        decision="returned",
        note="Kept as typed",
        version=version,
    )
    message = "Enter what the worker needs to change: a return needs a reason."
    assert summary(no_reason) == [message]
    assert field_error(no_reason, "reason") == message
    assert no_reason.select_one("textarea#note").get_text() == "Kept as typed"
    assert no_reason.select_one("textarea#reason").get_text() == ""
    assert count(ReviewDecision) == 0
