"""How much memory the server holds after light use. Run:

    .venv/bin/python bench/bench_memory.py [--rounds 2] [--clients 8]

Each round starts the server two ways on the same demo database and uses each alike: the app
under plain waitress with 8 threads (as `assist serve` ran it before its memory tuning), and
`assist serve` itself. Light use is every client signing in at once a few times (argon2id at
the production cost, 19 MiB a hash, on as many threads as there are clients), opening the
dashboard and an assessment's pages and asking /api/check. It prints the resident memory (RSS,
from /proc) after start-up, after the first page and after the use, and the peak. Goal: `assist
serve` holds at most 300 MB after the use, in every round."""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.servers import assist_serve, running, sign_in  # noqa: E402
from bench.timing import Goals  # noqa: E402

META_TOKEN = re.compile(r'name="csrf-token"[^>]*content="([^"]+)"')
GOAL_MB = 300
# The app under plain waitress, as `assist serve` ran it before: collector tuned, nothing else.
PLAIN_WAITRESS = (
    "import sys, waitress\n"
    "from assist import create_app\n"
    "from assist.runtime import tune_gc\n"
    "tune_gc()\n"
    "waitress.serve(create_app(), host='127.0.0.1', port=int(sys.argv[1]), threads=8)\n"
)


def demo_database(folder):
    """A SQLite database with the demo data; returns (env, worker's sign-in, an assessment id)."""
    env = dict(
        os.environ,
        ASSIST_DATABASE_URL=f"sqlite:///{folder}/assist.db",
        ASSIST_INSTANCE_PATH=folder,
        ASSIST_ENV="development",  # the production argon2 cost, over plain HTTP
    )
    assist = str(ROOT / ".venv/bin/assist")
    subprocess.run([assist, "init-db"], env=env, check=True, capture_output=True)  # noqa: S603
    subprocess.run([assist, "demo"], env=env, check=True, capture_output=True)  # noqa: S603
    from assist.demo import DEMO_ACCOUNTS, demo_logins

    email, password = next(
        (email, password)
        for (_role, email, password), account in zip(demo_logins(), DEMO_ACCOUNTS, strict=True)
        if account[3] == "case"
    )
    import sqlalchemy as sa

    engine = sa.create_engine(env["ASSIST_DATABASE_URL"])
    with engine.connect() as connection:
        assessment_id = connection.execute(
            sa.text(
                "SELECT a.id FROM assessments a JOIN users u ON u.id = a.author_id "
                "WHERE u.email = :email ORDER BY a.id LIMIT 1"
            ),
            {"email": email},
        ).scalar_one()
    engine.dispose()
    return env, (email, password), assessment_id


def rss_mb(pid):
    """(resident now, peak resident) in MB, from /proc."""
    fields = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        fields[key] = value
    return int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024


def use(base, credentials, assessment_id):
    """One person's light use: sign in, dashboard, the assessment's pages, a check."""
    http = requests.Session()
    answer = sign_in(http, base, *credentials)
    assert answer.status_code == 302, answer.status_code
    pages = ["", "/facts", "/analysis", "/check"]
    for path in pages:
        answer = http.get(f"{base}/cases/assessments/{assessment_id}{path}", timeout=120)
        assert answer.status_code == 200, (path, answer.status_code)
    token = META_TOKEN.search(answer.text).group(1)
    answer = http.post(
        f"{base}/api/check",
        json={"assessment_id": assessment_id, "section": "analysis"},
        headers={"X-CSRFToken": token, "Accept": "application/json"},
        timeout=120,
    )
    assert answer.status_code == 200, answer.status_code


def measure(command, env, credentials, assessment_id, clients, sign_ins):
    with running(command, env) as (server, base):
        started, _ = rss_mb(server.pid)
        use(base, credentials, assessment_id)
        first, _ = rss_mb(server.pid)
        for _ in range(sign_ins):
            threads = [
                threading.Thread(target=use, args=(base, credentials, assessment_id))
                for _ in range(clients)
            ]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
        time.sleep(1)  # let the spelling thread finish what the pages started
        after, peak = rss_mb(server.pid)
        return started, first, after, peak


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--sign-ins", type=int, default=3, help="rounds of concurrent use")
    args = parser.parse_args()
    folder = tempfile.mkdtemp(prefix="bench-memory-")
    env, credentials, assessment_id = demo_database(folder)
    python = str(ROOT / ".venv/bin/python")
    servers = {
        "plain waitress": lambda port: [python, "-c", PLAIN_WAITRESS, str(port)],
        "assist serve": assist_serve,
    }
    goals = Goals()
    print(f"{args.clients} clients at once, {args.sign_ins} times; RSS in MB")
    print(f"{'round':<6}{'server':<16}{'started':>9}{'1st page':>10}{'after use':>11}{'peak':>8}")
    for number in range(1, args.rounds + 1):
        for name, command in servers.items():
            started, first, after, peak = measure(
                command, env, credentials, assessment_id, args.clients, args.sign_ins
            )
            verdict = ""
            if name == "assist serve":
                verdict = "  " + goals.at_most(
                    f"round {number}", after, GOAL_MB, unit="MB", what="after use"
                )
            print(
                f"{number:<6}{name:<16}{started:>9.0f}{first:>10.0f}{after:>11.0f}{peak:>8.0f}"
                + verdict
            )
    sys.exit(goals.status())


if __name__ == "__main__":
    main()
