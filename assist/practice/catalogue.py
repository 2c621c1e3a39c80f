"""The scenarios table follows the files in scenarios/: a new or changed file is loaded (by slug
and digest), and a scenario whose file has gone is retired, never deleted, so attempts on it
keep their history."""

from pathlib import Path

import sqlalchemy as sa

from assist import clock
from assist.models import Scenario
from assist.practice.scenarios import load_folder

SCENARIO_FOLDER = Path(__file__).resolve().parent.parent.parent / "scenarios"


def sync_scenarios(session, folder=SCENARIO_FOLDER, criterion_ids=None):
    """Load every scenario file into the table. Returns (added, changed, retired) counts."""
    files = load_folder(folder, criterion_ids)
    existing = {s.slug: s for s in session.scalars(sa.select(Scenario))}
    added = changed = retired = 0
    for scenario_file in files:
        row = existing.get(scenario_file.slug)
        if row is None:
            row = Scenario(slug=scenario_file.slug, source_digest="")
            session.add(row)
            added += 1
        elif row.source_digest != scenario_file.digest or row.retired_at is not None:
            changed += 1
        else:
            continue
        row.title = scenario_file.title
        row.summary = scenario_file.summary
        row.content = scenario_file.content
        row.max_attempts = scenario_file.max_attempts
        row.source_digest = scenario_file.digest
        row.loaded_at = clock.now()
        row.retired_at = None
    slugs = {f.slug for f in files}
    for slug, row in existing.items():
        if slug not in slugs and row.retired_at is None and row.content.get("model_answer"):
            row.retired_at = clock.now()
            retired += 1
    session.flush()
    return added, changed, retired
