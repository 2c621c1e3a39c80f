"""Speed of trainee practice: loading every scenario file, scoring an answer, and the server
time of submitting an attempt and of the feedback, comparison and progress pages (a trainee
with 20 earlier submissions). Run: .venv/bin/python bench/bench_practice.py [--runs N]

Not a test: it prints median and p95, and exits 1 when a goal is missed. Goal: p95 < 100 ms for
pages and for a submission (loading and scoring have none: they are for reading)."""

import argparse
import sys
import tempfile
from pathlib import Path

from timing import Goals, bench_app, timed

from assist import accounts
from assist.extensions import db
from assist.models import Assessment, Role, Scenario, Team
from assist.practice import attempts
from assist.practice.catalogue import SCENARIO_FOLDER, sync_scenarios
from assist.practice.scenarios import load_folder
from assist.practice.scoring import score
from assist.rubric import load_rubric
from assist.runtime import tune_gc

PASSWORD = "benchmark passphrase"  # noqa: S105 (an invented benchmark account)
ROOT = Path(__file__).resolve().parent.parent


def row(name, median, p95, verdict=""):
    print(f"{name:<36}{median:>10.1f}{p95:>10.1f}   {verdict}".rstrip())


def main():
    tune_gc()
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=40)
    runs = parser.parse_args().runs
    rubric = load_rubric(ROOT / "rubric.yaml")
    ids = [c.id for c in rubric.criteria]
    print(f"{'step':<36}{'median ms':>10}{'p95 ms':>10}   ({runs} runs)")
    row("load and lint all scenario files", *timed(lambda: load_folder(SCENARIO_FOLDER, ids), runs))
    scenarios = load_folder(SCENARIO_FOLDER, ids)
    documents = [s.document() for s in scenarios]
    row(
        "score every model answer",
        *timed(lambda: [score(document, rubric) for document in documents], runs),
    )
    with tempfile.TemporaryDirectory() as folder:
        app = bench_app(folder)
        with app.app_context():
            team = Team(name="Bench trainees", is_practice=True)
            db.session.add(team)
            trainee = accounts.create_user(
                db.session,
                app.config,
                email="trainee@assist.example",
                name="Bench Trainee",
                role=Role.TRAINEE,
                password=PASSWORD,
                team=team,
            )
            sync_scenarios(db.session)
            for scenario in db.session.query(Scenario).all():
                attempt = attempts.start_attempt(trainee, scenario)
                for _ in range(2):
                    attempts.submit(attempt, rubric)
            attempt = attempts.start_attempt(trainee, db.session.query(Scenario).first())
            db.session.commit()
            attempt_id = attempt.id
        client = app.test_client()
        client.post("/sign-in", data={"email": "trainee@assist.example", "password": PASSWORD})

        def get(path):
            response = client.get(path)
            assert response.status_code == 200, (path, response.status_code)

        def submit():
            with app.app_context():
                version = db.session.get(Assessment, attempt_id).version
            response = client.post(
                f"/cases/assessments/{attempt_id}/submit", data={"version": str(version)}
            )
            assert response.status_code == 302, response.status_code

        # Scenarios allow a few submissions; raise the limit so every run submits.
        with app.app_context():
            db.session.get(Assessment, attempt_id).scenario.max_attempts = runs + 10
            db.session.commit()
        goals = Goals()

        def page_row(name, action):
            median, p95 = timed(action, runs)
            row(name, median, p95, goals.under(name, p95, 100))

        page_row("submit an attempt (score and keep)", submit)
        for name, path in (
            ("feedback page", f"/practice/attempts/{attempt_id}/feedback"),
            ("progress page (20+ submissions)", "/practice/progress"),
            ("practice dashboard", "/practice/"),
            ("practice task list", f"/cases/assessments/{attempt_id}"),
        ):
            get(path)
            page_row(name, lambda p=path: get(p))
    return goals.status()


if __name__ == "__main__":
    sys.exit(main())
