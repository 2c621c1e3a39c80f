"""Audit events: an index by record, for "who has seen this assessment?"

Revision ID: 9a1_audit_by_record
Revises: 8a1_drop_case_closed_at
Create Date: 2026-12-05 12:00:00

"""
from alembic import op


# revision identifiers, used by Alembic.
revision = "9a1_audit_by_record"
down_revision = "8a1_drop_case_closed_at"
branch_labels = None
depends_on = None


def upgrade():
    op.create_index(
        "ix_audit_events_record", "audit_events", ["record_type", "record_id"], unique=False
    )


def downgrade():
    op.drop_index("ix_audit_events_record", table_name="audit_events")
