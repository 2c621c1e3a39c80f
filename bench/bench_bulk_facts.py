"""Server time of "Add several facts at once" with a 500-row chronology: reading and checking
the rows alone, the whole preview page (read, check and render), and adding all 500 as one
version. Run: .venv/bin/python bench/bench_bulk_facts.py [--runs N]

Not a test: it prints median and p95, pinned to one core, and exits 1 when a goal is missed.
Goal (issue 13): the preview of 500 rows rendered in under 1 s (p95). The rows are invented,
with every kind of date the page reads (day first, month, year, approximate, season)."""

import argparse
import sys
import tempfile
import time
from datetime import date

from timing import Goals, bench_app, one_core, timed

from assist import accounts
from assist.extensions import db
from assist.models import Assessment, Case, Child, Fact, Role, Team
from assist.readers import chronology
from assist.runtime import tune_gc

PASSWORD = "benchmark passphrase"  # noqa: S105 (an invented benchmark account)
ROWS = 500
DATES = ["12/09/2025", "3.4.24", "12 Sept 2023", "June 2022", "2021", "c. 2020", "Spring 2019"]
EVENTS = [
    "Mum rang the school to say Kai was unwell and would not be in",
    "Nursery saw a bruise on his cheek; he said he fell off the sofa",
    "Unannounced visit: little food in the kitchen apart from milk",
    "Police attended after neighbours heard shouting late at night",
]
HOW = ["From records", "Reported by another professional", "Said by a parent or carer"]
CATEGORIES = ["Neglect", "Physical harm", "Domestic abuse", "Education and development"]


def chronology_text(rows=ROWS):
    lines = ["Date\tWhat happened\tSource\tHow known\tCategory\tWhich child"]
    for n in range(rows):
        lines.append(
            "\t".join(
                [
                    DATES[n % len(DATES)],
                    f"{EVENTS[n % len(EVENTS)]} (entry {n + 1})",
                    "Case system",
                    HOW[n % len(HOW)],
                    CATEGORIES[n % len(CATEGORIES)],
                    ("Kai", "Amy", "both")[n % 3],
                ]
            )
        )
    return "\n".join(lines)


def build(app):
    team = Team(name="Bulk facts bench team")
    db.session.add(team)
    worker = accounts.create_user(
        db.session,
        app.config,
        email="worker@assist.example",
        name="Bench Worker",
        role=Role.WORKER,
        password=PASSWORD,
        team=team,
    )
    case = Case(reference="BULK-1", family_name="Bench family", worker=worker, team=team)
    assessment = Assessment(title="Bulk facts", case=case, author=worker)
    db.session.add_all([case, assessment])
    db.session.flush()
    db.session.add_all(
        [
            Child(assessment_id=assessment.id, name="Kai", position=0),
            Child(assessment_id=assessment.id, name="Amy", position=1),
            Fact(
                assessment_id=assessment.id,
                number=1,
                occurred_on=date(2026, 1, 5),
                what_happened="Referral from the school",
                source="School",
                how_known="reported_by_professional",
                category="neglect",
            ),
        ]
    )
    db.session.commit()
    return assessment.id


def main():
    one_core()
    tune_gc()  # as `assist serve` does
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=30)
    runs = parser.parse_args().runs
    text = chronology_text()
    goals = Goals()
    with tempfile.TemporaryDirectory() as folder:
        app = bench_app(folder)
        with app.app_context():
            assessment_id = build(app)
        client = app.test_client()
        client.post("/sign-in", data={"email": "worker@assist.example", "password": PASSWORD})
        url = f"/cases/assessments/{assessment_id}/facts/several"
        check = {"version": "1", "chronology": text, "check": "Check these facts"}
        first = client.post(url, data=check)
        assert first.status_code == 200 and b"Add 500 facts" in first.data, "the preview failed"
        children = {"1": "Kai", "2": "Amy"}

        def read_and_check():
            table = chronology.read_pasted(text)
            columns = chronology.match_headings(table.headings, table.width)
            defaults = chronology.Defaults()
            return chronology.check_rows(
                table, columns, defaults, children, [], today=date(2026, 12, 5)
            )

        print(f"{'what':<44}{'median ms':>10}{'p95 ms':>10}   ({runs} runs)")
        median, p95 = timed(read_and_check, runs)
        print(f"{'read and check 500 rows (no page)':<44}{median:>10.1f}{p95:>10.1f}")
        median, p95 = timed(lambda: client.post(url, data=check), runs)
        verdict = goals.under("preview of 500 rows", p95, 1000)
        print(f"{'preview page of 500 rows':<44}{median:>10.1f}{p95:>10.1f}   {verdict}")

        page = first.get_data(as_text=True)
        checked = page.split('name="checked" type="hidden" value="', 1)[1].split('"', 1)[0]
        columns = {f"columns-{n}": key for n, key in enumerate(chronology.COLUMNS)}
        start = time.perf_counter()
        added = client.post(url, data={**check, **columns, "checked": checked, "add": "Add"})
        took = (time.perf_counter() - start) * 1000
        assert added.status_code == 302, added.status_code
        with app.app_context():
            count = Fact.query.filter_by(assessment_id=assessment_id).count()
        assert count == ROWS + 1, count
        print(f"{'add 500 facts as one version (once)':<44}{took:>10.1f}")
    return goals.status()


if __name__ == "__main__":
    sys.exit(main())
