"""Saved versions kept as what changed since the version before, whole only now and then

Revision ID: 12a1_versions_by_difference
Revises: 11a1_rate_limit_counters
Create Date: 2026-12-05 16:00:00

Every version was a whole snapshot. Now each is whole (``snapshot``) or what changed since the
version before (``changes`` applied to version ``based_on``). Upgrading keeps the first version
of each assessment whole, and every version a supervisor decided on, and otherwise follows the
rule new saves follow (``deltas.whole_again``); downgrading rebuilds every version whole. Both
go one version at a time, so a long history is never all in memory.
"""
import sqlalchemy as sa
from alembic import op

from assist.journey import deltas

# revision identifiers, used by Alembic.
revision = "12a1_versions_by_difference"
down_revision = "11a1_rate_limit_counters"
branch_labels = None
depends_on = None

WHOLE_OR_CHANGES = (
    "(snapshot IS NOT NULL AND changes IS NULL AND based_on IS NULL)"
    " OR (snapshot IS NULL AND changes IS NOT NULL AND based_on IS NOT NULL)"
)

versions = sa.table(
    "assessment_versions",
    sa.column("id", sa.Integer),
    sa.column("assessment_id", sa.Integer),
    sa.column("version", sa.Integer),
    sa.column("snapshot", sa.JSON(none_as_null=True)),
    sa.column("changes", sa.JSON(none_as_null=True)),
    sa.column("based_on", sa.Integer),
    sa.column("size", sa.Integer),
)
decisions = sa.table(
    "review_decisions",
    sa.column("assessment_id", sa.Integer),
    sa.column("reviewed_version", sa.Integer),
)


def upgrade():
    with op.batch_alter_table("assessment_versions") as batch:
        batch.add_column(sa.Column("changes", sa.JSON(none_as_null=True), nullable=True))
        batch.add_column(sa.Column("based_on", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("size", sa.Integer(), nullable=False, server_default="0"))
        batch.alter_column("snapshot", existing_type=sa.JSON(), nullable=True)
    connection = op.get_bind()
    for assessment_id in _assessments(connection):
        _to_changes(connection, assessment_id)
    with op.batch_alter_table("assessment_versions") as batch:
        batch.alter_column("size", existing_type=sa.Integer(), server_default=None)
        batch.create_check_constraint(
            op.f("ck_assessment_versions_whole_or_changes"), WHOLE_OR_CHANGES
        )


def downgrade():
    connection = op.get_bind()
    for assessment_id in _assessments(connection):
        _to_whole(connection, assessment_id)
    with op.batch_alter_table("assessment_versions") as batch:
        batch.drop_constraint(op.f("ck_assessment_versions_whole_or_changes"), type_="check")
        batch.drop_column("size")
        batch.drop_column("based_on")
        batch.drop_column("changes")
        batch.alter_column("snapshot", existing_type=sa.JSON(), nullable=False)


def _assessments(connection):
    return connection.scalars(
        sa.select(versions.c.assessment_id).distinct().order_by(versions.c.assessment_id)
    ).all()


def _rows(connection, assessment_id):
    """(row id, version number), oldest first: the snapshots are read one at a time."""
    return connection.execute(
        sa.select(versions.c.id, versions.c.version)
        .where(versions.c.assessment_id == assessment_id)
        .order_by(versions.c.version)
    ).all()


def _to_changes(connection, assessment_id):
    rows = _rows(connection, assessment_id)
    decided = _decided(connection, assessment_id, [number for _id, number in rows])
    previous = None
    since, whole_size = (0, 0), 0  # changes kept since the last whole version: (count, size)
    for row_id, number in rows:
        snapshot = connection.scalar(sa.select(versions.c.snapshot).where(versions.c.id == row_id))
        values = {"size": deltas.size_of(snapshot)}
        if previous is not None and number not in decided:
            changes = deltas.between(previous[1], snapshot)
            size = deltas.size_of(changes)
            if not deltas.whole_again(since[0] + 1, since[1] + size, whole_size):
                values = {"snapshot": None, "changes": changes, "based_on": previous[0]}
                values["size"] = size
        if "changes" in values:
            since = (since[0] + 1, since[1] + values["size"])
        else:
            since, whole_size = (0, 0), values["size"]
        connection.execute(sa.update(versions).where(versions.c.id == row_id).values(**values))
        previous = (number, snapshot)


def _decided(connection, assessment_id, numbers):
    """The versions supervisors read when deciding (the last kept at or before each decision),
    kept whole as new decisions keep them."""
    reviewed = connection.scalars(
        sa.select(decisions.c.reviewed_version).where(decisions.c.assessment_id == assessment_id)
    ).all()
    return {max((n for n in numbers if n <= seen), default=None) for seen in reviewed}


def _to_whole(connection, assessment_id):
    snapshot = None
    for row_id, _number in _rows(connection, assessment_id):
        kept = connection.execute(
            sa.select(versions.c.snapshot, versions.c.changes).where(versions.c.id == row_id)
        ).one()
        if kept.snapshot is not None:
            snapshot = kept.snapshot
            continue
        snapshot = deltas.applied(snapshot, kept.changes)
        connection.execute(
            sa.update(versions)
            .where(versions.c.id == row_id)
            .values(snapshot=snapshot, changes=None, based_on=None)
        )
