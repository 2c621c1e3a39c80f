import pytest
import sqlalchemy as sa

from assist.extensions import db
from assist.models import Assessment, Scenario
from assist.practice.catalogue import sync_scenarios


@pytest.fixture
def scenarios(world):
    sync_scenarios(db.session)
    db.session.commit()
    rows = db.session.scalars(sa.select(Scenario)).all()
    return {s.slug: s for s in rows}


def start(pages, scenario):
    response = pages.post("trainee.start", values={"scenario_id": scenario.id})
    attempt_id = int(response.location.rstrip("/").split("/")[-1])
    return db.session.get(Assessment, attempt_id)


def version_of(assessment):
    """The version a form must say it was based on: the assessment's as it is now."""
    db.session.expire_all()
    return str(db.session.get(Assessment, assessment.id).version)
