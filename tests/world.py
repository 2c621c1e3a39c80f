"""A small invented world: two case teams, a trainee team, and one record of every kind.

north team (supervisor Nadia): workers Wendy and Will
south team (supervisor Sol): worker Sasha
trainee team (tutor Nadia): trainees Tara and Toby
admin Ada
"""

from dataclasses import dataclass, field
from datetime import date

import pytest

from assist import accounts, clock
from assist.extensions import db
from assist.journey import items as journey_items
from assist.models import (
    Adult,
    AnalysisStatement,
    Assessment,
    AssessmentStatus,
    Case,
    Child,
    ChildExperience,
    Danger,
    Fact,
    Recommendation,
    RiskFactor,
    Role,
    Scenario,
    Team,
)
from assist.models.content import ExperienceKind, HowKnown, ItemKind, LinkRole, RiskFactorKind

PASSWORD = "invented test passphrase"


@dataclass
class World:
    users: dict = field(default_factory=dict)
    teams: dict = field(default_factory=dict)
    cases: dict = field(default_factory=dict)
    assessments: dict = field(default_factory=dict)
    items: dict = field(default_factory=dict)  # (assessment key, model name) -> item

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
        db.session.flush()
        add_items(w, f"{key}_draft", draft)
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


def add_items(world, key, assessment):
    """One item of every kind, linked fact → analysis → danger → recommendation."""
    child = Child(assessment_id=assessment.id, name=f"Child of {key}")
    adult = Adult(assessment_id=assessment.id, name="Adult", relationship_to_child="father")
    fact = Fact(
        assessment_id=assessment.id,
        number=1,
        occurred_on=date(2026, 3, 2),
        what_happened="Nursery saw a bruise on his cheek",
        source="Nursery manager",
        how_known=HowKnown.PROFESSIONAL,
        category="physical harm",
    )
    db.session.add_all([child, adult, fact])
    db.session.flush()
    experience = ChildExperience(
        assessment_id=assessment.id,
        child_id=child.id,
        kind=ExperienceKind.OBSERVATION,
        text="He flinched",
    )
    analysis = AnalysisStatement(
        assessment_id=assessment.id, number=1, meaning_for_child="He may be hit at home"
    )
    danger = Danger(
        assessment_id=assessment.id,
        number=1,
        child_id=child.id,
        feared_outcome="He is seriously injured",
    )
    recommendation = Recommendation(
        assessment_id=assessment.id, number=1, action="A child protection medical this week"
    )
    db.session.add_all([experience, analysis, danger, recommendation])
    db.session.flush()
    hazard = RiskFactor(
        assessment_id=assessment.id,
        danger_id=danger.id,
        kind=RiskFactorKind.HAZARD,
        text="Father drinks",
    )
    db.session.add(hazard)
    db.session.flush()
    journey_items.set_links(
        assessment.id, ItemKind.ANALYSIS, analysis.id, LinkRole.SUPPORTS, [(ItemKind.FACT, fact.id)]
    )
    journey_items.set_links(
        assessment.id,
        ItemKind.RECOMMENDATION,
        recommendation.id,
        LinkRole.ANSWERS,
        [(ItemKind.DANGER, danger.id)],
    )
    for item in (child, adult, fact, experience, analysis, danger, hazard, recommendation):
        world.items[(key, type(item).__name__)] = item
