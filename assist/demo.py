"""Demo accounts and data, loaded once. Every name, place and event here is invented."""

from datetime import timedelta

import sqlalchemy as sa

from assist import accounts, audit, clock
from assist.models import (
    Assessment,
    AssessmentStatus,
    Case,
    Role,
    Team,
    User,
)
from assist.models.content import ExperienceKind, HowKnown, Probability, RiskFactorKind

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
        _demo_practice(session, None)  # scenario files may have changed since
        session.commit()
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
    _demo_history(session, users, case_team)
    _demo_practice(session, users["tom.baxendale@assist.example"])
    audit.record("demo_loaded", user=users["alex.morgan@assist.example"])
    session.commit()
    return True


def _demo_cases(session, users, team):
    sam = users["sam.okafor@assist.example"]
    jo = users["jo.lindqvist@assist.example"]
    today = clock.today()
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
    _demo_assessment(session, draft, sam, today)
    # Something for the supervisor to review: the same shape of story, another invented family.
    _demo_assessment(session, submitted, sam, today, names=ADEBAYO_KERR)


def _family(child, mother, partner):
    """Names to put in place of the Whitlows', full names first so they win."""
    return {
        "Kai Whitlow": child,
        "Leah Whitlow": mother,
        "Dean Pryce": partner,
        "Kai": child.split()[0],
        "Leah": mother.split()[0],
        "Dean": partner.split()[0],
    }


# The draft's story is told with the Whitlow family's names; another family's assessment is
# the same story with these names put in their place (longest first, so full names win).
ADEBAYO_KERR = {
    "Kai Whitlow": "Tayo Adebayo-Kerr",
    "Leah Whitlow": "Funmi Adebayo-Kerr",
    "Dean Pryce": "Craig Hollis",
    "Little Acorns": "Brookside Nursery",
    "Kai": "Tayo",
    "Leah": "Funmi",
    "Dean": "Craig",
}


# Earlier, signed-off assessments by other invented families, so the supervisor's "what the team
# keeps getting wrong" page has quarters to compare.
HISTORY = [
    (
        "CS-2026-0012",
        "The Okonjo family",
        _family("Ada Okonjo", "Chi Okonjo", "Ike Bassey"),
        280,
        False,
    ),
    (
        "CS-2026-0035",
        "The Brennan family",
        _family("Finn Brennan", "Orla Brennan", "Gary Doyle"),
        190,
        False,
    ),
    (
        "CS-2026-0061",
        "The Sato family",
        _family("Ren Sato", "Mai Sato", "Tom Kerridge"),
        100,
        True,
    ),
]


def _demo_history(session, users, team):
    sam = users["sam.okafor@assist.example"]
    for reference, family, names, days_ago, with_experience in HISTORY:
        when = clock.now() - timedelta(days=days_ago)
        case = Case(reference=reference, family_name=family, worker=sam, team=team)
        assessment = Assessment(
            title="Child and family assessment",
            case=case,
            author=sam,
            status=AssessmentStatus.SIGNED_OFF,
            submitted_at=when,
        )
        session.add_all([case, assessment])
        session.flush()
        today = when.date()
        _demo_assessment(session, assessment, sam, today, names, with_experience)


def _rename(session, assessment_id, names):
    from assist.journey.kinds import KINDS

    for model in (kind.model for kind in KINDS):
        rows = session.scalars(sa.select(model).where(model.assessment_id == assessment_id))
        columns = [c.key for c in model.__table__.columns if isinstance(c.type, sa.String)]
        for row in rows:
            for column in columns:
                value = getattr(row, column)
                if not isinstance(value, str):
                    continue
                renamed = value
                for old, new in names.items():
                    renamed = renamed.replace(old, new)
                if renamed != value:  # enum members are strs too: leave them as they are
                    setattr(row, column, renamed)
    session.flush()


