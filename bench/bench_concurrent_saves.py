"""Many people autosaving one assessment at once, through the real server (`assist serve`,
waitress with 8 threads) on SQLite or PostgreSQL. Run:

    .venv/bin/python bench/bench_concurrent_saves.py [--clients 50] [--seconds 60]
        [--database-url postgresql://...]

Each client signs in, opens its own fact (pairs of clients share one with --shared) and
autosaves it as fast as the server answers, each save based on the version its last answer
named, as the autosave script does; some clients add facts instead. At the end every client's
last acknowledged words must be what is stored. It prints acknowledged saves, 409s by kind
(the same item changed by someone else, or a false conflict over another item), 503s, other
5xx, and lost saves. Goals: 5xx 0, no answer 0, lost 0, false conflicts 0."""

from __future__ import annotations

import argparse
import os
import re
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from datetime import date
from pathlib import Path

import requests
import sqlalchemy as sa

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "benchmark passphrase"  # noqa: S105 (an invented benchmark account)
EMAIL = "bench@assist.example"
TOKEN = re.compile(r'name="csrf_token"[^>]*value="([^"]+)"')
VERSION = re.compile(r'name="version"[^>]*value="(\d+)"')


def build(database_url, instance, clients):
    """A worker, one assessment and a fact for each client; returns (assessment id, fact ids)."""
    sys.path.insert(0, str(ROOT))
    from assist import accounts, create_app
    from assist.database import migrate_to_latest
    from assist.extensions import db
    from assist.journey.saving import record_save
    from assist.models import Assessment, Case, Fact, Role, Team
    from assist.models.content import HowKnown

    app = create_app("development", SQLALCHEMY_DATABASE_URI=database_url, INSTANCE_PATH=instance)
    with app.app_context():
        migrate_to_latest()
        team = Team(name="Bench team")
        db.session.add(team)
        worker = accounts.create_user(
            db.session,
            app.config,
            email=EMAIL,
            name="Bench Worker",
            role=Role.WORKER,
            password=PASSWORD,
            team=team,
        )
        case = Case(reference="BENCH-SAVES", family_name="Bench", worker=worker, team=team)
        assessment = Assessment(title="Saved at once", case=case, author=worker)
        db.session.add_all([case, assessment])
        db.session.flush()
        facts = [
            Fact(
                assessment_id=assessment.id,
                number=n,
                occurred_on=date(2026, 3, 2),
                what_happened=f"Fact {n}",
                source="Nursery",
                how_known=HowKnown.PROFESSIONAL,
            )
            for n in range(1, clients + 1)
        ]
        db.session.add_all(facts)
        record_save(assessment, worker, "create", assessment)  # as a new assessment is
        db.session.commit()
        return assessment.id, [f.id for f in facts]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def autosave(http, url, data, outcomes):
    """One save sent as autosave sends it, asking for JSON: (answer, its JSON body), or (None,
    {}) counted as "no answer" when none comes within 60 s."""
    try:
        answer = http.post(url, data=data, headers={"Accept": "application/json"}, timeout=60)
    except requests.RequestException:
        outcomes["no answer"] += 1
        return None, {}
    return answer, answer.json() if "json" in answer.headers.get("Content-Type", "") else {}


def form(version, text, token):
    return {
        "csrf_token": token,
        "version": str(version),
        "occurred_on": ["2", "3", "2026"],
        "date_precision": "exact",
        "what_happened": text,
        "source": "Nursery",
        "how_known": "reported_by_professional",
        "corroborated": "unknown",
        "category": "other",
    }


