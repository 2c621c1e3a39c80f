"""The assessment status workflow, as data: who may move an assessment from which status to
which. Plain Python; the journey and review pages call ``move``."""

from assist import clock
from assist.models import AssessmentStatus as Status
from assist.models import Role

# (from, to) -> the role allowed to make that move
TRANSITIONS = {
    (Status.DRAFT, Status.SUBMITTED): Role.WORKER,
    (Status.SUBMITTED, Status.RETURNED): Role.SUPERVISOR,
    (Status.SUBMITTED, Status.SIGNED_OFF): Role.SUPERVISOR,
    (Status.RETURNED, Status.RESUBMITTED): Role.WORKER,
    (Status.RESUBMITTED, Status.RETURNED): Role.SUPERVISOR,
    (Status.RESUBMITTED, Status.SIGNED_OFF): Role.SUPERVISOR,
}
EDITABLE = frozenset({Status.DRAFT, Status.RETURNED})


class NotAllowed(ValueError):
    """A move the workflow does not allow; the message is for the user."""


def can_edit(assessment):
    return assessment.status in EDITABLE


def allowed_moves(assessment, role):
    return [
        to for (frm, to), who in TRANSITIONS.items() if frm == assessment.status and who == role
    ]


def move(assessment, to, user):
    to = Status(to)
    who = TRANSITIONS.get((assessment.status, to))
    if who is None:
        raise NotAllowed(
            f"An assessment that is {assessment.status.label.lower()} cannot be {to.label.lower()}"
        )
    if user.role != who:
        raise NotAllowed(f"Only a {who.label.lower()} can do this")
    assessment.status = to
    now = clock.now()
    if to in (Status.SUBMITTED, Status.RESUBMITTED):
        assessment.submitted_at = now
    if to == Status.SIGNED_OFF:
        assessment.signed_off_at = now
        assessment.signed_off_by_id = user.id
    assessment.updated_at = now
    return assessment
