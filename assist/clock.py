"""One place to ask the time, so tests can freeze it."""

from datetime import UTC, datetime


def now():
    return datetime.now(UTC)


def as_utc(moment):
    """SQLite hands datetimes back without a zone; they were stored as UTC."""
    if moment is None or moment.tzinfo is not None:
        return moment
    return moment.replace(tzinfo=UTC)
