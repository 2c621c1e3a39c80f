"""Saving with optimistic locking: every save names the version it was based on; a stale one
is refused (never a silent overwrite); every saved version is kept."""

from assist import audit, clock, workflow
from assist.extensions import db
from assist.journey.snapshot import snapshot_of
from assist.models import AssessmentVersion


class StaleVersion(Exception):
    """The assessment changed since the page was loaded (another tab, or a supervisor)."""

    def __init__(self, current_version):
        super().__init__(f"the assessment is now at version {current_version}")
        self.current_version = current_version


class Locked(Exception):
    """The assessment cannot be edited in its current status."""


def check_can_save(assessment, based_on_version):
    if not workflow.can_edit(assessment):
        raise Locked(assessment.status)
    try:
        based_on = int(based_on_version)
    except (TypeError, ValueError):
        based_on = -1
    if based_on != assessment.version:
        raise StaleVersion(assessment.version)


def record_save(assessment, user, action, target=None):
    """After a change: bump the version, keep a snapshot, and audit it (caller commits)."""
    assessment.updated_at = clock.now()
    db.session.flush()  # the version_id_col increments here
    db.session.add(
        AssessmentVersion(
            assessment_id=assessment.id,
            version=assessment.version,
            saved_by_id=user.id,
            snapshot=snapshot_of(assessment),
        )
    )
    audit.record(
        action,
        target or assessment,
        detail=f"assessment={assessment.id} version={assessment.version}",
    )
