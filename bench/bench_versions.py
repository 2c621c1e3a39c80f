"""What a saved version costs: bytes written per autosave of one edited fact, and the time to
read a version back, on assessments of 30, 300 and 3,000 facts (each with analysis citing the
facts, 10 dangers with hazards, strengths, a gap and a method, and 12 recommendations). Run:

    .venv/bin/python bench/bench_versions.py [--runs N]

Not a test: it prints median and p95 and exits 1 when a goal is missed.

Bytes are what the database keeps for each new version (the JSON stored in its row, measured by
SQLite, not by the code that wrote it). A whole snapshot is kept now and then (see
``deltas.whole_again``); "over a run" spreads one whole snapshot over the versions kept as
changes after it, as a long session would. Rebuild times read a version through the one reader
every page uses (``version_store.snapshot_at``): the latest, one half-way back, and the slowest
there can be, a version as many changes after its whole snapshot as are ever kept.

Goals: an autosave of one fact writes <= 5 KB (median, p95 and over a run) at 300 and 3,000
facts; reading the slowest version of a 3,000-fact assessment takes < 250 ms (p95)."""

import argparse
import math
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from types import SimpleNamespace

import sqlalchemy as sa
from timing import Goals, alternately, bench_app, one_core

from assist import accounts
from assist.extensions import db
from assist.journey import deltas, items, version_store
from assist.journey.snapshot import snapshot_of
from assist.models import (
    AnalysisStatement,
    Assessment,
    AssessmentVersion,
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
SIZES = (30, 300, 3000)
KB = 1024


def build(app, size):
    """An assessment of ``size`` facts; returns (worker's email, assessment id, fact ids)."""
    team = Team(name=f"Team {size}")
    email = f"bench{size}@assist.example"
    worker = accounts.create_user(
        db.session,
        app.config,
        email=email,
        name="Bench Worker",
        role=Role.WORKER,
        password=PASSWORD,
        team=team,
    )
    case = Case(reference=f"BENCH-{size}", family_name="Bench family", worker=worker, team=team)
    assessment = Assessment(title=f"{size} facts", case=case, author=worker)
    db.session.add_all([team, case, assessment])
    db.session.flush()
    aid = assessment.id
    child = Child(assessment_id=aid, name="Kai")
    facts = [
        Fact(
            assessment_id=aid,
            number=n,
            occurred_on=date(2015, 1, 1) + timedelta(days=n),
            what_happened=f"{SENTENCE} ({n})",
            source="Nursery manager",
            how_known=HowKnown.PROFESSIONAL,
            category=("neglect", "health")[n % 2],
        )
        for n in range(1, size + 1)
    ]
    analysis = [
        AnalysisStatement(assessment_id=aid, number=n, meaning_for_child=f"Hunger. {SENTENCE}")
        for n in range(1, max(size * 80 // 300, 8) + 1)
    ]
    db.session.add_all([child, *facts, *analysis])
    db.session.flush()
    for n, statement in enumerate(analysis):
        cited = [(ItemKind.FACT, facts[(n * 3 + k) % size].id) for k in range(3)]
        items.set_links(aid, ItemKind.ANALYSIS, statement.id, LinkRole.SUPPORTS, cited)
    dangers = []
    for n in range(10):
        danger = Danger(
            assessment_id=aid,
            number=n + 1,
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
            cited = [(ItemKind.FACT, facts[n].id), (ItemKind.ANALYSIS, analysis[n % 8].id)]
            items.set_links(aid, ItemKind.RISK_FACTOR, factor.id, LinkRole.SUPPORTS, cited)
    for n in range(12):
        recommendation = Recommendation(
            assessment_id=aid,
            number=n + 1,
            action=SENTENCE,
            objective_for_child=SENTENCE,
            who="Sam Okafor",
            by_when=date(2030, 1, 1),
            how_we_will_know=SENTENCE,
        )
        db.session.add(recommendation)
        db.session.flush()
        answered = [(ItemKind.DANGER, dangers[n % 10].id)]
        items.set_links(aid, ItemKind.RECOMMENDATION, recommendation.id, LinkRole.ANSWERS, answered)
    db.session.commit()
    return email, aid, [fact.id for fact in facts]


def stored_bytes(aid, number):
    """What the database holds for one version's contents, in bytes, as SQLite counts them."""
    columns = [
        column["name"]
        for column in sa.inspect(db.engine).get_columns("assessment_versions")
        if column["name"] in ("snapshot", "changes")
    ]
    measured = " + ".join(f"coalesce(length(CAST({name} AS BLOB)), 0)" for name in columns)
    return db.session.execute(
        sa.text(
            f"SELECT {measured} FROM assessment_versions"  # noqa: S608 (column names above)
            " WHERE assessment_id = :aid AND version = :number"
        ),
        {"aid": aid, "number": number},
    ).scalar_one()


def autosaves(app, client, aid, fact_ids, runs):
    """Autosave one fact at a time, as the browser does, each a new wording of a different
    fact: (bytes each save wrote, ms each took, bytes of the first, whole, version)."""
    version = [str(db.session.get(Assessment, aid).version)]
    written, times = [], []
    for run in range(runs + 1):
        fact_id = fact_ids[(run * 7919) % len(fact_ids)]  # spread over the chronology
        fact = db.session.get(Fact, fact_id)
        day = fact.occurred_on
        answers = {
            "version": version[0],
            "occurred_on": [str(day.day), str(day.month), str(day.year)],
            "date_precision": "exact",
            "what_happened": f"{SENTENCE} (edited {run})",
            "source": "Nursery manager",
            "how_known": "reported_by_professional",
            "corroborated": "unknown",
            "category": "neglect",
        }
        started = time.perf_counter()
        response = client.post(
            f"/cases/assessments/{aid}/facts/{fact_id}",
            headers={"Accept": "application/json"},
            data=answers,
        )
        took = (time.perf_counter() - started) * 1000
        assert response.status_code == 200 and response.get_json()["saved"], response.status
        db.session.expire_all()
        version[0] = str(db.session.get(Assessment, aid).version)
        if run == 0:
            whole = stored_bytes(aid, int(version[0]))  # the first version is kept whole
            continue
        times.append(took)
        written.append(stored_bytes(aid, int(version[0])))
    return written, times, whole


def over_a_run(written, whole):
    """Bytes per autosave over a whole run of versions: one whole snapshot, then changes until
    the rule keeps one whole again (the changes as measured, repeated in turn)."""
    total, kept = whole, 1
    since_count, since_size = 0, 0
    while True:
        size = written[kept % len(written)]
        if deltas.whole_again(since_count + 1, since_size + size, whole):
            return total / kept, kept
        total, kept = total + size, kept + 1
        since_count, since_size = since_count + 1, since_size + size


def longest_chain(aid, author_id):
    """Keep as many changes after one whole snapshot as the rule ever allows, each one fact
    reworded (as autosaves are), straight through the store: the slowest version to read (at
    a small size the rule keeps a whole one sooner). Returns the number of the last."""
    snapshot = snapshot_of(db.session.get(Assessment, aid))
    start = db.session.scalar(sa.select(sa.func.max(AssessmentVersion.version))) + 1_000
    user = SimpleNamespace(id=author_id)
    version_store.keep(SimpleNamespace(id=aid, version=start), user, snapshot, whole=True)
    for step in range(1, deltas.LONGEST_CHAIN):
        snapshot = dict(snapshot, facts=list(snapshot["facts"]))
        position = (step * 7919) % len(snapshot["facts"])
        snapshot["facts"][position] = dict(snapshot["facts"][position], text=f"Chain {step}")
        version_store.keep(SimpleNamespace(id=aid, version=start + step), user, snapshot)
    db.session.commit()
    return start + deltas.LONGEST_CHAIN - 1


def percentile_95(values):
    ordered = sorted(values)
    return ordered[max(math.ceil(0.95 * len(ordered)) - 1, 0)]


def main():
    one_core()
    tune_gc()  # as `assist serve` does
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=40)
    runs = parser.parse_args().runs
    goals = Goals()
    print(f"bytes written per autosave of one fact ({runs} autosaves each), and save time")
    print(
        f"{'facts':>6}{'whole KB':>10}{'median KB':>11}{'p95 KB':>8}{'over a run KB':>15}"
        f"{'save median ms':>16}{'save p95 ms':>13}"
    )
    rebuilds = {}
    with tempfile.TemporaryDirectory() as folder:
        app = bench_app(folder)
        for size in SIZES:
            with app.app_context():
                email, aid, fact_ids = build(app, size)
                client = app.test_client()
                client.post("/sign-in", data={"email": email, "password": PASSWORD})
                written, times, whole = autosaves(app, client, aid, fact_ids, runs)
                per_save, run_length = over_a_run(written, whole)
                median, p95 = statistics.median(written), percentile_95(written)
                print(
                    f"{size:>6,}{whole / KB:>10.1f}{median / KB:>11.2f}{p95 / KB:>8.2f}"
                    f"{per_save / KB:>9.2f} /{run_length:<4}"
                    f"{statistics.median(times):>16.1f}{percentile_95(times):>13.1f}"
                )
                if size >= 300:
                    for name, figure in (("median", median), ("p95", p95), ("run", per_save)):
                        verdict = goals.at_most(
                            f"{name} bytes at {size}", figure / KB, 5, "KB", name
                        )
                        print(f"{'':>6}{verdict}")
                rebuilds[size] = read_times(aid, runs)
    print(f"\nreading a version back (ms, {runs} reads each)")
    print(f"{'facts':>6}{'version':>34}{'median':>9}{'p95':>9}")
    for size, figures in rebuilds.items():
        for name, (median, p95) in figures.items():
            print(f"{size:>6,}{name:>34}{median:>9.1f}{p95:>9.1f}")
    worst = rebuilds[3000][f"slowest ({deltas.LONGEST_CHAIN - 1} after whole)"][1]
    print(goals.under("slowest version at 3,000 facts", worst, 250))
    return goals.status()


def read_times(aid, runs):
    """Times to read the latest version, one half-way back, and the slowest there can be."""
    numbers = db.session.scalars(
        sa.select(AssessmentVersion.version)
        .where(AssessmentVersion.assessment_id == aid)
        .order_by(AssessmentVersion.version)
    ).all()
    author_id = db.session.get(Assessment, aid).author_id
    last = longest_chain(aid, author_id)
    latest, middle = numbers[-1], numbers[len(numbers) // 2]
    for number in (latest, middle, last):
        assert version_store.snapshot_at(aid, number) is not None
    return alternately(
        {
            f"latest ({_after_whole(aid, latest)} after whole)": lambda: version_store.snapshot_at(
                aid, latest
            ),
            f"half-way ({_after_whole(aid, middle)} after whole)": lambda: (
                version_store.snapshot_at(aid, middle)
            ),
            f"slowest ({_after_whole(aid, last)} after whole)": lambda: version_store.snapshot_at(
                aid, last
            ),
        },
        runs,
    )


def _after_whole(aid, number):
    """How many versions kept as changes lie between ``number`` and the whole one before it."""
    rows = db.session.execute(
        sa.select(AssessmentVersion.based_on)
        .where(AssessmentVersion.assessment_id == aid, AssessmentVersion.version <= number)
        .order_by(AssessmentVersion.version.desc())
    ).scalars()
    count = 0
    for based_on in rows:
        if based_on is None:
            return count
        count += 1
    return count


if __name__ == "__main__":
    sys.exit(main())
