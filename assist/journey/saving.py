"""Saving with optimistic locking: every save names the version it was based on; a stale one
is refused (never a silent overwrite); every saved version is kept."""

import sqlalchemy as sa

from assist import audit, clock, workflow
from assist.extensions import db
from assist.journey import item_change, version_store
from assist.journey.snapshot import snapshot_of
from assist.models import Assessment

# Putting back an old version is kept whole: a moment a person may come back to, and what
# changed since the version before may be most of the assessment anyway.
KEPT_WHOLE = frozenset({"restore_version"})


class StaleVersion(Exception):
    """The assessment changed since the page was loaded (another tab, or a supervisor)."""

    def __init__(self, current_version):
        super().__init__(f"the assessment is now at version {current_version}")
        self.current_version = current_version


class Locked(Exception):
    """The assessment cannot be edited in its current status."""


def hold_for_saving(assessment):
    """Take the assessment's write lock before reading anything a save depends on, so saves to
    one assessment happen one after another: the next F-number, the version check and the
    version bump all see the last save's commit, and two saves never both take number 8.

    The read transaction the page had open is ended first: SQLite cannot turn an old read
    snapshot into a write (it fails at once with "database is locked" instead of waiting),
    and PostgreSQL should compare against what the last save committed. On SQLite the lock
    is the database's write lock (waited for up to its busy timeout); on PostgreSQL it is
    the assessment's row, so saves to different assessments do not wait for each other."""
    session = db.session
    if session.new or session.dirty or session.deleted:
        raise RuntimeError("take the save lock before changing anything")
    assessment_id = assessment.id  # read now: after the commit it would be reloaded unlocked
    session.commit()
    session.execute(
        sa.update(Assessment)
        .where(Assessment.id == assessment_id)
        .values(updated_at=Assessment.updated_at)
        .execution_options(synchronize_session=False)
    )
    session.expire_all()  # everything is read again under the lock


def check_can_save(assessment, based_on_version):
    """Lock the assessment for this save, then refuse it if it is locked or stale."""
    hold_for_saving(assessment)
    if not workflow.can_edit(assessment):
        raise Locked(assessment.status)
    try:
        based_on = int(based_on_version)
    except (TypeError, ValueError):
        based_on = -1
    if based_on != assessment.version:
        raise StaleVersion(assessment.version)


def record_save(assessment, user, action, target=None, counted=None, one_item=None):
    """After a change: bump the version, keep the version (whole or as what changed, as
    ``version_store`` decides), and audit it (caller commits).
    ``counted`` adds how many of something changed ("facts=37"): a number, never case text.
    ``one_item`` (``item_change.watch``) for a save of one item: what changed is worked out
    from that item alone when it can be, rather than by comparing whole snapshots."""
    assessment.updated_at = clock.now()
    db.session.flush()  # the version_id_col increments here
    whole = action in KEPT_WHOLE
    changes = None
    if one_item is not None and not whole:
        changes = item_change.worked_out(one_item, assessment)
    if changes is None:
        snapshot = snapshot_of(assessment)
        version_store.keep(assessment, user, snapshot, whole=whole)
        item_change.remember_kept(assessment, snapshot)
    else:
        version_store.keep_changes(assessment, user, changes, lambda: snapshot_of(assessment))
    audit.record(
        action,
        target or assessment,
        detail=f"assessment={assessment.id} version={assessment.version}"
        + (f" {counted}" if counted else ""),
    )
