"""What a saved version costs: bytes written per autosave of one edited fact, and the time to
read a version back, on bench_journey's assessment at 30, 300 and 3,000 facts (with analysis
citing the facts, 10 dangers with hazards, strengths, a gap and a method, and 12
recommendations), each on a database of its own. Run:

    .venv/bin/python bench/bench_versions.py [--runs N] [--rounds 2]

Not a test: it prints median and p95, each size measured twice (rounds), pinned to one core,
and exits 1 when a goal is missed.

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
from types import SimpleNamespace

import sqlalchemy as sa
from bench_journey import PASSWORD, SENTENCE, build
from timing import Goals, alternately, bench_app, one_core

from assist import clock
from assist.extensions import db
from assist.journey import deltas, version_store
from assist.journey.snapshot import snapshot_of
from assist.models import Assessment, AssessmentVersion, Fact
from assist.runtime import tune_gc

SIZES = (30, 300, 3000)
KB = 1024
EMAIL = "bench@assist.example"  # bench_journey's worker


def _assessment(app, size):
    """The journey bench's assessment at ``size`` facts: (its id, its facts' ids)."""
    assessment, _first = build(app, size)
    fact_ids = db.session.scalars(
        sa.select(Fact.id)
        .where(Fact.assessment_id == assessment.id, Fact.occurred_on <= clock.today())
        .order_by(Fact.number)
    ).all()
    return assessment.id, fact_ids  # the facts a save accepts as they are (none in the future)


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


def autosaves(client, aid, fact_ids, runs):
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
    parser.add_argument("--rounds", type=int, default=2)
    arguments = parser.parse_args()
    goals = Goals()
    for round_number in range(1, arguments.rounds + 1):
        print(f"round {round_number}: bytes written per autosave of one fact, and save time")
        print(
            f"{'facts':>6}{'whole KB':>10}{'median KB':>11}{'p95 KB':>8}{'over a run KB':>15}"
            f"{'save median ms':>16}{'save p95 ms':>13}"
        )
        reads = {size: measure(size, arguments.runs, goals, round_number) for size in SIZES}
        print(f"round {round_number}: keeping a version, and reading one back (ms)")
        print(f"{'facts':>6}{'what':>34}{'median':>9}{'p95':>9}")
        for size, figures in reads.items():
            for name, (median, p95) in figures.items():
                print(f"{size:>6,}{name:>34}{median:>9.1f}{p95:>9.1f}")
        worst = reads[3000][f"read slowest ({deltas.LONGEST_CHAIN - 1} after whole)"][1]
        print(goals.under(f"slowest version at 3,000 facts, round {round_number}", worst, 250))
        print()
    return goals.status()


def measure(size, runs, goals, round_number):
    """One size of case on a database of its own: print the bytes and times of ``runs``
    autosaves and decide their goals; return the times to read versions back."""
    with tempfile.TemporaryDirectory() as folder:
        app = bench_app(folder)
        with app.app_context():
            aid, fact_ids = _assessment(app, size)
            client = app.test_client()
            client.post("/sign-in", data={"email": EMAIL, "password": PASSWORD})
            written, times, whole = autosaves(client, aid, fact_ids, runs)
            per_save, run_length = over_a_run(written, whole)
            median, p95 = statistics.median(written), percentile_95(written)
            print(
                f"{size:>6,}{whole / KB:>10.1f}{median / KB:>11.2f}{p95 / KB:>8.2f}"
                f"{per_save / KB:>9.2f} /{run_length:<4}"
                f"{statistics.median(times):>16.1f}{percentile_95(times):>13.1f}"
            )
            if size >= 300:
                for name, figure in (("median", median), ("p95", p95), ("run", per_save)):
                    label = f"{name} bytes at {size}, round {round_number}"
                    print(f"{'':>6}{goals.at_most(label, figure / KB, 5, 'KB', name)}")
            return read_times(aid, runs)


def read_times(aid, runs):
    """Times to keep a version of one reworded fact (as changes, and whole as every version
    was before), then to read the latest version, one half-way back, and the slowest there can
    be: {what: (median, p95)}."""
    numbers = db.session.scalars(
        sa.select(AssessmentVersion.version)
        .where(AssessmentVersion.assessment_id == aid)
        .order_by(AssessmentVersion.version)
    ).all()
    author_id = db.session.get(Assessment, aid).author_id
    keeping = keeping_times(aid, author_id, runs)
    last = longest_chain(aid, author_id)
    latest, middle = numbers[-1], numbers[len(numbers) // 2]
    reads = {
        f"read latest ({_after_whole(aid, latest)} after whole)": latest,
        f"read half-way ({_after_whole(aid, middle)} after whole)": middle,
        f"read slowest ({_after_whole(aid, last)} after whole)": last,
    }
    for number in reads.values():
        assert version_store.snapshot_at(aid, number) is not None
    actions = {
        name: (lambda number=number: version_store.snapshot_at(aid, number))
        for name, number in reads.items()
    }
    return keeping | alternately(actions, runs)


def keeping_times(aid, author_id, runs):
    """The store's share of an autosave: rebuild the version before, find what changed and
    write it (to the flush, then rolled back), against writing the whole snapshot."""
    snapshot = snapshot_of(db.session.get(Assessment, aid))
    user = SimpleNamespace(id=author_id)
    number = [db.session.scalar(sa.select(sa.func.max(AssessmentVersion.version))) + 100_000]

    def keep(whole):
        number[0] += 1
        changed = dict(snapshot, facts=list(snapshot["facts"]))
        changed["facts"][0] = dict(changed["facts"][0], text=f"Kept {number[0]}")
        version_store.keep(SimpleNamespace(id=aid, version=number[0]), user, changed, whole=whole)
        db.session.flush()
        db.session.rollback()

    return alternately(
        {
            "keep as changes": lambda: keep(False),
            "keep whole (every save before)": lambda: keep(True),
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
