"""Server time and size of the journey's heaviest pages, and the time of an autosave, as the
case grows: 30, 300 and 3,000 facts, with 80 analysis statements (fewer with 30 facts), 10
dangers (each with hazards, strengths, a gap and a method) and 12 recommendations.
Run: .venv/bin/python bench/bench_journey.py [--runs N] [--facts 30 300 3000] [--rounds 2]

Not a test: it prints median and p95 per request and the page's size, each size measured twice
(rounds), pinned to one core, and exits 1 when a goal is missed. Goals (issue 15), in every
round: p95 < 100 ms and < 500 KB for the facts page (as it opens, and at the page a link to
its last fact opens), check your answers and the reasoning map; p95 < 50 ms for an autosave.
Pages work out the rubric's findings, the spelling and the map once for each saved version
(``assist.journey.version_cache``): the rows above are pages looked at again. Without a goal,
two rows show what the first look at a new version costs (after a save, or in another
process): the facts page as it opens then, and the rubric's check of the facts section in it."""

import argparse
import sys
import tempfile
from datetime import date, timedelta

from timing import Goals, alternately, bench_app, one_core, timed

from assist import accounts
from assist.extensions import db
from assist.findings import rubric
from assist.journey import items, version_cache
from assist.journey.snapshot import to_document
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
from assist.rubric import check
from assist.runtime import tune_gc

PASSWORD = "benchmark passphrase"  # noqa: S105 (an invented benchmark account)
SENTENCE = (
    "On the visit at 10:15 the kitchen had no food apart from milk and Kai asked twice "
    "for a biscuit; his mother said the money had run out on Tuesday."
)


def build(app, fact_count=300):
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
        for n in range(1, fact_count + 1)
    ]
    analysis = [
        AnalysisStatement(
            assessment_id=aid, number=n, meaning_for_child=f"For Kai this means hunger. {SENTENCE}"
        )
        for n in range(1, min(80, fact_count) + 1)
    ]
    db.session.add_all(facts + analysis)
    db.session.flush()
    for n, statement in enumerate(analysis):
        items.set_links(
            aid,
            ItemKind.ANALYSIS,
            statement.id,
            LinkRole.SUPPORTS,
            [(ItemKind.FACT, facts[(n * 3 + k) % fact_count].id) for k in range(3)],
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
                [
                    (ItemKind.FACT, facts[n % fact_count].id),
                    (ItemKind.ANALYSIS, analysis[n % len(analysis)].id),
                ],
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


PAGES = (
    ("facts page", "/facts"),
    ("facts page at its last fact", "/facts?fact=F{last}"),
    ("check your answers", "/check"),
    ("reasoning map", "/map"),
)


def measure(fact_count, runs, goals, round_number):
    """One size of case: each page's median, p95 and size, the rubric's share, an autosave."""
    with tempfile.TemporaryDirectory() as folder:
        app = bench_app(folder)
        with app.app_context():
            assessment, fact = build(app, fact_count)
            aid, fact_id = assessment.id, fact.id
        client = app.test_client()
        client.post("/sign-in", data={"email": "bench@assist.example", "password": PASSWORD})
        base = f"/cases/assessments/{aid}"
        paths = {name: base + path.format(last=fact_count) for name, path in PAGES}
        sizes = {name: len(client.get(path).data) for name, path in paths.items()}  # warm
        timings = alternately(
            {name: (lambda p=path: client.get(p)) for name, path in paths.items()}, runs
        )
        for name, (median, p95) in timings.items():
            label = f"{name}, {fact_count:,} facts, round {round_number}"
            kilobytes = sizes[name] / 1024
            size_goal = goals.under(label + " size", kilobytes, 500, "KB", "size")
            print(
                f"{name:<30}{fact_count:>7,}{median:>10.1f}{p95:>9.1f}{kilobytes:>9,.0f}   "
                f"{goals.under(label, p95, 100)} {size_goal}"
            )
        median, p95 = timed(lambda: at_a_new_version(lambda: client.get(paths["facts page"])), runs)
        print(f"{'facts page, new version':<30}{fact_count:>7,}{median:>10.1f}{p95:>9.1f}")
        with app.test_request_context():
            assessment = db.session.get(Assessment, aid)
            document = to_document(assessment)
            median, p95 = timed(lambda: check(document, rubric(), sections=["facts"]), runs)
        print(f"{'  of which the rubric':<30}{fact_count:>7,}{median:>10.1f}{p95:>9.1f}")
        version = [assessment.version]

        def autosave():
            response = client.post(
                f"{base}/facts/{fact_id}",
                headers={"Accept": "application/json"},
                data={
                    "version": version[0],
                    "occurred_on": ["6", "1", "2020"],
                    "date_precision": "exact",
                    "what_happened": f"{SENTENCE} edited {version[0]}",
                    "source": "Nursery manager",
                    "how_known": "reported_by_professional",
                    "corroborated": "unknown",
                    "category": "neglect",
                },
            )
            version[0] = response.get_json()["version"]
            return response

        median, p95 = timed(autosave, runs)
        label = f"autosave, {fact_count:,} facts, round {round_number}"
        print(
            f"{'autosave of one fact':<30}{fact_count:>7,}{median:>10.1f}{p95:>9.1f}{'':>9}   "
            + goals.under(label, p95, 50)
        )


def at_a_new_version(request):
    """``request()`` as the first look at a version: nothing worked out for it yet."""
    version_cache.forget_all()
    return request()


def main():
    one_core()
    tune_gc()  # as `assist serve` does
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=40)
    parser.add_argument("--facts", type=int, nargs="+", default=[30, 300, 3000])
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    goals = Goals()
    for round_number in range(1, args.rounds + 1):
        print(f"round {round_number} ({args.runs} runs of each, requests taken in turn)")
        print(f"{'request':<30}{'facts':>7}{'median ms':>10}{'p95 ms':>9}{'KB':>9}")
        for fact_count in args.facts:
            measure(fact_count, args.runs, goals, round_number)
    return goals.status()


if __name__ == "__main__":
    sys.exit(main())
