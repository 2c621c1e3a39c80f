"""``assist scenario lint PATH`` (no app or database needed) and ``assist scenario load``."""

import sys
from pathlib import Path

import click
from flask.cli import with_appcontext

from assist.practice.scenarios import ScenarioError, load_folder, load_scenario


@click.group("scenario")
def scenario_group():
    """Practice scenarios: check the files, load them for trainees."""


def _criterion_ids():
    from assist.rubric import RubricError, load_rubric
    from assist.rubric.cli import default_rubric_path

    try:
        return [c.id for c in load_rubric(default_rubric_path()).criteria]
    except RubricError as error:
        click.echo("Error: the rubric file cannot be used:", err=True)
        for problem in error.problems:
            click.echo(f"  {problem}", err=True)
        sys.exit(2)


@scenario_group.command("lint")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
def lint_command(paths):
    """Check scenario files (or folders of them); each problem is shown as file:line: message."""
    from assist.practice.catalogue import SCENARIO_FOLDER

    ids = _criterion_ids()
    problems, count = [], 0
    for path in paths or (SCENARIO_FOLDER,):
        try:
            count += (
                len(load_folder(path, ids)) if path.is_dir() else bool(load_scenario(path, ids))
            )
        except ScenarioError as error:
            problems.extend(error.problems)
    for problem in problems:
        click.echo(problem, err=True)
    if problems:
        click.echo(f"{len(problems)} problem(s) found.", err=True)
        sys.exit(1)
    click.echo(f"{count} scenario file(s) are valid.")


@scenario_group.command("load")
@click.argument("folder", required=False, type=click.Path(path_type=Path, file_okay=False))
@with_appcontext
def load_command(folder):
    """Load the scenario files into the database: new and changed ones, and retire removed ones."""
    from assist.database import migrate_to_latest
    from assist.extensions import db
    from assist.practice.catalogue import SCENARIO_FOLDER, sync_scenarios

    migrate_to_latest()  # a new database has no scenarios table yet
    try:
        added, changed, retired = sync_scenarios(
            db.session, folder or SCENARIO_FOLDER, _criterion_ids()
        )
    except ScenarioError as error:
        db.session.rollback()
        for problem in error.problems:
            click.echo(problem, err=True)
        click.echo("Nothing was loaded.", err=True)
        sys.exit(1)
    db.session.commit()
    click.echo(f"Scenarios: {added} added, {changed} updated, {retired} retired.")
