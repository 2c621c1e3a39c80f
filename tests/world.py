"""A small invented world: two case teams, a trainee team, and one record of every kind.

north team (supervisor Nadia): workers Wendy and Will
south team (supervisor Sol): worker Sasha
trainee team (tutor Nadia): trainees Tara and Toby
admin Ada
"""

from dataclasses import dataclass, field

import pytest

from assist import accounts, clock
from assist.extensions import db
from assist.models import Assessment, AssessmentStatus, Case, Role, Scenario, Team

PASSWORD = "invented test passphrase"


@dataclass
class World:
    users: dict = field(default_factory=dict)
    teams: dict = field(default_factory=dict)
    cases: dict = field(default_factory=dict)
    assessments: dict = field(default_factory=dict)

    def user(self, key):
        return self.users[key]


def _user(config, world, key, name, role, team):
    user = accounts.create_user(
        db.session,
        config,
        email=f"{key}@assist.example",
        name=name,
        role=role,
        password=PASSWORD,
        team=team,
    )
    world.users[key] = user
    return user


@pytest.fixture
def world(app):
    config = app.config
    w = World()
    north, south = Team(name="North team"), Team(name="South team")
    trainees = Team(name="Trainee team", is_practice=True)
    db.session.add_all([north, south, trainees])
    w.teams.update(north=north, south=south, trainees=trainees)
    _user(config, w, "wendy", "Wendy Worker", Role.WORKER, north)
    _user(config, w, "will", "Will Worker", Role.WORKER, north)
    _user(config, w, "sasha", "Sasha Worker", Role.WORKER, south)
    nadia = _user(config, w, "nadia", "Nadia Supervisor", Role.SUPERVISOR, None)
    sol = _user(config, w, "sol", "Sol Supervisor", Role.SUPERVISOR, None)
    _user(config, w, "tara", "Tara Trainee", Role.TRAINEE, trainees)
    _user(config, w, "toby", "Toby Trainee", Role.TRAINEE, trainees)
    _user(config, w, "ada", "Ada Admin", Role.ADMIN, None)
    north.supervisor, south.supervisor, trainees.supervisor = nadia, sol, nadia

    for key, owner, team in (
        ("wendy", "wendy", north),
        ("will", "will", north),
        ("sasha", "sasha", south),
    ):
        case = Case(
            reference=f"CASE-{key.upper()}",
            family_name=f"{key} family",
            worker=w.users[owner],
            team=team,
        )
        db.session.add(case)
        w.cases[key] = case
        draft = Assessment(title=f"{key} draft", case=case, author=w.users[owner])
        submitted = Assessment(
            title=f"{key} submitted",
            case=case,
            author=w.users[owner],
            status=AssessmentStatus.SUBMITTED,
            submitted_at=clock.now(),
        )
        db.session.add_all([draft, submitted])
        w.assessments[f"{key}_draft"] = draft
        w.assessments[f"{key}_submitted"] = submitted
    scenario = Scenario(
        slug="test-scenario",
        title="Test scenario",
        summary="Invented.",
        source_digest="test",
        content={},
    )
    db.session.add(scenario)
    for key in ("tara", "toby"):
        practice = Assessment(
            title=f"{key} practice", is_practice=True, scenario=scenario, author=w.users[key]
        )
        db.session.add(practice)
        w.assessments[f"{key}_practice"] = practice
    db.session.commit()
    return w
