"""Server time of a supervisor's review queue and team page with 500 submitted assessments in
the team (five workers, each assessment with a child, facts, analysis, a danger and a
recommendation), and of the review page of bench_journey's 300-fact assessment.
Run: .venv/bin/python bench/bench_queue.py [--runs N]

Not a test: it prints median and p95 per request, pinned to one core, and exits 1 when a goal is
missed. The first view counts every assessment's findings once (the rubric, stored in
finding_tallies); after that a view reads the stored counts. Goal: p95 < 100 ms for the queue
(as it opens, and filtered)."""

import argparse
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

import sqlalchemy as sa
from timing import Goals, bench_app, one_core, timed

from assist import accounts, clock
from assist.extensions import db
from assist.journey import items
from assist.models import (
    AnalysisStatement,
    Assessment,
    AssessmentStatus,
    Case,
    Child,
    Danger,
    Fact,
    Recommendation,
    Role,
    Team,
    User,
)
from assist.models.content import HowKnown, ItemKind, LinkRole
from assist.runtime import tune_gc

sys.path.insert(0, str(Path(__file__).resolve().parent))  # bench_journey, beside this file

PASSWORD = "benchmark passphrase"  # noqa: S105 (an invented benchmark account)
ASSESSMENTS = 500
SENTENCES = [
    "Nursery saw a bruise on his cheek and he said he fell off the sofa.",
    "The kitchen had no food apart from milk on the unannounced visit.",
    "Mother is uncooperative and the home conditions are poor.",
    "Kai told his teacher that he is hungry when he gets to school.",
]


def build(app):
    team = Team(name="Queue bench team")
    db.session.add(team)
    supervisor = accounts.create_user(
        db.session,
        app.config,
        email="supervisor@assist.example",
        name="Bench Supervisor",
        role=Role.SUPERVISOR,
        password=PASSWORD,
        team=None,
    )
    team.supervisor = supervisor
    workers = [
        accounts.create_user(
            db.session,
            app.config,
            email=f"worker{n}@assist.example",
            name=f"Bench Worker {n}",
            role=Role.WORKER,
            password=PASSWORD,
            team=team,
        )
        for n in range(5)
    ]
    now = clock.now()
    for n in range(ASSESSMENTS):
        worker = workers[n % 5]
        case = Case(reference=f"QUEUE-{n}", family_name="Bench family", worker=worker, team=team)
        assessment = Assessment(
            title=f"Assessment {n}",
            case=case,
            author=worker,
            status=(AssessmentStatus.SUBMITTED, AssessmentStatus.RESUBMITTED)[n % 2],
            submitted_at=now - timedelta(hours=7 * n),
        )
        db.session.add_all([case, assessment])
        db.session.flush()
        aid = assessment.id
        child = Child(assessment_id=aid, name=f"Child {n}", date_of_birth=date(2020, 1, 1))
        facts = [
            Fact(
                assessment_id=aid,
                number=k,
                occurred_on=date(2026, 1, 1) + timedelta(days=k),
                what_happened=SENTENCES[(n + k) % 4],
                source="Nursery manager",
                how_known=HowKnown.PROFESSIONAL,
                category="neglect",
            )
            for k in range(1, 6)
        ]
        statement = AnalysisStatement(
            assessment_id=aid, number=1, meaning_for_child=SENTENCES[n % 4]
        )
        danger = Danger(assessment_id=aid, number=1, feared_outcome="He is seriously injured")
        recommendation = Recommendation(
            assessment_id=aid, number=1, action="Support for the family" if n % 3 else "A medical"
        )
        db.session.add_all([child, *facts, statement, danger, recommendation])
        db.session.flush()
        items.set_links(
            aid, ItemKind.ANALYSIS, statement.id, LinkRole.SUPPORTS, [(ItemKind.FACT, facts[0].id)]
        )
        items.set_links(
            aid,
            ItemKind.RECOMMENDATION,
            recommendation.id,
            LinkRole.ANSWERS,
            [(ItemKind.DANGER, danger.id)],
        )
    db.session.commit()


def add_large_assessment(app):
    """bench_journey's 300-fact assessment, submitted in the same team, for the review page."""
    from bench_journey import build as build_large

    assessment, _fact = build_large(app)
    team = db.session.get(Team, assessment.case.team_id)
    team.supervisor = db.session.scalar(
        sa.select(User).where(User.email == "supervisor@assist.example")
    )
    assessment.status = AssessmentStatus.SUBMITTED
    assessment.submitted_at = clock.now()
    db.session.commit()
    return assessment.id


def main():
    one_core()
    tune_gc()  # as `assist serve` does
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=60)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as folder:
        app = bench_app(folder)
        with app.app_context():
            build(app)
            large_id = add_large_assessment(app)
        client = app.test_client()
        client.post("/sign-in", data={"email": "supervisor@assist.example", "password": PASSWORD})
        start = time.perf_counter()
        first = client.get("/review/")
        assert first.status_code == 200
        print(
            f"first queue view, counting {ASSESSMENTS} assessments' findings once: "
            f"{(time.perf_counter() - start) * 1000:.0f} ms"
        )
        print(f"{'request':<34}{'median ms':>10}{'p95 ms':>10}   ({runs} runs)")
        goals = Goals()
        for name, path, goal in (
            (f"review queue ({ASSESSMENTS})", "/review/", 100),
            ("queue filtered by worker", "/review/?worker=3", 100),
            ("queue filtered by criterion", "/review/?criterion=unsupported-assertion", 100),
            ("team page", "/review/team", None),
            ("team CSV", "/review/team/findings.csv", None),
            ("review page, 300-fact assessment", f"/review/assessments/{large_id}", None),
        ):
            client.get(path)  # warm the template cache
            median, p95 = timed(lambda p=path: client.get(p), runs)
            verdict = goals.under(name, p95, goal) if goal else "(no goal: for reading)"
            print(f"{name:<34}{median:>10.1f}{p95:>10.1f}   {verdict}")
    return goals.status()


if __name__ == "__main__":
    sys.exit(main())
