"""Several processes starting at once: one migrates while the others wait for it, and all
sign cookies with one secret key."""

import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
import sqlalchemy as sa

from assist import create_app
from assist.config import secret_key_from_instance
from assist.database import MIGRATION_LOCK, migrate_to_latest
from assist.extensions import db
from tests.conftest import POSTGRES_URL, _pg_admin_connect, _with_database


@pytest.fixture
def empty_postgres():
    if POSTGRES_URL is None:
        pytest.skip("no PostgreSQL server: run `make test` to start one")
    name = "assist_empty_for_migrating"
    with _pg_admin_connect() as connection:
        connection.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        connection.execute(f"CREATE DATABASE {name}")
    yield _with_database(POSTGRES_URL, name)
    with _pg_admin_connect() as connection:
        connection.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def _waiting_for_the_lock(connection):
    return connection.execute(
        sa.text(
            "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted "
            "AND objid = :key"
        ),
        {"key": MIGRATION_LOCK},
    ).scalar()


def test_a_migration_waits_while_another_process_migrates(empty_postgres, tmp_path):
    app = create_app("test", SQLALCHEMY_DATABASE_URI=empty_postgres, INSTANCE_PATH=str(tmp_path))
    with app.app_context(), db.engine.connect() as other_process:
        other_process.execute(sa.text("SELECT pg_advisory_lock(:key)"), {"key": MIGRATION_LOCK})
        other_process.commit()

        def migrate():
            with app.app_context():
                migrate_to_latest()

        migrating = threading.Thread(target=migrate)
        migrating.start()
        deadline = time.monotonic() + 120
        while not _waiting_for_the_lock(other_process) and time.monotonic() < deadline:
            other_process.rollback()
            time.sleep(0.1)
        assert _waiting_for_the_lock(other_process) == 1, "the migration did not wait its turn"
        assert "alembic_version" not in sa.inspect(other_process).get_table_names()
        other_process.execute(sa.text("SELECT pg_advisory_unlock(:key)"), {"key": MIGRATION_LOCK})
        other_process.commit()
        migrating.join(timeout=300)
        assert not migrating.is_alive()
        assert "rate_limit_counters" in sa.inspect(db.engine).get_table_names()
        db.engine.dispose()


def test_processes_starting_at_once_share_one_secret_key(tmp_path, monkeypatch):
    monkeypatch.delenv("ASSIST_SECRET_KEY", raising=False)
    with ThreadPoolExecutor(max_workers=8) as pool:
        keys = set(pool.map(lambda _: secret_key_from_instance(tmp_path), range(8)))
    assert len(keys) == 1 and len(keys.pop()) > 40
    assert [path.name for path in tmp_path.iterdir()] == ["secret_key"]
