"""Two real `assist serve` processes on one PostgreSQL, as behind a reverse proxy
(docs/production.md): whichever process answers, a person stays signed in, a wrong password
counts towards one lockout and one rate limit, a save and an ignored word are seen at once, and
migrations started at once by both run once."""

import os
import re
import subprocess
import uuid
from concurrent.futures import ThreadPoolExecutor

import pytest
import requests
import sqlalchemy as sa

from bench.bench_concurrent_saves import EMAIL, PASSWORD, TOKEN, VERSION, build, form
from bench.servers import ASSIST, assist_serve, running, sign_in
from tests.conftest import POSTGRES_URL, _pg_admin_connect, _with_database

pytestmark = pytest.mark.skipif(
    POSTGRES_URL is None, reason="no PostgreSQL server: run `make test` to start one"
)
META_TOKEN = re.compile(r'name="csrf-token"[^>]*content="([^"]+)"')
LOCKED_EMAIL = "lee.locked@assist.example"
WRONG = "wrong but long password"
JSON = {"Accept": "application/json"}


@pytest.fixture(scope="module")
def shared_database():
    name = f"assist_two_{uuid.uuid4().hex[:12]}"
    with _pg_admin_connect() as connection:
        connection.execute(f"CREATE DATABASE {name}")
    yield _with_database(POSTGRES_URL, name)
    with _pg_admin_connect() as connection:
        connection.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def _environment(database_url, instance):
    # As two containers: each its own instance folder, one secret key and one database.
    return {
        "ASSIST_ENV": "development",
        "ASSIST_DATABASE_URL": database_url,
        "ASSIST_INSTANCE_PATH": str(instance),
        "ASSIST_SECRET_KEY": "an invented key shared by every process of the service",
        "ASSIST_TRUST_PROXY_HEADERS": "1",  # each test is a client of its own behind the proxy
        "ASSIST_MAX_FAILED_SIGN_INS": "4",
        "ASSIST_SIGN_IN_RATE_LIMIT": "5 per minute",
    }


@pytest.fixture(scope="module")
def servers(shared_database, tmp_path_factory):
    """(A, B, an assessment, its fact): two processes, after both ran `assist init-db` at
    once."""
    environments = [
        dict(os.environ, **_environment(shared_database, tmp_path_factory.mktemp(name)))
        for name in ("a", "b")
    ]
    migrations = [
        subprocess.Popen(  # noqa: S603 (our own command)
            [ASSIST, "init-db"], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT
        )
        for env in environments
    ]
    for migration in migrations:
        output, _ = migration.communicate(timeout=300)
        assert migration.returncode == 0, output.decode()
    assessment_id, [fact_id] = build(shared_database, str(tmp_path_factory.mktemp("build")), 1)
    _add_account(shared_database, tmp_path_factory.mktemp("account"), LOCKED_EMAIL)
    with (
        running(assist_serve, environments[0]) as (_, a),
        running(assist_serve, environments[1]) as (_, b),
    ):
        yield a, b, assessment_id, fact_id


def _add_account(database_url, instance, email):
    from assist import accounts, create_app
    from assist.extensions import db
    from assist.models import Role

    app = create_app("development", SQLALCHEMY_DATABASE_URI=database_url, INSTANCE_PATH=instance)
    with app.app_context():
        accounts.create_user(
            db.session,
            app.config,
            email=email,
            name="Lee Locked",
            role=Role.WORKER,
            password=PASSWORD,
        )
        db.session.commit()
        db.engine.dispose()


def _client(address):
    http = requests.Session()
    http.headers["X-Forwarded-For"] = address
    return http


def _sign_in(http, base, email=EMAIL, password=PASSWORD):
    return sign_in(http, base, email, password)


def test_the_migrations_ran_once(servers, shared_database):
    engine = sa.create_engine(shared_database.replace("postgresql://", "postgresql+psycopg://"))
    with engine.connect() as connection:
        versions = connection.execute(sa.text("SELECT version_num FROM alembic_version")).all()
    engine.dispose()
    assert len(versions) == 1


