"""Helpers for supervisor review tests: submit through the worker's own pages, then review."""

import pytest
import sqlalchemy as sa

from assist.extensions import db
from assist.models import Assessment


def fresh(assessment):
    db.session.expire_all()
    return db.session.get(Assessment, assessment.id)


def post(pages, endpoint, data, **values):
    return pages.client.post(pages.url(endpoint, **values), data=data)


def submit_as_worker(pages, world, key="wendy"):
    """The worker's draft, submitted through the submit button, then the supervisor signed in."""
    draft = world.assessments[f"{key}_draft"]
    pages.sign_in(world.user(key))
    response = post(
        pages, "author.submit", {"version": fresh(draft).version}, assessment_id=draft.id
    )
    assert response.status_code == 200
    return fresh(draft)


@pytest.fixture
def submitted(pages, world):
    assessment = submit_as_worker(pages, world)
    pages.sign_in(world.user("nadia"))
    return assessment


def count(model, *where):
    return db.session.scalar(sa.select(sa.func.count()).select_from(model).where(*where))
