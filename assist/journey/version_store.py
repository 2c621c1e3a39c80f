"""Saved versions as they are kept: whole at the moments that matter (the first save, putting
back an old version, what a supervisor read when deciding) and whenever enough has changed since
the last whole one; in between, only what changed since the version before (``deltas``).

``snapshot_at`` is the one way from a version number back to the whole version: comparing,
restoring, "what changed since review", the team's first-review counts and the check of a stale
save all read through it, so none of them knows how a version is stored."""

from collections.abc import Callable
from dataclasses import dataclass

import sqlalchemy as sa

from assist.extensions import db
from assist.journey import deltas
from assist.models import AssessmentVersion


@dataclass
class _Chain:
    """The rows from a whole snapshot up to one version, and what that version was."""

    numbers: list[int]
    snapshot: dict
    versions_since: int  # versions kept as changes since the whole one
    size_since: int  # characters of those changes
    whole_size: int


def keep(assessment, user, snapshot: dict, *, whole=False) -> AssessmentVersion:
    """Keep ``snapshot`` as the assessment's version now (``assessment.version``): as its
    changes from the version kept before, unless ``whole`` is asked for, there is none before,
    or enough has changed since the last whole one. The caller commits."""
    row = AssessmentVersion(
        assessment_id=assessment.id, version=assessment.version, saved_by_id=user.id
    )
    chain = None if whole else _chain(assessment.id, None)
    if chain is not None:
        changes = deltas.between(chain.snapshot, snapshot)
        size = deltas.size_of(changes)
        if not deltas.whole_again(
            chain.versions_since + 1, chain.size_since + size, chain.whole_size
        ):
            row.changes, row.based_on, row.size = changes, chain.numbers[-1], size
            db.session.add(row)
            return row
    row.snapshot, row.size = snapshot, deltas.size_of(snapshot)
    db.session.add(row)
    return row


def keep_changes(assessment, user, changes: dict, whole: Callable[[], dict]) -> AssessmentVersion:
    """Keep the assessment's version now as ``changes`` from the version kept last, worked out
    by the caller without reading it (``item_change``), unless there is none before or enough
    has changed since the last whole one: then whole, as ``whole()`` makes it. Decided from the
    sizes kept with each row, so no version is read back. The caller commits."""
    since = _since_whole(assessment.id)
    size = deltas.size_of(changes)
    if since is None or deltas.whole_again(
        since.versions_since + 1, since.size_since + size, since.whole_size
    ):
        return keep(assessment, user, whole(), whole=True)
    row = AssessmentVersion(
        assessment_id=assessment.id,
        version=assessment.version,
        saved_by_id=user.id,
        changes=changes,
        based_on=since.numbers[-1],
        size=size,
    )
    db.session.add(row)
    return row


def snapshot_at(assessment_id, number) -> dict | None:
    """The whole snapshot of version ``number``, or None when no version of that number was
    kept (a status change moves the number on without saving anything)."""
    chain = _chain(assessment_id, number)
    return chain.snapshot if chain is not None else None


def latest(assessment_id) -> dict | None:
    """The whole snapshot of the latest version kept, or None when there is none."""
    chain = _chain(assessment_id, None)
    return chain.snapshot if chain is not None else None


def kept_at_or_before(assessment_id, number) -> int | None:
    """The number of the last version kept at or before ``number``: what a person was reading
    at ``number``, since a status change moves the number on without saving new content."""
    return db.session.scalar(
        sa.select(sa.func.max(AssessmentVersion.version)).where(
            AssessmentVersion.assessment_id == assessment_id,
            AssessmentVersion.version <= number,
        )
    )


def make_whole(assessment_id, number) -> bool:
    """Keep version ``number`` whole from now on (a supervisor decided on it): what is read
    most often after a draft's autosaves is then one row. Its content is unchanged, so the
    changes kept after it still apply. False when no version of that number was kept."""
    row = db.session.scalar(
        sa.select(AssessmentVersion).where(
            AssessmentVersion.assessment_id == assessment_id,
            AssessmentVersion.version == number,
        )
    )
    if row is None:
        return False
    if row.based_on is not None:
        snapshot = snapshot_at(assessment_id, number)
        row.snapshot, row.changes, row.based_on = snapshot, None, None
        row.size = deltas.size_of(snapshot)
    return True


def _since_whole(assessment_id) -> _Chain | None:
    """The latest version kept and how much has been kept as changes since the last whole
    one, from the rows' sizes (``snapshot`` is left empty: nothing is read back). None when
    there is no version yet, the whole one's size is not known or a row is not kept as changes
    to the one before it (``_chain`` would refuse to read them): the next is then kept whole."""
    rows = _rows_since_whole(assessment_id, None, sizes_only=True)
    if not rows or not rows[0].size:
        return None
    if any(row.based_on != before.version for before, row in zip(rows, rows[1:], strict=False)):
        return None
    return _Chain(
        [row.version for row in rows],
        {},
        len(rows) - 1,
        sum(row.size for row in rows[1:]),
        rows[0].size,
    )


def _rows_since_whole(assessment_id, number, sizes_only=False):
    """The rows from the last whole snapshot at or before version ``number`` (None: the latest
    kept) up to it, in one query."""
    columns = AssessmentVersion
    at_most = [] if number is None else [columns.version <= number]
    whole_from = (
        sa.select(sa.func.max(columns.version))
        .where(columns.assessment_id == assessment_id, columns.based_on.is_(None), *at_most)
        .scalar_subquery()
    )
    contents = [] if sizes_only else [columns.snapshot, columns.changes]
    return db.session.execute(
        sa.select(columns.version, columns.based_on, columns.size, *contents)
        .where(columns.assessment_id == assessment_id, columns.version >= whole_from, *at_most)
        .order_by(columns.version)
    ).all()


def _chain(assessment_id, number) -> _Chain | None:
    """Version ``number`` (None: the latest kept) rebuilt from the whole snapshot at or before
    it and the changes kept since, in one query."""
    rows = _rows_since_whole(assessment_id, number)
    if not rows or (number is not None and rows[-1].version != number):
        return None
    first = rows[0]
    snapshot = first.snapshot
    chain = _Chain([first.version], snapshot, 0, 0, first.size or deltas.size_of(snapshot))
    for row in rows[1:]:
        if row.based_on != chain.numbers[-1]:
            raise LookupError(
                f"version {row.version} of assessment {assessment_id} was kept as changes to"
                f" version {row.based_on}, but the version before it is {chain.numbers[-1]}"
            )
        chain.snapshot = deltas.applied(chain.snapshot, row.changes)
        chain.numbers.append(row.version)
        chain.versions_since += 1
        chain.size_since += row.size
    return chain
