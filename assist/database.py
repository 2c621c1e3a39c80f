"""Database binding, SQLite's durability settings, and schema set-up through migrations."""

import contextlib
import fcntl

import sqlalchemy as sa
from flask_migrate import upgrade
from sqlalchemy import event

from assist.config import PROJECT_ROOT
from assist.extensions import db, migrate

MIGRATIONS_DIR = str(PROJECT_ROOT / "migrations")
# Any fixed number: the PostgreSQL advisory lock every process's migration waits on.
MIGRATION_LOCK = 7_246_013


def init_database(app):
    uri = app.config["SQLALCHEMY_DATABASE_URI"]
    if uri.startswith("sqlite"):
        # A long-lived app holds one pool; each connection gets the pragmas below.
        app.config["SQLALCHEMY_ENGINE_OPTIONS"] = {
            **app.config.get("SQLALCHEMY_ENGINE_OPTIONS", {}),
            "connect_args": {"timeout": app.config["SQLITE_BUSY_TIMEOUT_MS"] / 1000},
        }
    elif uri.startswith("postgresql://"):
        app.config["SQLALCHEMY_DATABASE_URI"] = uri.replace(
            "postgresql://", "postgresql+psycopg://", 1
        )
    db.init_app(app)
    migrate.init_app(app, db, directory=MIGRATIONS_DIR, render_as_batch=True)
    with app.app_context():
        if db.engine.dialect.name == "sqlite":
            _set_sqlite_pragmas(db.engine, app.config["SQLITE_BUSY_TIMEOUT_MS"])


def _set_sqlite_pragmas(engine, busy_timeout_ms):
    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection, connection_record):
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()


def migrate_to_latest():
    """Create or migrate the schema (idempotent). Processes that start at once (several
    containers each running `assist init-db`) take turns: the first migrates, and the others
    then find nothing to do, rather than racing to create the same tables."""
    with _one_migration_at_a_time():
        upgrade(directory=MIGRATIONS_DIR)


@contextlib.contextmanager
def _one_migration_at_a_time():
    if db.engine.dialect.name == "postgresql":
        with db.engine.connect() as connection:
            # A session-level advisory lock: held across the migration's own transactions (on
            # another connection) until unlocked here, or until this connection closes.
            connection.execute(sa.text("SELECT pg_advisory_lock(:key)"), {"key": MIGRATION_LOCK})
            connection.commit()
            try:
                yield
            finally:
                connection.execute(
                    sa.text("SELECT pg_advisory_unlock(:key)"), {"key": MIGRATION_LOCK}
                )
                connection.commit()
        return
    path = db.engine.url.database
    if not path or path == ":memory:":
        yield
        return
    # SQLite: a lock file beside the database, released by the system if the process dies.
    with open(f"{path}.migrating", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)
