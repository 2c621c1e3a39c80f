"""Concurrent writers on two `assist serve` processes sharing one PostgreSQL, as behind a
reverse proxy (docs/production.md). Run:

    .venv/bin/python bench/bench_two_processes.py [--writers 4,16] [--facts 300]
        [--seconds 30] [--rounds 2] [--database-url postgresql://...]

Each writer is a worker on their own assessment of --facts facts, signed in on one process
(half on each), autosaving one fact as fast as the server answers, each save based on the
version its last answer named. It prints, for each number of writers and round: saves a
second, the median and p95 of a save in ms (timing.py's nearest rank), 409s, 503s, other
errors and lost saves (the last acknowledged words of a writer not what is stored). Goals:
errors 0 and lost 0 in every run (a 503 says the service is busy and keeps what was typed: it
is counted, not an error). Without --database-url it uses ASSIST_TEST_POSTGRES_URL's server
(`scripts/test-postgres start DIR` prints one)."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

import psycopg
import requests
import sqlalchemy as sa
from sqlalchemy.engine import make_url

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_concurrent_saves import (  # noqa: E402
    PASSWORD,
    TOKEN,
    VERSION,
    autosave,
    form,
)
from bench.servers import assist_serve, running, sign_in  # noqa: E402
from bench.timing import Goals, _median_and_p95  # noqa: E402


def fresh_database(server_url):
    """A new, empty database on the server at ``server_url``; its URL."""
    url = make_url(server_url)
    name = f"assist_bench_two_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(
        host=url.host, port=url.port, user=url.username, dbname=url.database, autocommit=True
    ) as connection:
        connection.execute(f"CREATE DATABASE {name}")
    return url.set(database=name).render_as_string(hide_password=False)


def build(database_url, instance, writers, facts):
    """A worker and an assessment of ``facts`` facts for each writer; [(email, assessment id,
    fact id)]."""
    from assist import accounts, create_app
    from assist.database import migrate_to_latest
    from assist.extensions import db
    from assist.journey.saving import record_save
    from assist.models import Assessment, Case, Fact, Role, Team
    from assist.models.content import HowKnown

    app = create_app("test", SQLALCHEMY_DATABASE_URI=database_url, INSTANCE_PATH=instance)
    made = []
    with app.app_context():
        migrate_to_latest()
        team = Team(name="Bench team")
        db.session.add(team)
        for n in range(writers):
            email = f"writer{n}@assist.example"
            worker = accounts.create_user(
                db.session,
                app.config,
                email=email,
                name=f"Writer {n}",
                role=Role.WORKER,
                password=PASSWORD,
                team=team,
            )
            case = Case(reference=f"BENCH-TWO-{n}", family_name="Bench", worker=worker, team=team)
            assessment = Assessment(title="Written on two processes", case=case, author=worker)
            db.session.add_all([case, assessment])
            db.session.flush()
            rows = [
                Fact(
                    assessment_id=assessment.id,
                    number=number,
                    occurred_on=date(2024, 1, 1) + timedelta(days=number),
                    what_happened=f"The nursery reported visit {number} went ahead as planned.",
                    source="Nursery",
                    how_known=HowKnown.PROFESSIONAL,
                )
                for number in range(1, facts + 1)
            ]
            db.session.add_all(rows)
            record_save(assessment, worker, "create", assessment)
            db.session.commit()
            made.append((email, assessment.id, rows[0].id))
        db.engine.dispose()
    return made


def writer(base, email, assessment_id, fact_id, until, outcomes, timings, last_saved):
    http = requests.Session()
    sign_in(http, base, email, PASSWORD)
    url = f"{base}/cases/assessments/{assessment_id}/facts/{fact_id}"
    page = http.get(url, timeout=120).text
    token, version = TOKEN.search(page).group(1), int(VERSION.search(page).group(1))
    number = 0
    while time.monotonic() < until:
        number += 1
        text = f"{email} save {number}: the nursery saw Ava arrive hungry."
        started = time.perf_counter()
        answer, body = autosave(http, url, form(version, text, token), outcomes)
        if answer is None:
            continue
        timings.append((time.perf_counter() - started) * 1000)
        if answer.status_code == 200 and body.get("saved"):
            outcomes["acknowledged"] += 1
            version = body["version"]
            last_saved[fact_id] = text
        elif answer.status_code == 409:
            outcomes["409"] += 1  # nobody else writes this assessment: none is expected
            version = int(VERSION.search(http.get(url, timeout=120).text).group(1))
        elif answer.status_code == 503:
            outcomes["503"] += 1
        else:
            outcomes[f"{answer.status_code}"] += 1


def lost_saves(database_url, last_saved):
    engine = sa.create_engine(database_url.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.connect() as connection:
        stored = dict(connection.execute(sa.text("SELECT id, what_happened FROM facts")).all())
    engine.dispose()
    return sum(1 for fact_id, text in last_saved.items() if stored.get(fact_id) != text)


def one_run(bases, made, seconds, database_url):
    outcomes, timings, last_saved = Counter(), [], {}
    until = time.monotonic() + seconds
    threads = [
        threading.Thread(
            target=writer,
            args=(bases[n % 2], *made[n], until, outcomes, timings, last_saved),
        )
        for n in range(len(made))
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    median, p95 = _median_and_p95(timings) if timings else (0.0, 0.0)
    errors = sum(v for k, v in outcomes.items() if k not in ("acknowledged", "409", "503"))
    return outcomes, median, p95, errors, lost_saves(database_url, last_saved)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--writers", default="4,16", help="numbers of writers, comma-separated")
    parser.add_argument("--facts", type=int, default=300)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--database-url", default=os.environ.get("ASSIST_TEST_POSTGRES_URL"))
    args = parser.parse_args()
    if not args.database_url:
        raise SystemExit(
            "Needs a PostgreSQL server: --database-url, or ASSIST_TEST_POSTGRES_URL from "
            "`scripts/test-postgres start DIR`"
        )
    counts = [int(n) for n in args.writers.split(",")]
    database_url = fresh_database(args.database_url)
    folder = tempfile.mkdtemp(prefix="bench-two-")
    made = build(database_url, folder, max(counts), args.facts)
    environments = [
        dict(
            os.environ,
            ASSIST_DATABASE_URL=database_url,
            ASSIST_INSTANCE_PATH=str(Path(folder) / name),
            ASSIST_SECRET_KEY="an invented key shared by both bench processes",  # noqa: S106
        )
        for name in ("a", "b")
    ]
    goals = Goals()
    print(f"two processes, one PostgreSQL; {args.facts}-fact assessments, {args.seconds:g} s a run")
    print(
        f"{'writers':>7} {'round':>5} {'saves/s':>8} {'median':>8} {'p95':>8}  409 503 errors lost"
    )
    with (
        running(assist_serve, environments[0]) as (_, a),
        running(assist_serve, environments[1]) as (_, b),
    ):
        for writers in counts:
            for number in range(1, args.rounds + 1):
                outcomes, median, p95, errors, lost = one_run(
                    (a, b), made[:writers], args.seconds, database_url
                )
                rate = outcomes["acknowledged"] / args.seconds
                verdict = goals.decide(
                    f"{writers} writers, round {number}",
                    errors == 0 and lost == 0,
                    "errors 0 and lost 0",
                    f"{errors} and {lost}",
                )
                print(
                    f"{writers:>7} {number:>5} {rate:>8.1f} {median:>8.0f} {p95:>8.0f}  "
                    f"{outcomes['409']:>3} {outcomes['503']:>3} {errors:>6} {lost:>4}  {verdict}"
                )
    sys.exit(goals.status())


if __name__ == "__main__":
    main()
