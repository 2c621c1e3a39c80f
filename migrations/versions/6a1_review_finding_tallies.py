"""Supervisor review: per-assessment finding tallies for the queue and the team page

Revision ID: 6a1_review
Revises: 5a1_word_import
Create Date: 2026-11-23 16:40:00

"""
from alembic import op
import sqlalchemy as sa

import assist.models.types


# revision identifiers, used by Alembic.
revision = "6a1_review"
down_revision = "5a1_word_import"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "finding_tallies",
        sa.Column("assessment_id", sa.Integer(), nullable=False),
        sa.Column("computed_at", assist.models.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("errors", sa.Integer(), nullable=False),
        sa.Column("counts", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["assessments.id"],
            name=op.f("fk_finding_tallies_assessment_id_assessments"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("assessment_id", name=op.f("pk_finding_tallies")),
    )


def downgrade():
    op.drop_table("finding_tallies")
