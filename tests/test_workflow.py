"""The status workflow: draft → submitted → returned → resubmitted → signed off."""

import pytest

from assist import workflow
from assist.extensions import db
from assist.models import Assessment, Case
from assist.models import AssessmentStatus as Status


def test_a_full_cycle(world):
    wendy, nadia = world.user("wendy"), world.user("nadia")
    assessment = world.assessments["wendy_draft"]
    assert workflow.can_edit(assessment)
    workflow.move(assessment, Status.SUBMITTED, wendy)
    assert not workflow.can_edit(assessment)
    workflow.move(assessment, Status.RETURNED, nadia)
    assert workflow.can_edit(assessment)
    workflow.move(assessment, Status.RESUBMITTED, wendy)
    workflow.move(assessment, Status.SIGNED_OFF, nadia)
    assert assessment.signed_off_by_id == nadia.id
    assert workflow.allowed_moves(assessment, nadia.role) == []


@pytest.mark.parametrize(
    "start, to",
    [
        (Status.DRAFT, Status.SIGNED_OFF),
        (Status.DRAFT, Status.RETURNED),
        (Status.SIGNED_OFF, Status.RETURNED),
        (Status.SUBMITTED, Status.SUBMITTED),
    ],
)
def test_moves_the_workflow_does_not_allow_are_refused(world, start, to):
    assessment = world.assessments["wendy_draft"]
    assessment.status = start
    with pytest.raises(workflow.NotAllowed, match="cannot be"):
        workflow.move(assessment, to, world.user("nadia"))
    assert assessment.status == start


def test_a_worker_cannot_sign_off_and_a_supervisor_cannot_submit(world):
    submitted = world.assessments["wendy_submitted"]
    with pytest.raises(workflow.NotAllowed, match="Only a supervisor"):
        workflow.move(submitted, Status.SIGNED_OFF, world.user("wendy"))
    draft = world.assessments["wendy_draft"]
    with pytest.raises(workflow.NotAllowed, match="Only a social worker"):
        workflow.move(draft, Status.SUBMITTED, world.user("nadia"))


def test_every_status_is_reachable_from_draft():
    reachable, frontier = {Status.DRAFT}, [Status.DRAFT]
    while frontier:
        current = frontier.pop()
        for frm, to in workflow.TRANSITIONS:
            if frm == current and to not in reachable:
                reachable.add(to)
                frontier.append(to)
    assert reachable == set(Status)


@pytest.mark.db
def test_a_stale_save_is_refused_by_the_version_number(app, world, engine):
    from sqlalchemy.orm.exc import StaleDataError

    assessment_id = world.assessments["wendy_draft"].id
    first = db.session.get(Assessment, assessment_id)
    version_seen = first.version
    # Another tab saves first, through a separate connection.
    with db.engine.begin() as other:
        other.execute(
            Assessment.__table__.update()
            .where(Assessment.id == assessment_id)
            .values(title="changed elsewhere", version=version_seen + 1)
        )
    first.title = "my change"
    with pytest.raises(StaleDataError):
        db.session.commit()
    db.session.rollback()
    assert db.session.get(Assessment, assessment_id).title == "changed elsewhere"


@pytest.mark.db
def test_practice_work_can_never_be_attached_to_a_real_case(app, world, engine):
    from sqlalchemy.exc import IntegrityError

    scenario_id = world.assessments["tara_practice"].scenario_id
    case = db.session.get(Case, world.cases["wendy"].id)
    db.session.add(
        Assessment(
            title="mixed",
            is_practice=True,
            scenario_id=scenario_id,
            case_id=case.id,
            author_id=world.user("tara").id,
        )
    )
    with pytest.raises(IntegrityError):
        db.session.commit()
    db.session.rollback()
    db.session.add(Assessment(title="orphan", is_practice=False, author_id=world.user("wendy").id))
    with pytest.raises(IntegrityError):
        db.session.commit()
