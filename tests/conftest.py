"""Shared fixtures: a fresh, migrated database per test on SQLite (and on PostgreSQL for tests
marked ``db``), a small invented world of people and records, and page helpers."""

import contextvars
import os
import shutil
import uuid
from pathlib import Path

import psycopg
import pytest
import sqlalchemy as sa
from flask.testing import FlaskClient
from sqlalchemy.engine import make_url

from assist import create_app
from assist.database import migrate_to_latest
from assist.extensions import db
from assist.journey import item_change

POSTGRES_URL = os.environ.get("ASSIST_TEST_POSTGRES_URL")

pytest_plugins = ["tests.world", "tests.pages"]


def pytest_generate_tests(metafunc):
    if "engine" in metafunc.fixturenames:
        engines = ["sqlite"]
        if metafunc.definition.get_closest_marker("db"):
            engines.append("postgresql")
        metafunc.parametrize("engine", engines, indirect=True)


def pytest_collection_modifyitems(config, items):
    if POSTGRES_URL is None and os.environ.get("CI"):
        raise pytest.UsageError("CI needs ASSIST_TEST_POSTGRES_URL: run the tests with make test")


@pytest.fixture
def engine(request):
    if request.param == "postgresql" and POSTGRES_URL is None:
        pytest.skip("no PostgreSQL server: run `make test` to start one")
    return request.param


def _pg_admin_connect():
    url = make_url(POSTGRES_URL)
    return psycopg.connect(
        host=url.host, port=url.port, user=url.username, dbname=url.database, autocommit=True
    )


def _with_database(url_string, database):
    return make_url(url_string).set(database=database).render_as_string(hide_password=False)


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory):
    path = tmp_path_factory.mktemp("template") / "assist.db"
    app = create_app(
        "test", SQLALCHEMY_DATABASE_URI=f"sqlite:///{path}", INSTANCE_PATH=str(path.parent)
    )
    with app.app_context():
        migrate_to_latest()
        with db.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        db.engine.dispose()
    return path


@pytest.fixture(scope="session")
def postgres_template():
    if POSTGRES_URL is None:
        return None
    # One template per xdist worker, so parallel workers never drop each other's.
    name = f"assist_template_{os.environ.get('PYTEST_XDIST_WORKER', 'main')}"
    with _pg_admin_connect() as connection:
        connection.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        connection.execute(f"CREATE DATABASE {name}")
    app = create_app("test", SQLALCHEMY_DATABASE_URI=_with_database(POSTGRES_URL, name))
    with app.app_context():
        migrate_to_latest()
        db.engine.dispose()
    return name


@pytest.fixture
def database_url(request, engine, tmp_path):
    if engine == "sqlite":
        template = request.getfixturevalue("sqlite_template")
        target = tmp_path / "assist.db"
        shutil.copyfile(template, target)
        yield f"sqlite:///{target}"
        return
    template = request.getfixturevalue("postgres_template")
    name = f"assist_test_{uuid.uuid4().hex[:12]}"
    with _pg_admin_connect() as connection:
        connection.execute(f"CREATE DATABASE {name} TEMPLATE {template}")
    yield _with_database(POSTGRES_URL, name)
    with _pg_admin_connect() as connection:
        connection.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def app_config():
    """Overrides for one test module: override this fixture to change settings."""
    return {}


class IsolatedClient(FlaskClient):
    """Each request runs as in production: in its own app context, with its own ``g`` and
    database session, even though the test itself holds an app context open."""

    def open(self, *args, **kwargs):
        return contextvars.Context().run(super().open, *args, **kwargs)


@pytest.fixture
def app(database_url, tmp_path, app_config):
    application = create_app(
        "test",
        SQLALCHEMY_DATABASE_URI=database_url,
        INSTANCE_PATH=str(tmp_path / "instance"),
        **app_config,
    )
    application.test_client_class = IsolatedClient
    with application.app_context():
        yield application
        db.session.remove()
        db.engine.dispose()


@pytest.fixture(autouse=True)
def item_changes_checked(monkeypatch):
    """Every save of one item whose changes are worked out from that item alone is compared
    with the whole snapshots' difference: a disagreement fails the save, in every test."""
    monkeypatch.setattr(item_change, "COMPARE_WITH_WHOLE", True)


@pytest.fixture
def client(app):
    return app.test_client()


def count(model, *where):
    return db.session.scalar(sa.select(sa.func.count()).select_from(model).where(*where))


@pytest.fixture
def artifacts():
    path = Path(__file__).resolve().parent.parent / "test-artifacts"
    path.mkdir(exist_ok=True)
    return path
