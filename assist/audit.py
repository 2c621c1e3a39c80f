"""Writing the audit log. Events join the caller's transaction, so a change and its record
are committed together or not at all. Never put case text in ``detail``.

Who saw what: assist/records.py marks each case and assessment a request is shown (a record
page, or each row of a list), and each one it refuses. After the response is built they are
written in one batch: a ``view`` row per record shown, once per request, and a ``refused`` row
for a 403 or 404 given to a signed-in person. Only ids, the page's endpoint and the user are
written; a failure to write is logged and never turns the page into an error."""

import sqlalchemy as sa
from flask import current_app, g, has_request_context, request
from flask_login import current_user

from assist import clock
from assist.extensions import db
from assist.models import Assessment, AuditEvent, Case

SHOWN_TYPES = {Assessment: "assessments", Case: "cases"}
# Pages that count a team's records without showing any: they write their own event instead.
COUNTED_NOT_SHOWN = {"supervisor.team", "supervisor.team_csv"}
REFUSED_CODES = (403, 404)
LARGEST_ID = 2**31 - 1  # the database's integer column


def client_address():
    if not has_request_context():
        return None
    return request.remote_addr


def record(action, target=None, *, user=None, detail=None, record_type=None, record_id=None):
    """Add an audit event to the current transaction (the caller commits)."""
    if user is None and has_request_context() and current_user.is_authenticated:
        user = current_user
    if target is not None:
        if target.id is None:
            db.session.flush()  # give a new record its id
        record_type = record_type or target.__tablename__
        record_id = record_id or target.id
    if action == "view" and has_request_context():
        detail = detail or _page()
        _written().add((record_type, record_id))  # the batch need not write it again
    event = AuditEvent(
        user_id=user.id if user is not None else None,
        action=action,
        record_type=record_type,
        record_id=record_id,
        ip_address=client_address(),
        detail=detail[:500] if detail else None,
    )
    db.session.add(event)
    return event


def shown(records):
    """Mark cases and assessments (ORM objects, or ``(record_type, id)`` pairs) as shown by
    this request; written once each after the response (see ``write_batch``)."""
    if not has_request_context():
        return
    marks = g.setdefault("audit_shown", {})
    for found in records:
        if isinstance(found, tuple):
            marks.setdefault(found, None)
        elif type(found) in SHOWN_TYPES and found.id is not None:
            marks.setdefault((SHOWN_TYPES[type(found)], found.id), None)


def refused(record_type, record_id):
    """Mark the record a request asked for and was refused (written if the answer is 403/404)."""
    if has_request_context() and "audit_refused" not in g:
        g.audit_refused = (record_type, _fits(record_id))


def _written():
    return g.setdefault("audit_written", set())


def _page():
    return f"page={request.endpoint or 'unknown'}"


def _fits(record_id):
    return record_id if isinstance(record_id, int) and 0 < record_id <= LARGEST_ID else None


def _refusal():
    """The record asked for: the one records.py refused, else the URL's first id."""
    asked = {k: v for k, v in (request.view_args or {}).items() if k.endswith("_id")}
    detail = " ".join([_page(), "refused"] + [f"{k}={str(v)[:20]}" for k, v in asked.items()])
    if "audit_refused" in g:
        return (*g.audit_refused, detail)
    if asked:
        name, value = next(iter(asked.items()))
        return (name.removesuffix("_id") + "s", _fits(value), detail)
    return (None, None, detail)


def _batch(status):
    if not current_user.is_authenticated:
        return []
    base = {
        "user_id": current_user.id,
        "ip_address": client_address(),
        "at": clock.now(),
    }
    if status in REFUSED_CODES:
        record_type, record_id, detail = _refusal()
        return [
            base
            | {
                "action": "refused",
                "record_type": record_type,
                "record_id": record_id,
                "detail": detail[:500],
            }
        ]
    if not 200 <= status < 300 or request.endpoint in COUNTED_NOT_SHOWN:
        return []  # a redirect or an error page shows no record
    written = _written()
    return [
        base | {"action": "view", "record_type": kind, "record_id": id_, "detail": _page()}
        for kind, id_ in g.get("audit_shown", {})
        if (kind, id_) not in written
    ]


def write_batch(response):
    """Write what this request showed or refused, in one insert and its own commit. Anything the
    view left uncommitted is rolled back first, as the end of the request would have done."""
    try:
        rows = _batch(response.status_code)
        if rows:
            db.session.rollback()
            db.session.execute(sa.insert(AuditEvent), rows)
            db.session.commit()
    except Exception:
        db.session.rollback()
        current_app.logger.exception("could not write the audit of %s", request.endpoint)
    return response


def register(app):
    app.after_request(write_batch)
