"""Demo accounts and data, loaded once. Every name, place and event here is invented."""

from datetime import timedelta

import sqlalchemy as sa

from assist import accounts, audit, clock
from assist.models import (
    Assessment,
    AssessmentStatus,
    Case,
    Fact,
    Role,
    Scenario,
    Team,
    User,
)
from assist.models.content import HowKnown

# Invented demo passphrases, printed by `make run`; never used outside the demo database.
DEMO_PASSWORD = "demo passphrase for {role}"  # noqa: S105

DEMO_ACCOUNTS = [
    ("sam.okafor@assist.example", "Sam Okafor", Role.WORKER, "case"),
    ("jo.lindqvist@assist.example", "Jo Lindqvist", Role.WORKER, "case"),
    ("priya.raman@assist.example", "Priya Raman", Role.SUPERVISOR, None),
    ("tom.baxendale@assist.example", "Tom Baxendale", Role.TRAINEE, "practice"),
    ("alex.morgan@assist.example", "Alex Morgan", Role.ADMIN, None),
]


def demo_logins():
    """(role label, email, password) for each demo account, for printing."""
    return [
        (role.label, email, DEMO_PASSWORD.format(role=role.value.replace("_", " ")))
        for email, _name, role, _team in DEMO_ACCOUNTS
    ]


def load_demo(session, config):
    """Load the demo data unless it is already there. Returns True if it loaded."""
    first_email = DEMO_ACCOUNTS[0][0]
    if session.scalar(sa.select(User.id).where(User.email == first_email)) is not None:
        return False
    case_team = Team(name="Northside assessment team")
    practice_team = Team(name="Trainee cohort 2026", is_practice=True)
    session.add_all([case_team, practice_team])
    users = {}
    for email, name, role, team_kind in DEMO_ACCOUNTS:
        team = {"case": case_team, "practice": practice_team}.get(team_kind)
        password = DEMO_PASSWORD.format(role=role.value.replace("_", " "))
        users[email] = accounts.create_user(
            session, config, email=email, name=name, role=role, password=password, team=team
        )
    supervisor = users["priya.raman@assist.example"]
    case_team.supervisor = supervisor
    practice_team.supervisor = supervisor
    _demo_cases(session, users, case_team)
    _demo_practice(session, users["tom.baxendale@assist.example"])
    audit.record("demo_loaded", user=users["alex.morgan@assist.example"])
    session.commit()
    return True


def _demo_cases(session, users, team):
    sam = users["sam.okafor@assist.example"]
    jo = users["jo.lindqvist@assist.example"]
    today = clock.now().date()
    draft_case = Case(
        reference="CS-2026-0142", family_name="The Whitlow family", worker=sam, team=team
    )
    submitted_case = Case(
        reference="CS-2026-0097", family_name="The Adebayo-Kerr family", worker=sam, team=team
    )
    other_case = Case(
        reference="CS-2026-0151", family_name="The Marsh family", worker=jo, team=team
    )
    session.add_all([draft_case, submitted_case, other_case])
    draft = Assessment(title="Child and family assessment", case=draft_case, author=sam)
    submitted = Assessment(
        title="Child and family assessment",
        case=submitted_case,
        author=sam,
        status=AssessmentStatus.SUBMITTED,
        submitted_at=clock.now(),
    )
    other = Assessment(title="Child and family assessment", case=other_case, author=jo)
    session.add_all([draft, submitted, other])
    session.flush()
    facts = [
        (
            today - timedelta(days=400),
            "Health visitor recorded that Kai (then 14 months) had "
            "missed his 12-month review; two further appointments were not attended.",
            "Health visitor, Northside clinic",
            HowKnown.PROFESSIONAL,
            "health",
        ),
        (
            today - timedelta(days=30),
            "Nursery reported that Kai arrived in the same clothes on "
            "four consecutive days and ate two breakfasts on arrival.",
            "Nursery manager, Little Acorns",
            HowKnown.PROFESSIONAL,
            "neglect",
        ),
        (
            today - timedelta(days=6),
            "On my home visit at 10:15 there was no food in the fridge "
            "apart from a carton of milk; Kai's cot had no mattress sheet.",
            "My home visit",
            HowKnown.SEEN,
            "home conditions",
        ),
    ]
    for number, (when, text, source, how, category) in enumerate(facts, start=1):
        session.add(
            Fact(
                assessment_id=draft.id,
                number=number,
                occurred_on=when,
                what_happened=text,
                source=source,
                how_known=how,
                category=category,
                is_historic=when < today - timedelta(days=365),
            )
        )


def _demo_practice(session, trainee):
    scenario = Scenario(
        slug="demo-fenwick",
        title="The Fenwick family (fictional)",
        summary="A demonstration scenario: a toddler, a new partner no one has assessed, and "
        "missed health appointments.",
        source_digest="demo",
        content={"demo": True},
    )
    session.add(scenario)
    session.add(
        Assessment(
            title="Practice: the Fenwick family",
            is_practice=True,
            scenario=scenario,
            author=trainee,
        )
    )
