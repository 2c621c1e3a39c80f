"""`assist scenario lint` and `assist scenario load`: clear errors, exit status, and the
scenarios table following the files (new, changed, retired)."""

import shutil

import sqlalchemy as sa
from click.testing import CliRunner

from assist.extensions import db
from assist.models import Scenario
from assist.practice.catalogue import SCENARIO_FOLDER, sync_scenarios
from assist.practice.cli import scenario_group
from tests.practice.test_scenarios import CRITERIA, MINIMAL


def run(*arguments):
    return CliRunner().invoke(scenario_group, [str(a) for a in arguments])


def test_lint_passes_the_shipped_scenarios():
    result = run("lint", SCENARIO_FOLDER)
    assert result.exit_code == 0, result.output
    assert "8 scenario file(s) are valid" in result.output


def test_lint_names_file_and_line_and_exits_1(tmp_path):
    path = tmp_path / "broken.yaml"
    path.write_text(MINIMAL.replace("cites: [F1]", "cites: [F7]"))
    result = run("lint", path)
    assert result.exit_code == 1
    assert f"{path}:22: model answer A1: 'cites' names F7" in result.output
    assert "Traceback" not in result.output


def test_loading_adds_updates_and_retires(app, tmp_path):
    folder = tmp_path / "scenarios"
    folder.mkdir()
    shutil.copy(SCENARIO_FOLDER / "primary-domestic-abuse.yaml", folder)
    (folder / "tiny.yaml").write_text(MINIMAL)
    assert sync_scenarios(db.session, folder, CRITERIA) == (2, 0, 0)
    assert sync_scenarios(db.session, folder, CRITERIA) == (0, 0, 0)  # unchanged: untouched
    (folder / "tiny.yaml").write_text(MINIMAL.replace("title: Tiny", "title: Tiny, revised"))
    (folder / "primary-domestic-abuse.yaml").unlink()
    assert sync_scenarios(db.session, folder, CRITERIA) == (0, 1, 1)
    rows = {s.slug: s for s in db.session.scalars(sa.select(Scenario))}
    assert rows["tiny"].title == "Tiny, revised" and rows["tiny"].retired_at is None
    assert rows["primary-domestic-abuse"].retired_at is not None


def test_a_broken_folder_loads_nothing(app, tmp_path):
    (tmp_path / "good.yaml").write_text(MINIMAL)
    (tmp_path / "bad.yaml").write_text("slug: bad\n")
    runner = app.test_cli_runner()
    result = runner.invoke(scenario_group, ["load", str(tmp_path)])
    assert result.exit_code == 1
    assert "bad.yaml:1: the scenario is missing 'title'" in result.output
    assert "Nothing was loaded." in result.output
    assert db.session.scalar(sa.select(sa.func.count(Scenario.id))) == 0
