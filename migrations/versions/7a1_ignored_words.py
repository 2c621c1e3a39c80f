"""Spelling: words a worker told the checker to accept in one assessment

Revision ID: 7a1_ignored_words
Revises: 6a1_review
Create Date: 2026-11-23 19:00:00

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "7a1_ignored_words"
down_revision = "6a1_review"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "ignored_words",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("assessment_id", sa.Integer(), nullable=False),
        sa.Column("word", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["assessments.id"],
            name=op.f("fk_ignored_words_assessment_id_assessments"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ignored_words")),
        sa.UniqueConstraint("assessment_id", "word", name=op.f("uq_ignored_words_assessment_id")),
    )
    op.create_index(
        op.f("ix_ignored_words_assessment_id"), "ignored_words", ["assessment_id"], unique=False
    )


def downgrade():
    op.drop_index(op.f("ix_ignored_words_assessment_id"), table_name="ignored_words")
    op.drop_table("ignored_words")
