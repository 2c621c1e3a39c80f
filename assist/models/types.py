"""Column helpers shared by the models."""

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import mapped_column
from sqlalchemy.types import TypeDecorator

from assist.clock import as_utc, now


class UTCDateTime(TypeDecorator):
    """Timezone-aware datetimes on every engine (SQLite forgets the zone)."""

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect):
        if value is not None and value.tzinfo is None:
            raise ValueError("naive datetime given; use assist.clock.now()")
        return value

    def process_result_value(self, value, dialect):
        return as_utc(value)


def enum_column(enum_class, **kwargs):
    """Store an enum as its value, with a CHECK constraint, on every engine."""
    return sa.Enum(
        enum_class,
        native_enum=False,
        create_constraint=True,
        length=32,
        values_callable=lambda members: [member.value for member in members],
        validate_strings=True,
        **kwargs,
    )


def timestamp(nullable=False, **kwargs):
    """A UTC timestamp column; required ones default to the moment of insert."""
    if not nullable:
        kwargs.setdefault("default", now)
    return mapped_column(UTCDateTime(), nullable=nullable, **kwargs)
