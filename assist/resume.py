"""Nothing typed is lost: a form posted after the session timed out, or with an expired CSRF
token, is kept on the server and offered back, filled in, when the user returns to the page."""

import sqlalchemy as sa
from flask import request
from flask_login import current_user

from assist import clock
from assist.extensions import db
from assist.models import PendingSubmission

NOT_KEPT = ("csrf_token", "password", "_timed_out")


def keep_posted_form(user_id, reason):
    data = {
        key: request.form.getlist(key)
        for key in request.form
        if not any(word in key for word in NOT_KEPT)
    }
    pending = PendingSubmission(user_id=user_id, path=request.path, form_data=data, reason=reason)
    db.session.add(pending)
    db.session.commit()
    return pending


def latest_for_current_page():
    """The newest unused kept form for this user and page, or None."""
    if not current_user.is_authenticated:
        return None
    return db.session.scalar(
        sa.select(PendingSubmission)
        .where(
            PendingSubmission.user_id == current_user.id,
            PendingSubmission.path == request.path,
            PendingSubmission.used_at.is_(None),
        )
        .order_by(PendingSubmission.created_at.desc())
        .limit(1)
    )


def mark_used(pending):
    pending.used_at = clock.now()
