"""Team page: the findings each assessment had when a supervisor first decided on it

Revision ID: 7a2_first_review
Revises: 7a1_ignored_words
Create Date: 2026-11-23 19:10:00

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "7a2_first_review"
down_revision = "7a1_ignored_words"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "first_review_tallies",
        sa.Column("assessment_id", sa.Integer(), nullable=False),
        sa.Column("counts", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["assessments.id"],
            name=op.f("fk_first_review_tallies_assessment_id_assessments"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("assessment_id", name=op.f("pk_first_review_tallies")),
    )


def downgrade():
    op.drop_table("first_review_tallies")
