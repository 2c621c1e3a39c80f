"""Who saw what: every case and assessment a page shows leaves one "view" row (each row of a
list page too), every refusal a "refused" row, and no row holds case text."""

import sqlalchemy as sa

from assist.extensions import db
from assist.models import AuditEvent
from tests.pages import text_of


def _events(action):
    db.session.expire_all()
    return db.session.scalars(
        sa.select(AuditEvent).where(AuditEvent.action == action).order_by(AuditEvent.id)
    ).all()


def _new(action, before):
    return [(e.record_type, e.record_id) for e in _events(action)[before:]]


def test_check_your_answers_records_who_saw_the_assessment(pages, world):
    assessment = world.assessments["wendy_draft"]
    pages.sign_in(world.user("wendy"))
    before = len(_events("view"))
    pages.get("author.check_answers", assessment_id=assessment.id)
    (event,) = _events("view")[before:]
    assert (event.record_type, event.record_id) == ("assessments", assessment.id)
    assert event.user_id == world.user("wendy").id
    assert event.detail == "page=author.check_answers"


def test_each_page_records_a_record_once(pages, world):
    """The task list writes its own view event; the batch does not write it again."""
    assessment = world.assessments["wendy_draft"]
    pages.sign_in(world.user("wendy"))
    before = len(_events("view"))
    pages.get("author.assessment", assessment_id=assessment.id)
    assert _new("view", before) == [("assessments", assessment.id)]


def test_a_list_page_records_each_record_it_shows(pages, world):
    pages.sign_in(world.user("nadia"))
    before = len(_events("view"))
    page = pages.get("supervisor.dashboard")
    shown = {("assessments", a.id) for k, a in world.assessments.items() if k.endswith("submitted")}
    shown = {s for s in shown if s[1] != world.assessments["sasha_submitted"].id}  # Sol's team
    assert len(page.select("tbody tr")) == len(shown) == 2
    assert sorted(_new("view", before)) == sorted(shown)


def test_the_workers_case_list_records_each_case(pages, world):
    pages.sign_in(world.user("wendy"))
    before = len(_events("view"))
    pages.get("author.dashboard")
    assert _new("view", before) == [("cases", world.cases["wendy"].id)]


def test_the_api_check_records_the_assessment_it_read(client, pages, world):
    assessment = world.assessments["wendy_draft"]
    pages.sign_in(world.user("wendy"))
    before = len(_events("view"))
    response = client.post("/api/check", json={"assessment_id": assessment.id})
    assert response.status_code == 200
    (event,) = _events("view")[before:]
    assert (event.record_type, event.record_id) == ("assessments", assessment.id)
    assert event.detail == "page=api.check"


def test_someone_elses_assessment_is_refused_and_recorded(pages, world):
    theirs = world.assessments["sasha_draft"]
    pages.sign_in(world.user("wendy"))
    before_views, before = len(_events("view")), len(_events("refused"))
    pages.get("author.check_answers", status=404, assessment_id=theirs.id)
    (event,) = _events("refused")[before:]
    assert (event.record_type, event.record_id) == ("assessments", theirs.id)
    assert event.user_id == world.user("wendy").id
    assert event.detail.startswith("page=author.check_answers refused")
    assert len(_events("view")) == before_views


def test_a_page_outside_your_access_list_is_refused_and_recorded(pages, world):
    submitted = world.assessments["wendy_submitted"]
    pages.sign_in(world.user("tara"))
    before = len(_events("refused"))
    pages.get("supervisor.assessment", status=403, assessment_id=submitted.id)
    (event,) = _events("refused")[before:]
    assert (event.record_type, event.record_id) == ("assessments", submitted.id)
    assert event.user_id == world.user("tara").id


def test_an_id_too_large_for_the_database_is_refused_without_its_number(pages, world):
    pages.sign_in(world.user("wendy"))
    before = len(_events("refused"))
    pages.get("author.check_answers", status=404, assessment_id=10**30)
    (event,) = _events("refused")[before:]
    assert event.record_id is None
    assert "assessment_id=1000000000" in event.detail


