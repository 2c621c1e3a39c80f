"""One place to ask the time, so tests can freeze it."""

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

# The day a person here means by "today": the UK's, summer time included, not UTC's.
UK = ZoneInfo("Europe/London")


def now():
    return datetime.now(UTC)


def as_utc(moment):
    """SQLite hands datetimes back without a zone; they were stored as UTC."""
    if moment is None or moment.tzinfo is not None:
        return moment
    return moment.replace(tzinfo=UTC)


def today() -> date:
    return now().astimezone(UK).date()
