"""Cases: drop closed_at, which nothing ever set or read

Revision ID: 8a1_drop_case_closed_at
Revises: 7a2_first_review
Create Date: 2026-12-05 06:00:00

"""
from alembic import op
import sqlalchemy as sa

import assist.models.types


# revision identifiers, used by Alembic.
revision = "8a1_drop_case_closed_at"
down_revision = "7a2_first_review"
branch_labels = None
depends_on = None


# SQLite (3.35 and later) and PostgreSQL both drop and add a column in place. Copying the table,
# as batch mode does by default on SQLite, would fail: assessments refer to their case.
def upgrade():
    with op.batch_alter_table("cases", schema=None, recreate="never") as batch_op:
        batch_op.drop_column("closed_at")


def downgrade():
    with op.batch_alter_table("cases", schema=None, recreate="never") as batch_op:
        batch_op.add_column(
            sa.Column(
                "closed_at", assist.models.types.UTCDateTime(timezone=True), nullable=True
            )
        )
