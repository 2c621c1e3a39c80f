"""The rubric's findings where a worker writes: on each page, highlighted in place, dismissable
with a reason, and over JSON for the live panel."""

import sqlalchemy as sa

from assist.extensions import db
from assist.models import AuditEvent, FindingDismissal
from tests.pages import parse, text_of
from tests.test_journey import post, version_of

VAGUE = "Consider a referral to a parenting course if appropriate."


def _findings(page):
    return [" ".join(f.get_text(" ").split()) for f in page.select(".assist-finding")]


def _add_vague_recommendation(pages, draft):
    return post(
        pages,
        "author.recommendation_new",
        {"version": version_of(draft), "action": VAGUE},
        assessment_id=draft.id,
    )


def test_a_vague_recommendation_is_flagged_on_its_page_with_words_marked(pages, world):
    draft = world.assessments["wendy_draft"]
    pages.sign_in(world.user("wendy"))
    _add_vague_recommendation(pages, draft)
    page = pages.get("author.recommendations", assessment_id=draft.id)
    flagged = [f for f in _findings(page) if f.split(" ")[2:3] == ["R2"] or " R2 " in f]
    assert flagged, _findings(page)
    marks = [m.get_text() for m in page.select("#R2 mark.assist-mark")]
    assert marks and all(m in VAGUE for m in marks)
    link = page.select_one(".assist-finding a[href*='/recommendations/']")
    assert link is not None


def test_a_section_shows_only_its_own_findings(pages, world):
    draft = world.assessments["wendy_draft"]
    pages.sign_in(world.user("wendy"))
    _add_vague_recommendation(pages, draft)
    facts = pages.get("author.facts", assessment_id=draft.id)
    assert not any("R2" in f for f in _findings(facts))


def test_dismissing_a_finding_needs_a_reason_and_is_audited(pages, world):
    draft = world.assessments["wendy_draft"]
    pages.sign_in(world.user("wendy"))
    _add_vague_recommendation(pages, draft)
    page = pages.get("author.recommendations", assessment_id=draft.id)
    form = next(
        f
        for f in page.select(".assist-finding form")
        if "R2" in f.find_parent(class_="assist-finding").get_text()
    )
    key = form.select_one("input[name=key]")["value"]
    before = len(_findings(page))
    response = post(
        pages,
        "author.dismiss_finding",
        {"key": key, "reason": "", "back": page.select_one("form input[name=back]")["value"]},
        assessment_id=draft.id,
    )
    refused = parse(pages.client.get(response.location))
    assert "Say why the rubric is wrong" in text_of(refused, ".govuk-notification-banner")
    post(
        pages,
        "author.dismiss_finding",
        {"key": key, "reason": "The family asked for this", "back": "/elsewhere"},
        assessment_id=draft.id,
    )
    after = pages.get("author.recommendations", assessment_id=draft.id)
    assert len(_findings(after)) == before - 1
    row = db.session.scalar(sa.select(FindingDismissal))
    assert row.reason == "The family asked for this"
    assert row.dismissed_by_id == world.user("wendy").id
    assert (
        db.session.scalar(sa.select(AuditEvent).where(AuditEvent.action == "dismiss_finding"))
        is not None
    )


def test_a_dismissal_lapses_when_the_text_changes(pages, world):
    draft = world.assessments["wendy_draft"]
    pages.sign_in(world.user("wendy"))
    _add_vague_recommendation(pages, draft)
    page = pages.get("author.recommendations", assessment_id=draft.id)
    keys = [i["value"] for i in page.select(".assist-finding input[name=key]")]
    for key in keys:
        post(
            pages,
            "author.dismiss_finding",
            {"key": key, "reason": "Not this time"},
            assessment_id=draft.id,
        )
    assert _findings(pages.get("author.recommendations", assessment_id=draft.id)) == []
    recommendation = world.items[("wendy_draft", "Recommendation")]
    post(
        pages,
        "author.recommendation_item",
        {
            "version": version_of(draft),
            "action": "Consider a parenting course as needed.",
            "answers": [],
        },
        assessment_id=draft.id,
        item_id=recommendation.id,
    )
    again = pages.get("author.recommendations", assessment_id=draft.id)
    assert any("R1" in f for f in _findings(again))


def test_the_json_api_checks_one_section(pages, world):
    draft = world.assessments["wendy_draft"]
    pages.sign_in(world.user("wendy"))
    _add_vague_recommendation(pages, draft)
    response = pages.client.post(
        "/api/check", json={"assessment_id": draft.id, "section": "recommendations"}
    )
    assert response.status_code == 200
    body = response.get_json()
    assert body["findings"] and {f["section"] for f in body["findings"]} == {"recommendations"}
    first = body["findings"][0]
    assert {
        "rule",
        "level",
        "item",
        "start",
        "end",
        "excerpt",
        "message",
        "guidance",
        "href",
    } <= set(first)
    assert "data-findings-panel" in body["html"]


def test_the_json_api_refuses_bad_requests_clearly(pages, world):
    pages.sign_in(world.user("wendy"))
    cases = [
        ("not json", 400),
        ({"assessment_id": "x"}, 400),
        ({"assessment_id": 1, "section": "nope"}, 400),
        ({"assessment_id": world.assessments["will_draft"].id}, 404),
        ({"assessment_id": 2**40}, 404),
    ]
    for body, status in cases:
        kwargs = {"data": body} if isinstance(body, str) else {"json": body}
        response = pages.client.post("/api/check", **kwargs)
        assert response.status_code == status, body
    pages.sign_in(world.user("nadia"))
    assert (
        pages.client.post(
            "/api/check", json={"assessment_id": world.assessments["wendy_draft"].id}
        ).status_code
        == 404
    )


def test_the_supervisor_sees_dismissals_with_who_and_why(pages, world):
    draft = world.assessments["wendy_draft"]
    pages.sign_in(world.user("wendy"))
    _add_vague_recommendation(pages, draft)
    page = pages.get("author.recommendations", assessment_id=draft.id)
    key = page.select_one(".assist-finding input[name=key]")["value"]
    post(
        pages,
        "author.dismiss_finding",
        {"key": key, "reason": "Agreed with the family"},
        assessment_id=draft.id,
    )
    post(pages, "author.submit", {"version": version_of(draft)}, assessment_id=draft.id)
    pages.sign_in(world.user("nadia"))
    review = pages.get("supervisor.assessment", assessment_id=draft.id)
    table = text_of(review, "table")
    assert "Agreed with the family" in table and "Wendy Worker" in table


def test_findings_and_spelling_on_one_page_share_one_document(app, world, monkeypatch):
    from assist.journey import items, snapshot

    built = []
    real = snapshot.to_document
    monkeypatch.setattr(snapshot, "to_document", lambda *a: built.append(1) or real(*a))
    draft = world.assessments["wendy_draft"]
    contents = items.load(draft.id)
    first = snapshot.shared_document(draft, contents)
    assert snapshot.shared_document(draft, contents) is first and len(built) == 1
    # A new version of the assessment is a new document.
    draft.version += 1
    assert snapshot.shared_document(draft, contents) is not first and len(built) == 2
    db.session.rollback()
