"""Where a redirect may go: "next" only to a path on this site, and a small form's "back" only
to a page of its own assessment - tried with hostile paths, and through each form that uses it."""

import pytest

from assist import create_app
from assist.safe_paths import path_on_this_site, safe_back
from tests.pages import parse, text_of
from tests.test_journey import version_of

HOME = "/cases/assessments/12"

OWN_PAGES = [
    HOME,
    f"{HOME}/",
    f"{HOME}/facts",
    f"{HOME}/facts/items/3",
    f"{HOME}/facts?source=check-answers",
]
HOSTILE = [
    # Another assessment whose number starts the same, or is shorter.
    "/cases/assessments/123",
    "/cases/assessments/123/facts",
    "/cases/assessments/1",
    f"{HOME}x",
    f"{HOME}?x=1",
    f"{HOME}%2Ffacts",
    # Another site.
    "//evil.example",
    f"//evil.example{HOME}",
    "/\\evil.example",
    f"{HOME}/\\evil.example",
    "https://evil.example/",
    f"https://evil.example{HOME}",
    "javascript:alert(1)",
    f"{HOME}//evil.example",
    # Encoded: the same tricks, hidden.
    f"{HOME}/%2F%2Fevil.example",
    f"{HOME}/%5Cevil.example",
    f"{HOME}/..",
    f"{HOME}/../13",
    f"{HOME}/%2e%2e/13",
    f"{HOME}/%2E%2E/%2E%2E/admin",
    # Characters that could split a header or hide in a log.
    f"{HOME}\nLocation: https://evil.example",
    f"{HOME}/facts\r\nSet-Cookie: a=b",
    f"{HOME}/facts%0d%0aSet-Cookie:%20a=b",
    f"{HOME}/\tfacts",
    f"{HOME}/\x00",
    f"{HOME}/\x7f",
    # Not a path at all.
    "",
    "cases/assessments/12",
    None,
    ["/cases/assessments/12"],
]


@pytest.fixture(scope="module")
def request_context(tmp_path_factory):
    site = create_app(
        "test",
        SQLALCHEMY_DATABASE_URI="sqlite://",
        INSTANCE_PATH=str(tmp_path_factory.mktemp("instance")),
    )
    with site.test_request_context():
        yield


@pytest.mark.parametrize("path", OWN_PAGES)
def test_a_page_of_the_assessment_is_where_back_goes(request_context, path):
    assert safe_back(path, 12) == path


@pytest.mark.parametrize("path", HOSTILE, ids=repr)
def test_anything_else_goes_to_the_assessments_task_list(request_context, path):
    assert safe_back(path, 12) == HOME


@pytest.mark.parametrize(
    "target", ["/", "/cases/1", "/review/assessments/4/comment?on=fact:2", "/a%2Fb"]
)
def test_next_may_be_any_path_on_this_site(target):
    assert path_on_this_site(target) == target


@pytest.mark.parametrize(
    "target",
    [
        "//evil.example",
        "/\\evil.example",
        "\\\\evil.example",
        "https://evil.example/",
        "http:/evil.example",
        "javascript:alert(1)",
        "evil.example",
        "/cases\nLocation: https://evil.example",
        "/cases\r",
        "",
        None,
    ],
    ids=repr,
)
def test_next_never_leaves_the_site(target):
    assert path_on_this_site(target) is None


# Each form that returns to its page, with something refused so nothing changes.
FORMS = [
    ("author.reply_to_comment", {"comment": "999999", "body": "Thank you"}, "no longer exists"),
    ("author.dismiss_finding", {"key": "gone", "reason": "Not here"}, "no longer applies"),
    ("author.ignore_word", {"word": "two words"}, "not a single word"),
    (
        "author.apply_spelling",
        {"item": "F1", "field": "text", "offset": "999"},
        "Nothing was changed",
    ),
]


@pytest.mark.parametrize(("endpoint", "data", "banner"), FORMS, ids=lambda v: str(v)[:24])
@pytest.mark.parametrize("hostile", ["{home}3", "//evil.example{home}"])
def test_every_form_returns_only_to_its_own_assessment(
    pages, world, endpoint, data, banner, hostile
):
    draft = world.assessments["wendy_draft"]
    home = pages.url("author.assessment", assessment_id=draft.id)
    pages.sign_in(world.user("wendy"))
    sent = {"version": version_of(draft), "flagged": "color", "replacement": "colour", **data}
    response = pages.post(
        endpoint, {**sent, "back": hostile.format(home=home)}, values={"assessment_id": draft.id}
    )
    assert response.location.split("#")[0] == home
    assert banner in text_of(parse(pages.client.get(home)), ".govuk-notification-banner")
    # And to the page it came from, when that is one of its own.
    facts = pages.url("author.facts", assessment_id=draft.id)
    response = pages.post(endpoint, {**sent, "back": facts}, values={"assessment_id": draft.id})
    assert response.location.split("#")[0] == facts
