"""The append-only audit log. The application never updates or deletes a row; the database
refuses to as well (triggers in the initial migration)."""

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.orm import Mapped, mapped_column, relationship

from assist.extensions import db
from assist.models.types import timestamp


class AuditEvent(db.Model):
    __tablename__ = "audit_events"
    # "Who has seen this assessment?" reads one record's events.
    __table_args__ = (sa.Index("ix_audit_events_record", "record_type", "record_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = timestamp(index=True)
    user_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"), index=True)
    action: Mapped[str] = mapped_column(sa.String(40), index=True)
    record_type: Mapped[str | None] = mapped_column(sa.String(40))
    record_id: Mapped[int | None]
    ip_address: Mapped[str | None] = mapped_column(sa.String(45))
    # Short, structured and free of case text: ids, field names, outcomes.
    detail: Mapped[str | None] = mapped_column(sa.String(500))

    user = relationship("User")


class AuditLogIsAppendOnly(Exception):
    pass


@event.listens_for(AuditEvent, "before_update")
@event.listens_for(AuditEvent, "before_delete")
def _refuse_change(mapper, connection, target):
    raise AuditLogIsAppendOnly("audit events cannot be changed or deleted")
