"""Writing the audit log. Events join the caller's transaction, so a change and its record
are committed together or not at all. Never put case text in ``detail``."""

from flask import has_request_context, request
from flask_login import current_user

from assist.extensions import db
from assist.models import AuditEvent


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