def test_signed_in_on_one_process_signed_in_on_the_other(servers):
    a, b, _, _ = servers
    http = _client("203.0.113.1")
    assert _sign_in(http, a).status_code == 302
    dashboard = http.get(f"{b}/cases/", timeout=60, allow_redirects=False)
    assert dashboard.status_code == 200
    # Signing out on B ends the session A sees too.
    page = http.get(f"{b}/cases/", timeout=60).text
    token = META_TOKEN.search(page).group(1)
    http.post(f"{b}/sign-out", data={"csrf_token": token}, timeout=60)
    again = http.get(f"{a}/cases/", timeout=60, allow_redirects=False)
    assert again.status_code == 302 and "/sign-in" in again.headers["Location"]


def test_wrong_passwords_on_both_processes_count_towards_one_lockout(servers):
    a, b, _, _ = servers
    http = _client("203.0.113.2")
    for base in (a, b, a, b):  # two on each: neither process alone saw four
        assert _sign_in(http, base, LOCKED_EMAIL, WRONG).status_code == 200
    # Locked: the right password signs in on neither (the second from another client, as one
    # address's sixth refusal in a minute would be rate-limited instead).
    assert _sign_in(http, a, LOCKED_EMAIL, PASSWORD).status_code == 200
    assert _sign_in(_client("203.0.113.12"), b, LOCKED_EMAIL, PASSWORD).status_code == 200


def test_one_address_is_rate_limited_across_both_processes(servers):
    a, b, _, _ = servers
    http = _client("203.0.113.3")
    unknown = "nobody@assist.example"
    answers = [_sign_in(http, base, unknown, WRONG).status_code for base in (a, b, a, b, a)]
    assert answers == [200] * 5
    refused = _sign_in(http, b, unknown, WRONG)  # B's own count alone would be two
    assert refused.status_code == 429 and int(refused.headers["Retry-After"]) > 0
    # Another client of the proxy is not held up.
    assert _sign_in(_client("203.0.113.4"), b, unknown, WRONG).status_code == 200


def _save(http, base, assessment_id, fact_id, text):
    """Save the fact's text on ``base`` as its page would; (the version it was based on, the
    page's token)."""
    url = f"{base}/cases/assessments/{assessment_id}/facts/{fact_id}"
    page = http.get(url, timeout=60).text
    token, version = TOKEN.search(page).group(1), int(VERSION.search(page).group(1))
    saved = http.post(url, data=form(version, text, token), headers=JSON, timeout=60)
    assert saved.status_code == 200 and saved.json()["saved"], saved.status_code
    return version, token


def test_a_save_on_one_process_is_seen_on_the_other(servers):
    a, b, assessment_id, fact_id = servers
    http = _client("203.0.113.5")
    assert _sign_in(http, a).status_code == 302
    version, token = _save(http, a, assessment_id, fact_id, "Ava arrived hungry on Monday")
    facts = http.get(f"{b}/cases/assessments/{assessment_id}/facts", timeout=60).text
    assert "arrived hungry on Monday" in facts
    # Both at once from the version before: the fact has changed since, so each process says
    # so (409) and neither overwrites it.
    stale = form(version, "Written from an older page", token)
    url = f"/cases/assessments/{assessment_id}/facts/{fact_id}"
    with ThreadPoolExecutor(max_workers=2) as pool:
        late = pool.map(
            lambda base: http.post(f"{base}{url}", data=stale, headers=JSON, timeout=60),
            (a, b),
        )
        assert [answer.status_code for answer in late] == [409, 409]


def test_a_word_ignored_on_one_process_is_not_flagged_on_the_other(servers):
    a, b, assessment_id, fact_id = servers
    http = _client("203.0.113.6")
    assert _sign_in(http, a).status_code == 302
    _, token = _save(http, a, assessment_id, fact_id, "The nursary saw a bruise on Tuesday")

    def flagged():
        answer = http.post(
            f"{b}/api/check",
            json={"assessment_id": assessment_id, "section": "facts"},
            headers={"X-CSRFToken": token, **JSON},
            timeout=120,
        )
        assert answer.status_code == 200
        return {issue["flagged"] for issue in answer.json()["spelling"]["issues"]}

    assert "nursary" in flagged()
    ignored = http.post(
        f"{a}/cases/assessments/{assessment_id}/spelling/ignore",
        data={"csrf_token": token, "word": "nursary"},
        timeout=60,
        allow_redirects=False,
    )
    assert ignored.status_code == 302
    assert "nursary" not in flagged()
