"""Server time of the journey's heaviest pages and of an autosave, on a large assessment:
300 facts, 80 analysis statements, 10 dangers (each with hazards, strengths, a gap and a
method) and 12 recommendations. Run: .venv/bin/python bench/bench_journey.py [--runs N]

Not a test: it prints median and p95 per request, pinned to one core, and exits 1 when a goal is
missed. Goal: p95 < 100 ms for pages and < 50 ms for an autosave, on one core."""

import argparse
import sys
import tempfile
from datetime import date, timedelta

from timing import Goals, bench_app, one_core, timed

from assist import accounts
from assist.extensions import db
from assist.journey import items
from assist.models import (
    AnalysisStatement,
    Assessment,
    Case,
    Child,
    Danger,
    Fact,
    Recommendation,
    RiskFactor,
    Role,
    Team,
)
from assist.models.content import HowKnown, ItemKind, LinkRole, Probability, RiskFactorKind
from assist.runtime import tune_gc

PASSWORD = "benchmark passphrase"  # noqa: S105 (an invented benchmark account)
SENTENCE = (
    "On the visit at 10:15 the kitchen had no food apart from milk and Kai asked twice "
    "for a biscuit; his mother said the money had run out on Tuesday."
)


def build(app):
    team = Team(name="Bench team")
    db.session.add(team)
    worker = accounts.create_user(
        db.session,
        app.config,
        email="bench@assist.example",
        name="Bench Worker",
        role=Role.WORKER,
        password=PASSWORD,
        team=team,
    )
    case = Case(reference="BENCH-1", family_name="Bench family", worker=worker, team=team)
    assessment = Assessment(title="Large assessment", case=case, author=worker)
    db.session.add_all([case, assessment])
    db.session.flush()
    aid = assessment.id
    child = Child(assessment_id=aid, name="Kai")
    db.session.add(child)
    facts = [
        Fact(
            assessment_id=aid,
            number=n,
            occurred_on=date(2020, 1, 1) + timedelta(days=5 * n),
            what_happened=f"{SENTENCE} ({n})",
            source="Nursery manager",
            how_known=HowKnown.PROFESSIONAL,
            category=("neglect", "health")[n % 2],
        )
        for n in range(1, 301)
    ]
    analysis = [
        AnalysisStatement(
            assessment_id=aid, number=n, meaning_for_child=f"For Kai this means hunger. {SENTENCE}"
        )
        for n in range(1, 81)
    ]
    db.session.add_all(facts + analysis)
    db.session.flush()
    for n, statement in enumerate(analysis):
        items.set_links(
            aid,
            ItemKind.ANALYSIS,
            statement.id,
            LinkRole.SUPPORTS,
            [(ItemKind.FACT, facts[(n * 3 + k) % 300].id) for k in range(3)],
        )
    dangers = []
    for n in range(1, 11):
        danger = Danger(
            assessment_id=aid,
            number=n,
            child_id=child.id,
            feared_outcome=SENTENCE,
            probability=Probability.HIGH,
            probability_reasoning=SENTENCE,
        )
        db.session.add(danger)
        db.session.flush()
        dangers.append(danger)
        for kind in RiskFactorKind:
            factor = RiskFactor(assessment_id=aid, danger_id=danger.id, kind=kind, text=SENTENCE)
            db.session.add(factor)
            db.session.flush()
            items.set_links(
                aid,
                ItemKind.RISK_FACTOR,
                factor.id,
                LinkRole.SUPPORTS,
                [(ItemKind.FACT, facts[n].id), (ItemKind.ANALYSIS, analysis[n].id)],
            )
    for n in range(1, 13):
        recommendation = Recommendation(
            assessment_id=aid,
            number=n,
            action=SENTENCE,
            objective_for_child=SENTENCE,
            who="Sam Okafor",
            by_when=date(2030, 1, 1),
            how_we_will_know=SENTENCE,
        )
        db.session.add(recommendation)
        db.session.flush()
        items.set_links(
            aid,
            ItemKind.RECOMMENDATION,
            recommendation.id,
            LinkRole.ANSWERS,
            [(ItemKind.DANGER, dangers[n % 10].id)],
        )
    db.session.commit()
    return assessment, facts[0]


def main():
    one_core()
    tune_gc()  # as `assist serve` does
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=60)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as folder:
        app = bench_app(folder)
        with app.app_context():
            assessment, fact = build(app)
            aid, fact_id = assessment.id, fact.id
        client = app.test_client()
        client.post("/sign-in", data={"email": "bench@assist.example", "password": PASSWORD})
        base = f"/cases/assessments/{aid}"
        print(f"{'request':<28}{'median ms':>10}{'p95 ms':>10}   ({runs} runs)")
        goals = Goals()
        for name, path in (
            ("check your answers", "/check"),
            ("reasoning map", "/map"),
            ("facts and chronology", "/facts"),
            ("task list", ""),
        ):
            client.get(base + path)  # warm the template cache
            median, p95 = timed(lambda p=path: client.get(base + p), runs)
            print(f"{name:<28}{median:>10.1f}{p95:>10.1f}   {goals.under(name, p95, 100)}")
        version = [assessment.version]

        def autosave():
            response = client.post(
                f"{base}/facts/{fact_id}",
                headers={"Accept": "application/json"},
                data={
                    "version": version[0],
                    "occurred_on": ["6", "1", "2020"],
                    "date_precision": "exact",
                    "what_happened": f"{SENTENCE} edited",
                    "source": "Nursery manager",
                    "how_known": "reported_by_professional",
                    "corroborated": "unknown",
                    "category": "neglect",
                },
            )
            version[0] = response.get_json()["version"]
            return response

        median, p95 = timed(autosave, runs)
        print(
            f"{'autosave of one fact':<28}{median:>10.1f}{p95:>10.1f}   "
            + goals.under("autosave", p95, 50)
        )
    return goals.status()


if __name__ == "__main__":
    sys.exit(main())
