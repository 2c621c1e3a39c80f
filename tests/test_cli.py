"""The assist command: init-db, demo, create-user, and clear errors."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def assist(tmp_path, *args, stdin=None):
    env = {
        **os.environ,
        "ASSIST_INSTANCE_PATH": str(tmp_path),
        "ASSIST_DATABASE_URL": "",
        "ASSIST_ARGON2_TIME_COST": "1",
        "ASSIST_ARGON2_MEMORY_COST_KIB": "1024",
    }
    return subprocess.run(
        [sys.executable, "-m", "assist", *args],
        cwd=ROOT,
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture
def ready(tmp_path):
    result = assist(tmp_path, "init-db")
    assert result.returncode == 0, result.stderr
    return tmp_path


def test_init_db_is_repeatable_and_demo_loads_once(ready):
    assert assist(ready, "init-db").returncode == 0
    first = assist(ready, "demo")
    assert "Demo data loaded." in first.stdout
    assert "sam.okafor@assist.example" in first.stdout
    second = assist(ready, "demo")
    assert "already loaded" in second.stdout
    assert (ready / "secret_key").stat().st_mode & 0o077 == 0


def test_create_user_and_its_errors(ready):
    ok = assist(
        ready,
        "create-user",
        "--email",
        "new@assist.example",
        "--name",
        "New Person",
        "--role",
        "supervisor",
        "--password-stdin",
        stdin="a decent passphrase\n",
    )
    assert ok.returncode == 0, ok.stderr
    assert "Created supervisor account for new@assist.example" in ok.stdout
    again = assist(
        ready,
        "create-user",
        "--email",
        "NEW@assist.example",
        "--name",
        "Again",
        "--role",
        "supervisor",
        "--password-stdin",
        stdin="a decent passphrase\n",
    )
    assert again.returncode == 2
    assert "already exists" in again.stderr and "Traceback" not in again.stderr
    weak = assist(
        ready,
        "create-user",
        "--email",
        "b@assist.example",
        "--name",
        "B",
        "--role",
        "trainee",
        "--password-stdin",
        stdin="password\n",
    )
    assert weak.returncode == 2 and "common passwords" in weak.stderr
    no_team = assist(
        ready,
        "create-user",
        "--email",
        "c@assist.example",
        "--name",
        "C",
        "--role",
        "trainee",
        "--team",
        "Nowhere",
        "--password-stdin",
        stdin="a decent passphrase\n",
    )
    assert no_team.returncode == 2 and "no team called 'Nowhere'" in no_team.stderr
    bad_role = assist(
        ready,
        "create-user",
        "--email",
        "d@assist.example",
        "--name",
        "D",
        "--role",
        "emperor",
        "--password-stdin",
        stdin="a decent passphrase\n",
    )
    assert bad_role.returncode == 2 and "Traceback" not in bad_role.stderr


def test_help_lists_the_commands(tmp_path):
    result = assist(tmp_path, "--help")
    for command in ("serve", "init-db", "create-user", "demo", "db"):
        assert command in result.stdout


def test_the_demo_tells_each_family_its_own_story(app):
    import sqlalchemy as sa

    from assist.demo import load_demo
    from assist.extensions import db
    from assist.models import Assessment, AssessmentStatus, Child

    assert load_demo(db.session, app.config)
    for assessment in db.session.scalars(
        sa.select(Assessment).where(Assessment.case_id.is_not(None))
    ):
        surname = assessment.case.family_name.removeprefix("The ").removesuffix(" family")
        children = db.session.scalars(sa.select(Child).where(Child.assessment_id == assessment.id))
        assert all(child.name.endswith(surname) for child in children), assessment.case.reference
    signed_off = db.session.scalars(
        sa.select(Assessment.submitted_at).where(Assessment.status == AssessmentStatus.SIGNED_OFF)
    ).all()
    # Earlier quarters, so the team page has a history to show.
    assert len({(when.year, (when.month - 1) // 3) for when in signed_off}) >= 3
