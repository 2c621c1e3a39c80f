"""Migrations build exactly the models' schema on both engines; SQLite runs durably."""

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from flask_migrate import downgrade, upgrade

from assist.database import MIGRATIONS_DIR
from assist.extensions import db


@pytest.mark.db
def test_migrations_match_the_models(app, engine):
    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = compare_metadata(context, db.metadata)
    assert differences == []


@pytest.mark.db
def test_migrations_go_down_and_up_again(app, engine):
    downgrade(directory=MIGRATIONS_DIR, revision="base")
    assert sa.inspect(db.engine).get_table_names() == ["alembic_version"]
    upgrade(directory=MIGRATIONS_DIR)
    assert "audit_events" in sa.inspect(db.engine).get_table_names()


def test_sqlite_runs_with_wal_full_sync_and_a_busy_timeout(app):
    with db.engine.connect() as connection:
        pragma = lambda name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()  # noqa: E731
        assert pragma("journal_mode") == "wal"
        assert pragma("synchronous") == 2  # FULL
        assert pragma("busy_timeout") == app.config["SQLITE_BUSY_TIMEOUT_MS"]
        assert pragma("foreign_keys") == 1


def test_a_secret_key_is_generated_once_and_kept(tmp_path, monkeypatch):
    from assist.config import secret_key_from_instance

    monkeypatch.delenv("ASSIST_SECRET_KEY", raising=False)
    first = secret_key_from_instance(tmp_path)
    assert len(first) > 40
    assert secret_key_from_instance(tmp_path) == first
    monkeypatch.setenv("ASSIST_SECRET_KEY", "from-the-environment")
    assert secret_key_from_instance(tmp_path) == "from-the-environment"
