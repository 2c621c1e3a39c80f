"""Rate limits (Flask-Limiter): per address for sign-in, per person for /api/check, counted
in the app's own database.

Flask-Limiter keeps its counts in a storage of the ``limits`` library: memory, Redis, Memcached
or MongoDB. Memory is one process's own, so behind a proxy with several processes an address
would get each process's allowance; the others are servers this service does not run. So the
counts live in a table of the database every process already shares (SQLite or PostgreSQL),
one row per limit and address, each changed by one atomic upsert."""

import time

import sqlalchemy as sa
from flask import current_app
from flask_limiter.util import get_remote_address
from flask_login import current_user
from limits.storage import Storage
from sqlalchemy.dialects import postgresql, sqlite

from assist.extensions import db, limiter
from assist.models import RateLimitCounter

SCHEME = "assist-database"
# How often a process deletes counters whose window has ended (addresses come and go).
SWEEP_EVERY_SECONDS = 60
_UPSERTS = {"postgresql": postgresql.insert, "sqlite": sqlite.insert}


def init_app(app):
    app.config.setdefault("RATELIMIT_STORAGE_URI", f"{SCHEME}://")
    limiter.init_app(app)


def sign_in_limit():
    return current_app.config["SIGN_IN_RATE_LIMIT"]


def api_check_limit():
    return current_app.config["API_CHECK_RATE_LIMIT"]


def per_person():
    """/api/check answers signed-in people only, so each person is counted, not their address:
    a whole office behind one proxy shares one address, and would share one allowance."""
    if current_user.is_authenticated:
        return f"user:{current_user.id}"
    return get_remote_address()


def sign_in_refused(response):
    """A sign-in that failed draws the form again (200); one that worked redirects. Only the
    failures count, so a whole office signing in at nine from one address is never stopped."""
    return response.status_code == 200


class DatabaseStorage(Storage):
    """A ``limits`` storage for the fixed-window strategy on the app's database (in a request,
    on a connection of its own, so a count is committed whatever the request does)."""

    STORAGE_SCHEME = [SCHEME]

    def __init__(self, uri=None, wrap_exceptions=False, **options):
        super().__init__(uri, wrap_exceptions, **options)
        self._swept_at = 0.0

    @property
    def base_exceptions(self):
        return sa.exc.SQLAlchemyError

    def incr(self, key, expiry, amount=1):
        """Count ``amount`` more in the key's window, starting a new window if it has ended;
        the count after. One statement, so two processes counting at once both count."""
        now = time.time()
        table = RateLimitCounter.__table__
        ended = table.c.expires_at <= now
        upsert = _UPSERTS[db.engine.dialect.name](table).values(
            key=key, hits=amount, expires_at=now + expiry
        )
        upsert = upsert.on_conflict_do_update(
            index_elements=[table.c.key],
            set_={
                "hits": sa.case((ended, amount), else_=table.c.hits + amount),
                "expires_at": sa.case((ended, now + expiry), else_=table.c.expires_at),
            },
        ).returning(table.c.hits)
        with db.engine.begin() as connection:
            hits = connection.execute(upsert).scalar_one()
            if now - self._swept_at > SWEEP_EVERY_SECONDS:
                self._swept_at = now
                connection.execute(sa.delete(table).where(table.c.expires_at < now))
        return hits

    def get(self, key):
        table = RateLimitCounter.__table__
        with db.engine.connect() as connection:
            hits = connection.execute(
                sa.select(table.c.hits).where(table.c.key == key, table.c.expires_at > time.time())
            ).scalar()
        return hits or 0

    def get_expiry(self, key):
        table = RateLimitCounter.__table__
        with db.engine.connect() as connection:
            expires_at = connection.execute(
                sa.select(table.c.expires_at).where(table.c.key == key)
            ).scalar()
        return expires_at if expires_at is not None else time.time()

    def check(self):
        try:
            with db.engine.connect() as connection:
                connection.execute(sa.select(1))
        except sa.exc.SQLAlchemyError:
            return False
        return True

    def reset(self):
        with db.engine.begin() as connection:
            return connection.execute(sa.delete(RateLimitCounter.__table__)).rowcount

    def clear(self, key):
        table = RateLimitCounter.__table__
        with db.engine.begin() as connection:
            connection.execute(sa.delete(table).where(table.c.key == key))
