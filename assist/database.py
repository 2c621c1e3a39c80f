"""Database binding, SQLite's durability settings, and schema set-up through migrations."""

from flask_migrate import upgrade
from sqlalchemy import event

from assist.config import PROJECT_ROOT
from assist.extensions import db, migrate

MIGRATIONS_DIR = str(PROJECT_ROOT / "migrations")


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
    """Create or migrate the schema (idempotent)."""
    upgrade(directory=MIGRATIONS_DIR)
