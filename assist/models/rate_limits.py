"""Rate-limit counters, in the database every app process shares, so that an address trying
passwords or calling /api/check is counted once however many processes answer it."""

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from assist.extensions import db


class RateLimitCounter(db.Model):
    """How many times one address has done one limited thing in the current window."""

    __tablename__ = "rate_limit_counters"

    # Flask-Limiter's key: the limit, the address and the page; never anything typed.
    key: Mapped[str] = mapped_column(sa.String(255), primary_key=True)
    hits: Mapped[int] = mapped_column(sa.Integer)
    # Seconds since 1970, as the limits library reckons windows (time.time()).
    expires_at: Mapped[float] = mapped_column(sa.Float, index=True)
