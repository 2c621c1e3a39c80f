"""Facts: a date may be not known (no day stored, precision "unknown"), never made up

Revision ID: 14a1_fact_dates_not_known
Revises: 13a1_sections_to_confirm
Create Date: 2026-12-06 09:00:00

A Word import gave every undated entry today's date, "about" it. Now such a fact has no date:
``occurred_on`` may be empty, ``date_precision`` may be "unknown", and a CHECK constraint holds
the two together. Downgrading gives a fact whose date is not known the day it was added, marked
approximate, as the import did before this revision.
"""

import contextlib

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = "14a1_fact_dates_not_known"
down_revision = "13a1_sections_to_confirm"
branch_labels = None
depends_on = None

PRECISIONS_BEFORE = ("exact", "month", "year", "approximate")
PRECISIONS = (*PRECISIONS_BEFORE, "unknown")
DATE_KNOWN_OR_NOT = (
    "(occurred_on IS NULL AND date_precision = 'unknown')"
    " OR (occurred_on IS NOT NULL AND date_precision <> 'unknown')"
)

facts = sa.table(
    "facts",
    sa.column("occurred_on", sa.Date),
    sa.column("date_precision", sa.String),
    sa.column("created_at", sa.DateTime),
)
fact_children = sa.table(
    "fact_children", sa.column("fact_id", sa.Integer), sa.column("child_id", sa.Integer)
)


def _one_of(values):
    return "date_precision IN (" + ", ".join(f"'{value}'" for value in values) + ")"


def upgrade():
    with _fact_children_kept():
        with op.batch_alter_table("facts") as batch:
            batch.drop_constraint(op.f("ck_facts_date_precision"), type_="check")
            batch.alter_column("occurred_on", existing_type=sa.Date(), nullable=True)
            batch.create_check_constraint(op.f("ck_facts_date_precision"), _one_of(PRECISIONS))
            batch.create_check_constraint(op.f("ck_facts_date_known_or_not"), DATE_KNOWN_OR_NOT)


def downgrade():
    with _fact_children_kept():
        with op.batch_alter_table("facts") as batch:
            batch.drop_constraint(op.f("ck_facts_date_known_or_not"), type_="check")
            batch.drop_constraint(op.f("ck_facts_date_precision"), type_="check")
        # The old schema cannot say "not known": the day the fact was added stands in for its
        # date, "about" it, as the import did before this revision.
        op.execute(
            facts.update()
            .where(facts.c.occurred_on.is_(None))
            .values(occurred_on=sa.func.date(facts.c.created_at), date_precision="approximate")
        )
        with op.batch_alter_table("facts") as batch:
            batch.alter_column("occurred_on", existing_type=sa.Date(), nullable=False)
            batch.create_check_constraint(
                op.f("ck_facts_date_precision"), _one_of(PRECISIONS_BEFORE)
            )


@contextlib.contextmanager
def _fact_children_kept():
    """SQLite changes a column by copying the table and dropping the old one, and with foreign
    keys on, dropping ``facts`` deletes every ``fact_children`` row through its ON DELETE
    CASCADE (the pragma cannot be turned off inside the migration's transaction). So the rows
    are read first and put back after. PostgreSQL alters the table in place."""
    connection = op.get_bind()
    if connection.dialect.name != "sqlite":
        yield
        return
    rows = [dict(row._mapping) for row in connection.execute(sa.select(fact_children))]
    yield
    connection.execute(sa.delete(fact_children))
    if rows:
        connection.execute(fact_children.insert(), rows)