def test_no_audit_row_holds_case_text(pages, world, client):
    pages.sign_in(world.user("wendy"))
    draft = world.assessments["wendy_draft"]
    pages.get("author.dashboard")
    for endpoint in ("author.assessment", "author.facts", "author.check_answers"):
        pages.get(endpoint, assessment_id=draft.id)
    client.post("/api/check", json={"assessment_id": draft.id})
    words = ["wendy family", "wendy draft", "Child of wendy_draft", "bruise", "flinched"]
    events = db.session.scalars(sa.select(AuditEvent)).all()
    assert {e.action for e in events} >= {"view"}
    written = " ".join(f"{e.action} {e.record_type} {e.detail}" for e in events)
    assert not [w for w in words if w.lower() in written.lower()]


def test_an_admin_sees_who_has_seen_an_assessment_and_downloads_it(pages, world, client):
    import csv
    import io

    submitted = world.assessments["wendy_submitted"]
    pages.sign_in(world.user("wendy"))
    pages.get("author.check_answers", assessment_id=submitted.id)
    pages.sign_in(world.user("sasha"))
    pages.get("author.check_answers", status=404, assessment_id=submitted.id)
    pages.sign_in(world.user("nadia"))
    pages.get("supervisor.dashboard")
    pages.sign_in(world.user("ada"))

    log = pages.get("admin.audit_log", record_type="assessments", action="refused")
    link = log.select_one(f"tbody a[href$='/audit/assessments/{submitted.id}']")
    assert link is not None, "the audit log links to who has seen the assessment"
    page = pages.get("admin.assessment_audit", assessment_id=submitted.id)
    assert text_of(page, "h1").endswith("Who has seen this assessment")
    rows = [
        [" ".join(td.get_text().split()) for td in tr.select("td")]
        for tr in page.select("tbody tr")
    ]
    seen = {(row[1], row[3], row[5]) for row in rows}
    assert ("Wendy Worker", "view", "author.check_answers") in seen
    assert ("Sasha Worker", "refused", "author.check_answers") in seen
    assert ("Nadia Supervisor", "view", "supervisor.dashboard") in seen
    assert all(
        row[4] in (f"Assessment {submitted.id}", f"Case {submitted.case_id}") for row in rows
    )
    assert "wendy submitted" not in page.get_text()

    response = client.get(pages.url("admin.assessment_audit_csv", assessment_id=submitted.id))
    assert response.status_code == 200 and response.mimetype == "text/csv"
    table = list(csv.reader(io.StringIO(response.get_data(as_text=True))))
    assert table[0] == [th.get_text(strip=True) for th in page.select("thead th")]
    assert table[1:] == rows


def test_csv_cells_are_never_formulas(app, world):
    from assist.admin.views import _trail_row
    from assist.review.team import safe_cell

    event = AuditEvent(action="view", record_type="assessments", record_id=1, detail="page==cmd")
    event.at = world.assessments["wendy_draft"].created_at
    assert [safe_cell(c) for c in _trail_row(event)][5] == "'=cmd"


def test_only_admins_see_who_has_seen_an_assessment(pages, world):
    pages.sign_in(world.user("nadia"))
    pages.get(
        "admin.assessment_audit", status=403, assessment_id=world.assessments["wendy_draft"].id
    )


def test_a_dashboard_notice_records_the_assessment_it_names(pages, world):
    from tests.review.conftest import fresh, post

    submitted = world.assessments["wendy_submitted"]
    pages.sign_in(world.user("nadia"))
    post(
        pages,
        "supervisor.decide_view",
        {"decision": "returned", "reason": "Say who saw it", "version": fresh(submitted).version},
        assessment_id=submitted.id,
    )
    pages.sign_in(world.user("wendy"))
    before = len(_events("view"))
    page = pages.get("author.dashboard")
    assert "returned" in text_of(page, ".govuk-notification-banner")
    assert ("assessments", submitted.id) in _new("view", before)
