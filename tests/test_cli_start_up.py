"""The linters' commands start as a linter does: ``assist check``, ``rubric``, ``export`` and
``import`` import nothing of the web app or its database, while ``assist --help`` still lists
every command, the app's included."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
WEB = ("flask", "flask_sqlalchemy", "sqlalchemy", "alembic", "wtforms", "waitress", "werkzeug")
IMPORTED = re.compile(r"^import time:\s+\d+ \|\s+\d+ \|\s*([\w.]+)$", re.MULTILINE)


def run(tmp_path, *args):
    """The command in a new process, and the top-level packages it imported."""
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "assist", *args],
        cwd=tmp_path,
        env={**os.environ, "ASSIST_INSTANCE_PATH": str(tmp_path)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    packages = {name.split(".")[0] for name in IMPORTED.findall(result.stderr)}
    return result, packages


@pytest.fixture
def tiny(tmp_path):
    path = tmp_path / "tiny.md"
    path.write_text("# Analysis\n\nMum said Kai was hungry at nursery.\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "args",
    [
        ("check", "{tiny}"),
        ("check", "--no-spelling", "--format", "json", "{tiny}"),
        ("rubric", "lint"),
        ("export", "{tiny}", "-o", "{tiny}.docx"),
        ("import", "{tiny}"),
    ],
    ids=["check", "check-json", "rubric-lint", "export", "import"],
)
def test_the_linters_commands_import_nothing_of_the_web_app(tmp_path, tiny, args):
    result, packages = run(tmp_path, *(arg.format(tiny=tiny) for arg in args))
    assert "Traceback" not in result.stderr
    assert result.returncode in (0, 1), result.stderr[-2000:]
    assert packages, "no import times: was -X importtime honoured?"
    assert not packages & set(WEB), sorted(packages & set(WEB))


def test_help_lists_every_command_with_its_one_line_help(tmp_path):
    result, _packages = run(tmp_path, "--help")
    assert result.returncode == 0, result.stderr[-2000:]
    listed = dict(
        re.findall(r"^  ([a-z][\w-]*)\s+(\S.*)$", result.stdout.split("Commands:")[1], re.M)
    )
    for name in ("check", "rubric", "export", "import", "scenario"):
        assert listed.get(name), name
    for name in ("serve", "init-db", "demo", "create-user", "db", "run", "shell", "routes"):
        assert listed.get(name), name
    assert listed["check"].startswith("Check assessments")
    assert listed["serve"].startswith("Serve the app with waitress")


GC_AT_EXIT = """
import atexit, gc, sys
atexit.register(lambda: print("collecting:", gc.isenabled(), file=sys.stderr))
sys.argv = ["assist", *sys.argv[1:]]
from assist.cli import main
main()
"""


@pytest.mark.parametrize("args", [("check", "--no-spelling", "{tiny}"), ("routes",)])
def test_the_collector_paused_for_start_up_runs_again_for_the_command(tmp_path, tiny, args):
    result = subprocess.run(
        [sys.executable, "-c", GC_AT_EXIT, *(arg.format(tiny=tiny) for arg in args)],
        cwd=tmp_path,
        env={**os.environ, "ASSIST_INSTANCE_PATH": str(tmp_path)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode in (0, 1), result.stderr[-2000:]
    assert "collecting: True" in result.stderr
