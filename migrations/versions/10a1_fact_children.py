"""Facts: which of the assessment's children each concerns (none listed: all of them)

Revision ID: 10a1_fact_children
Revises: 9a1_audit_by_record
Create Date: 2026-12-05 15:00:00

"""
import sqlalchemy as sa
from alembic import op


# revision identifiers, used by Alembic.
revision = "10a1_fact_children"
down_revision = "9a1_audit_by_record"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "fact_children",
        sa.Column("fact_id", sa.Integer(), nullable=False),
        sa.Column("child_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["fact_id"], ["facts.id"], name=op.f("fk_fact_children_fact_id_facts"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["child_id"],
            ["children.id"],
            name=op.f("fk_fact_children_child_id_children"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("fact_id", "child_id", name=op.f("pk_fact_children")),
    )
    op.create_index(
        op.f("ix_fact_children_child_id"), "fact_children", ["child_id"], unique=False
    )


def downgrade():
    op.drop_index(op.f("ix_fact_children_child_id"), table_name="fact_children")
    op.drop_table("fact_children")