def _demo_assessment(session, assessment, author, today, names=None, with_experience=True):
    """A draft part-way through the journey, so a new user sees every section at work."""
    from assist import document as doc
    from assist.journey.snapshot import snapshot_of
    from assist.journey.writing import write_document
    from assist.models import AssessmentVersion

    def day(days_ago):
        return (today - timedelta(days=days_ago)).isoformat()

    facts = [
        (
            400,
            "Health visitor recorded that Kai had missed his 12-month review; two further "
            "appointments were not attended.",
            "Health visitor, Northside clinic",
            HowKnown.PROFESSIONAL,
            "health",
        ),
        (
            30,
            "Nursery reported that Kai arrived in the same clothes on four consecutive days "
            "and ate two breakfasts on arrival.",
            "Nursery manager, Little Acorns",
            HowKnown.PROFESSIONAL,
            "neglect",
        ),
        (
            6,
            "On my home visit at 10:15 there was no food in the fridge apart from a carton of "
            "milk; Kai's cot had no mattress sheet.",
            "My home visit",
            HowKnown.SEEN,
            "home conditions",
        ),
        (
            6,
            "Leah said Dean looks after Kai in the evenings while she works.",
            "Leah Whitlow, at my home visit",
            HowKnown.PARENT_SAID,
            "other",
        ),
    ]
    experiences = []
    if with_experience:
        experiences.append(
            doc.Experience(
                ref="E1",
                kind=ExperienceKind.OBSERVATION,
                child_ref="C1",
                text="Kai did not look to his mother when he fell; he went to me, a stranger, "
                "for comfort, and ate a biscuit quickly and hid the second.",
                heard_on=day(6),
                how_heard="Home visit, 40 minutes",
            )
        )
    document = doc.Document(
        title=assessment.title,
        children=[
            doc.Child(
                ref="C1",
                name="Kai Whitlow",
                date_of_birth=day(800),
                first_language="English",
                communication_needs="Says a few single words",
                is_preverbal=True,
            )
        ],
        adults=[
            doc.Adult(ref="P1", name="Leah Whitlow", relationship_to_child="Mother"),
            doc.Adult(
                ref="P2",
                name="Dean Pryce",
                relationship_to_child="Mother's partner",
                lives_in_household=False,
                notes="Visits most evenings; not yet spoken to.",
            ),
        ],
        facts=[
            doc.Fact(
                ref=f"F{number}",
                text=text,
                date=day(days_ago),
                source=source,
                how_known=how,
                category=category,
                is_historic=days_ago > 365,
            )
            for number, (days_ago, text, source, how, category) in enumerate(facts, start=1)
        ],
        experiences=experiences,
        analysis=[
            doc.Analysis(
                ref="A1",
                is_pattern=True,
                text="Kai is often hungry and his basic care is missed. Over a year the "
                "missed health reviews, his hunger at nursery and the empty fridge show a "
                "pattern of neglect, not a bad week: for Kai this means going without food "
                "and comfort.",
                reasoning="Three sources over 13 months say the same thing.",
                cites=["F1", "F2", "F3"],
            )
        ],
        dangers=[
            doc.Danger(
                ref="D1",
                child_ref="C1",
                probability=Probability.HIGH,
                text="Kai's growth and development are harmed because he is not "
                "fed or cared for consistently.",
                probability_reasoning="The pattern has lasted a year and is getting worse.",
                factors=[
                    doc.Factor(
                        ref="H1",
                        kind=RiskFactorKind.HAZARD,
                        text="No food in the home at the time of my visit.",
                        cites=["F3"],
                    ),
                    doc.Factor(
                        ref="S1",
                        kind=RiskFactorKind.STRENGTH,
                        text="Kai attends nursery every weekday, where he is fed.",
                    ),
                    doc.Factor(
                        ref="G1",
                        kind=RiskFactorKind.INFORMATION_GAP,
                        text="What Dean's care of Kai is like in the evenings.",
                        how_to_fill="Meet Dean at home within two weeks.",
                    ),
                ],
            )
        ],
        recommendations=[
            doc.Recommendation(
                ref="R1",
                who="Sam Okafor, social worker",
                action="Meet Dean Pryce at home and assess his care of Kai in the evenings.",
                objective="Kai is fed and cared for by whoever looks after him.",
                by_when=(today + timedelta(days=14)).isoformat(),
                how_we_will_know="Nursery reports Kai arrives fed and in clean clothes for "
                "four weeks.",
                answers=["D1"],
                fills=["G1"],
            )
        ],
    )
    write_document(assessment.id, document, today=today)
    if names:
        _rename(session, assessment.id, names)
    session.add(
        AssessmentVersion(
            assessment_id=assessment.id,
            version=assessment.version,
            saved_by_id=author.id,
            snapshot=snapshot_of(assessment),
        )
    )


def _demo_practice(session, trainee):
    """The scenarios in scenarios/, so the demo trainee has every one to practise on."""
    from assist.practice.catalogue import sync_scenarios

    sync_scenarios(session)
