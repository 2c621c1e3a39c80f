"""Sections an import filled, which stay In progress until the worker confirms them

Revision ID: 13a1_sections_to_confirm
Revises: 12a1_versions_by_difference
Create Date: 2026-12-05 17:00:00

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "13a1_sections_to_confirm"
down_revision = "12a1_versions_by_difference"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "sections_to_confirm",
        sa.Column("assessment_id", sa.Integer(), nullable=False),
        sa.Column("section", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["assessments.id"],
            name=op.f("fk_sections_to_confirm_assessment_id_assessments"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("assessment_id", "section", name=op.f("pk_sections_to_confirm")),
    )


def downgrade():
    op.drop_table("sections_to_confirm")
