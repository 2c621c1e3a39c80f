"""Server-side sessions: the cookie carries a random token; the database row decides whether it
is alive. Idle and absolute timeouts, sign-out and disabling an account all end the row."""

import hashlib
import secrets
from datetime import timedelta

import sqlalchemy as sa
from flask import current_app, g, request, session
from flask_login import login_user, logout_user

from assist import clock
from assist.audit import client_address
from assist.extensions import db, login_manager
from assist.models import UserSession

# Polling how long is left must not count as activity.
UNTOUCHED_ENDPOINTS = {"auth.session_status", "static"}
TOUCH_INTERVAL = timedelta(seconds=10)


def digest(token):
    return hashlib.sha256(token.encode()).hexdigest()


def start_session(user):
    """Sign ``user`` in with a brand-new session id (the old cookie content is discarded)."""
    session.clear()
    token = secrets.token_urlsafe(32)
    user_session = UserSession(
        token_digest=digest(token), user_id=user.id, ip_address=client_address()
    )
    db.session.add(user_session)
    db.session.flush()
    user_session.token = token
    user.current_session = user_session
    login_user(user)
    session.permanent = False
    return user_session


def end_session(user_session, reason):
    if user_session is not None and user_session.ended_at is None:
        user_session.ended_at = clock.now()
        user_session.end_reason = reason


def end_all_sessions(user, reason, keep=None):
    """End every live session of ``user`` (on every browser), except ``keep`` if given."""
    where = [UserSession.user_id == user.id, UserSession.ended_at.is_(None)]
    if keep is not None:
        where.append(UserSession.id != keep.id)
    db.session.execute(
        sa.update(UserSession).where(*where).values(ended_at=clock.now(), end_reason=reason)
    )


def sign_out(user, reason="signed_out"):
    end_session(user.current_session, reason)
    logout_user()
    session.clear()


def seconds_left(user_session):
    """Seconds until the idle or absolute timeout, whichever comes first."""
    config = current_app.config
    now = clock.now()
    idle_end = user_session.last_seen_at + config["IDLE_TIMEOUT"]
    absolute_end = user_session.created_at + config["ABSOLUTE_TIMEOUT"]
    return max(0, int((min(idle_end, absolute_end) - now).total_seconds()))


def _expiry_reason(user_session, user):
    config = current_app.config
    now = clock.now()
    if user_session.ended_at is not None:
        return user_session.end_reason or "ended"
    if not user.is_active:
        return "disabled"
    if now - user_session.created_at >= config["ABSOLUTE_TIMEOUT"]:
        return "absolute"
    if now - user_session.last_seen_at >= config["IDLE_TIMEOUT"]:
        return "idle"
    return None


@login_manager.user_loader
def load_user(token):
    user_session = db.session.scalar(
        sa.select(UserSession).where(UserSession.token_digest == digest(token))
    )
    if user_session is None:
        return None
    user = user_session.user
    reason = _expiry_reason(user_session, user)
    if reason:
        end_session(user_session, reason)
        db.session.commit()
        # Remembered so a form posted after a timeout can be kept for this user.
        g.ended_session = user_session
        return None
    user_session.token = token
    user.current_session = user_session
    if request.endpoint not in UNTOUCHED_ENDPOINTS:
        now = clock.now()
        if now - user_session.last_seen_at >= TOUCH_INTERVAL:
            user_session.last_seen_at = now
            db.session.commit()
    return user