def client(base, assessment_id, fact_id, index, until, outcomes, last_saved, adds):
    http = requests.Session()
    page = http.get(f"{base}/sign-in").text
    http.post(
        f"{base}/sign-in",
        data={
            "csrf_token": TOKEN.search(page).group(1),
            "email": EMAIL,
            "password": PASSWORD,
        },
    )
    url = f"{base}/cases/assessments/{assessment_id}/facts/{fact_id}"
    page = http.get(url).text
    token, version = TOKEN.search(page).group(1), int(VERSION.search(page).group(1))
    number = 0
    while time.monotonic() < until:
        number += 1
        text = f"Client {index} save {number}"
        target = f"{base}/cases/assessments/{assessment_id}/facts/new" if adds else url
        answer, body = autosave(http, target, form(version, text, token), outcomes)
        if answer is None:
            continue
        if answer.status_code == 200 and body.get("saved"):
            outcomes["acknowledged"] += 1
            version = body["version"]
            if not adds:
                last_saved[fact_id] = text
        elif answer.status_code == 409:
            outcomes["409"] += 1
            version = body.get("version", version)
            # The page reloads the item, as the worker would, and tries again from there.
            page = http.get(url).text
            version = int(VERSION.search(page).group(1))
        elif answer.status_code == 503:
            outcomes["503 busy"] += 1
        elif answer.status_code >= 500:
            outcomes[f"{answer.status_code}"] += 1
        else:
            outcomes[f"other {answer.status_code}"] += 1


def wait_for(base, server, seconds=180):
    """Until the server answers (a loaded machine can take a while to import it all)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit("the server stopped before it answered")
        try:
            requests.get(f"{base}/sign-in", timeout=2)
            return
        except requests.RequestException:
            time.sleep(0.5)
    raise SystemExit(f"the server did not answer within {seconds} s")


def run(args):
    folder = tempfile.mkdtemp(prefix="bench-saves-")
    database_url = args.database_url or f"sqlite:///{folder}/bench.db"
    shared = 2 if args.shared else 1
    assessment_id, fact_ids = build(database_url, folder, args.clients // shared)
    port = free_port()
    env = dict(os.environ, ASSIST_DATABASE_URL=database_url, ASSIST_INSTANCE_PATH=folder)
    server = subprocess.Popen(  # noqa: S603 (our own command)
        [str(ROOT / ".venv/bin/assist"), "serve", "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for(base, server)
        outcomes, last_saved = Counter(), {}
        until = time.monotonic() + args.seconds
        threads = [
            threading.Thread(
                target=client,
                args=(
                    base,
                    assessment_id,
                    fact_ids[i // shared],
                    i,
                    until,
                    outcomes,
                    last_saved,
                    i % 10 == 9,
                ),  # one client in ten adds facts
            )
            for i in range(args.clients)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        server.terminate()
        server.wait()
    engine = sa.create_engine(database_url.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.connect() as connection:
        stored = dict(connection.execute(sa.text("SELECT id, what_happened FROM facts")).all())
        numbers = connection.execute(
            sa.text("SELECT count(*), count(DISTINCT number) FROM facts WHERE assessment_id = :a"),
            {"a": assessment_id},
        ).one()
    lost = sum(1 for fact_id, text in last_saved.items() if stored.get(fact_id) != text)
    # With one fact per client, every 409 is over another item: a false conflict.
    kind = "same item (two clients on one fact)" if args.shared else "false (another item)"
    engine_name = "PostgreSQL" if database_url.startswith("postgresql") else "SQLite"
    print(f"{engine_name}, {args.clients} clients for {args.seconds} s")
    print(f"  acknowledged saves   {outcomes['acknowledged']}")
    print(f"  409, {kind:<30} {outcomes['409']}")
    print(f"  503 busy, told so    {outcomes['503 busy']}")
    other = {k: v for k, v in outcomes.items() if k not in ("acknowledged", "409", "503 busy")}
    print(f"  5xx and other        {sum(other.values())} {dict(other) if other else ''}")
    print(f"  lost                 {lost}")
    print(f"  facts {numbers[0]}, distinct numbers {numbers[1]}")
    # A request with no answer in 60 s is as bad for the worker as a 500: their save hangs.
    failed = sum(v for k, v in other.items() if k.startswith("5") or k == "no answer") or lost
    failed = failed or (0 if args.shared else outcomes["409"]) or numbers[0] != numbers[1]
    print(
        "  verdict: "
        + ("FAIL" if failed else "pass (no 5xx, every save answered, none lost, no false conflict)")
    )
    return 1 if failed else 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--shared", action="store_true", help="two clients on each fact")
    parser.add_argument("--database-url", help="a PostgreSQL database to use (emptied first)")
    sys.exit(run(parser.parse_args()))
