"""What every benchmark shares: timing an action (median and p95, nearest rank, in ms), goals
checked against the figures (so a benchmark can fail), and an app on a fresh SQLite database at
the latest schema."""

from __future__ import annotations

import gc
import math
import os
import statistics
import time
from pathlib import Path

from assist import create_app
from assist.database import migrate_to_latest


def timed(action, runs):
    """(median, p95) in milliseconds. A page request must answer 200: a benchmark of an error
    page would measure the wrong thing."""
    return alternately({"action": action}, runs)["action"]


def alternately(actions, runs):
    """Time several actions in one loop, each run in turn, so that whatever else the machine is
    doing falls on all of them alike: {name: (median, p95)} in ms."""
    gc.collect()
    samples = {name: [] for name in actions}
    for _ in range(runs):
        for name, action in actions.items():
            start = time.perf_counter()
            result = action()
            samples[name].append((time.perf_counter() - start) * 1000)
            status = getattr(result, "status_code", None)
            assert status in (None, 200), status
    return {name: _median_and_p95(values) for name, values in samples.items()}


def _median_and_p95(samples):
    samples = sorted(samples)
    return statistics.median(samples), samples[max(math.ceil(0.95 * len(samples)) - 1, 0)]


class Goals:
    """Each goal decided by its figure, said with the rule that decided it; ``status()`` is the
    exit status: 1 when any goal was missed, so a benchmark can fail."""

    def __init__(self):
        self.missed = []

    def at_most(self, name, figure, limit, unit="ms", what="p95"):
        """'(goal p95 <= 100 ms, was 97.1: met)'."""
        return self.decide(name, figure <= limit, f"{what} <= {limit:,} {unit}", figure)

    def under(self, name, figure, limit, unit="ms", what="p95"):
        """'(goal p95 < 100 ms, was 97.1: met)'."""
        return self.decide(name, figure < limit, f"{what} < {limit:,} {unit}", figure)

    def decide(self, name, met, goal, figure):
        if not met:
            self.missed.append(name)
        shown = f"{figure:,.2f}" if isinstance(figure, float) else str(figure)
        return f"(goal {goal}, was {shown}: {'met' if met else 'MISSED'})"

    def status(self):
        if self.missed:
            print(f"goals missed: {', '.join(self.missed)}")
            return 1
        print("every goal met")
        return 0


def one_core():
    """Run on one core, for goals stated on one core (where the system allows it)."""
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})


def bench_app(folder):
    """The app on a new SQLite database in ``folder``, migrated (call inside nothing)."""
    app = create_app(
        "test", SQLALCHEMY_DATABASE_URI=f"sqlite:///{Path(folder)}/bench.db", INSTANCE_PATH=folder
    )
    with app.app_context():
        migrate_to_latest()
    return app
