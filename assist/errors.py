"""Friendly error pages. No stack trace ever reaches a user; nothing typed is lost to CSRF."""

import math
import time

from flask import current_app, flash, jsonify, redirect, render_template, request, url_for
from flask_login import current_user
from flask_wtf.csrf import CSRFError
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm.exc import StaleDataError
from werkzeug.exceptions import HTTPException, InternalServerError, TooManyRequests

from assist.extensions import db

PAGES = {
    400: (
        "Sorry, there is a problem with what was sent",
        "The page could not understand the request. Go back and try again.",
    ),
    403: (
        "You do not have permission to see this page",
        "If you think you should, ask your supervisor or administrator.",
    ),
    404: (
        "Page not found",
        "If you typed the web address, check it is correct. If you pasted "
        "the web address, check you copied the entire address. The record may not exist, or "
        "you may not have access to it.",
    ),
    405: ("Sorry, that action is not allowed here", "Go back and use the buttons on the page."),
    409: (
        "Someone else changed this while you were working",
        "Nothing has been overwritten. Go back, reload the page and make your change again.",
    ),
    413: ("The file or form was too large", "Send less at once: the limit is {limit}."),
    429: (
        "Too many attempts",
        "There have been too many attempts from your network in a short time. Wait {wait}, "
        "then try again.",
    ),
    503: (
        "The service is busy",
        "Nothing was saved. Go back: what you typed is still in the form. Wait a few seconds, "
        "then save again.",
    ),
    500: (
        "Sorry, there is a problem with the service",
        "Try again later. What you saved before this happened is safe.",
    ),
}
CSRF_KEPT = (
    "Your page had expired, so nothing was saved. We kept what you typed: check it and "
    "submit the form again."
)


def render_error(code, retry_after=None):
    """The page (or, for a script, the JSON) for ``code``; ``retry_after``: seconds to wait."""
    title, body = PAGES[code]
    limit_mb = current_app.config["MAX_CONTENT_LENGTH"] / (1024 * 1024)
    message = body.format(limit=f"{limit_mb:g} MB", wait=worded(retry_after or 60))
    if request.accept_mimetypes.best == "application/json":
        # Autosave and the findings panel read JSON: an HTML page would stop them dead.
        response = jsonify(
            saved=False, conflict=code == 409, busy=code == 503, error=title, message=message
        )
    else:
        response = render_template("errors/error.html", code=code, title=title, body=message)
    return response, code, {"Retry-After": str(retry_after)} if retry_after else {}


def worded(seconds):
    if seconds < 60:
        return f"{seconds} second{'s' if seconds != 1 else ''}"
    minutes = math.ceil(seconds / 60)
    return f"{minutes} minute{'s' if minutes != 1 else ''}"


def _seconds_to_wait():
    """Until the window of the limit this request broke ends (a minute if none is known)."""
    from assist.extensions import limiter

    broken = limiter.current_limit
    if broken is None or not broken.breached:
        return 60
    return max(1, math.ceil(broken.window.reset_time - time.time()))


def register(app):
    @app.errorhandler(CSRFError)
    def csrf_failed(error):
        from assist.resume import keep_posted_form

        db.session.rollback()
        current_app.logger.info("CSRF check failed on %s", request.endpoint)
        if request.method == "POST" and request.endpoint == "auth.sign_in":
            flash("Your sign-in page had expired. Sign in again.", "kept")
            return redirect(url_for("auth.sign_in"))
        page_has_a_form = request.url_rule is not None and "GET" in request.url_rule.methods
        if request.method == "POST" and current_user.is_authenticated and page_has_a_form:
            keep_posted_form(current_user.id, reason="csrf")
            flash(CSRF_KEPT, "kept")
            return redirect(request.path)
        return render_error(400)

    @app.errorhandler(StaleDataError)
    def stale(error):
        db.session.rollback()
        return render_error(409)

    @app.errorhandler(OperationalError)
    def database_busy(error):
        db.session.rollback()
        if _busy(error):
            # Another save held the database for longer than the busy timeout.
            current_app.logger.warning("database busy on %s", request.endpoint)
            return render_error(503)
        current_app.logger.exception("database error on %s", request.endpoint)
        return render_error(InternalServerError.code)

    @app.errorhandler(TooManyRequests)
    def too_many(error):
        db.session.rollback()
        return render_error(TooManyRequests.code, retry_after=_seconds_to_wait())

    @app.errorhandler(HTTPException)
    def http_error(error):
        if error.code in PAGES:
            if error.code >= 500:
                db.session.rollback()
            return render_error(error.code)
        return error

    @app.errorhandler(Exception)
    def unexpected(error):
        db.session.rollback()
        # The traceback goes to the log (which never holds form contents), not to the user.
        current_app.logger.exception("unhandled error on %s", request.endpoint)
        return render_error(InternalServerError.code)


def _busy(error):
    """SQLite's "database is locked", or PostgreSQL giving up on a lock or a deadlock."""
    code = getattr(getattr(error, "orig", None), "sqlstate", None)
    return "database is locked" in str(error) or code in ("55P03", "40P01", "40001")
