"""The audit log: who did what to which record, when and from where; append-only."""

import pytest
import sqlalchemy as sa
from sqlalchemy.exc import DatabaseError

from assist.extensions import db
from assist.models import AuditEvent, Case
from assist.models.audit import AuditLogIsAppendOnly
from tests.pages import text_of


def _events(action=None):
    query = sa.select(AuditEvent).order_by(AuditEvent.id)
    if action:
        query = query.where(AuditEvent.action == action)
    return db.session.scalars(query).all()


def test_creating_and_viewing_a_case_are_recorded_with_who_and_where(pages, world):
    pages.sign_in(world.user("wendy"))
    pages.post("author.new_case", data={"reference": "CS-AUD-1", "family_name": "Audit family"})
    case = db.session.scalar(sa.select(Case).where(Case.reference == "CS-AUD-1"))
    pages.get("author.case", case_id=case.id)
    created, viewed = _events("create")[-1], _events("view")[-1]
    assert (created.record_type, created.record_id) == ("cases", case.id)
    assert (viewed.record_type, viewed.record_id) == ("cases", case.id)
    assert created.user_id == viewed.user_id == world.user("wendy").id
    assert created.ip_address == "127.0.0.1"
    assert "Audit family" not in (created.detail or "")


def test_a_change_and_its_audit_event_commit_together(app, pages, world, monkeypatch):
    """If saving the change fails, no audit event claims it happened."""
    from assist import audit

    real_record = audit.record

    def record_then_fail(*args, **kwargs):
        event = real_record(*args, **kwargs)
        if args and args[0] == "create":
            raise RuntimeError("database went away")
        return event

    monkeypatch.setattr("assist.author.views.audit.record", record_then_fail)
    pages.sign_in(world.user("wendy"))
    before = len(_events())
    response = pages.client.post(
        pages.url("author.new_case"), data={"reference": "CS-AUD-2", "family_name": "X family"}
    )
    assert response.status_code == 500
    db.session.expire_all()
    assert db.session.scalar(sa.select(Case).where(Case.reference == "CS-AUD-2")) is None
    assert len(_events()) == before


@pytest.mark.db
def test_the_application_cannot_change_or_delete_audit_events(world, engine):
    from assist import audit

    event = audit.record("view", world.cases["wendy"], user=world.user("wendy"))
    db.session.commit()
    event.action = "nothing to see"
    with pytest.raises(AuditLogIsAppendOnly):
        db.session.commit()
    db.session.rollback()
    db.session.delete(db.session.get(AuditEvent, event.id))
    with pytest.raises(AuditLogIsAppendOnly):
        db.session.commit()
    db.session.rollback()


@pytest.mark.db
@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE audit_events SET action = 'tampered'",
        "DELETE FROM audit_events",
    ],
)
def test_the_database_refuses_to_change_audit_events(world, engine, statement):
    from assist import audit

    audit.record("view", world.cases["wendy"], user=world.user("wendy"))
    db.session.commit()
    with pytest.raises(DatabaseError, match="append-only"), db.engine.begin() as connection:
        connection.exec_driver_sql(statement)
    assert all(e.action != "tampered" for e in _events())


def test_admins_read_and_filter_the_audit_log(pages, world):
    pages.sign_in(world.user("wendy"))
    pages.get("author.case", case_id=world.cases["wendy"].id)
    pages.sign_in(world.user("ada"))
    page = pages.get("admin.audit_log")
    rows = page.select("tbody tr")
    assert rows, "the log lists events"
    filtered = pages.get("admin.audit_log", user="WENDY@assist.example", action="view")
    cells = [" ".join(r.get_text(" ").split()) for r in filtered.select("tbody tr")]
    assert cells and all("wendy@assist.example" in c and " view " in f" {c} " for c in cells)
    noun = "event" if len(cells) == 1 else "events"
    assert text_of(filtered, "caption") == f"{len(cells)} {noun}"


def test_a_bad_audit_filter_is_ignored_not_an_error(pages, world):
    pages.sign_in(world.user("ada"))
    page = pages.get("admin.audit_log", action="<script>", record_type="nope", page="-3")
    assert page.select_one("tbody tr") is not None
