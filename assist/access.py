"""Access lists. Every route declares exactly one list with ``@allow``; a request to a route
that declares none is refused (fail closed), and a test fails when one is missing."""

from enum import StrEnum

from flask import abort, current_app, g, redirect, request, url_for
from flask_login import current_user

from assist.models import Role


class Access(StrEnum):
    ANONYMOUS = "anonymous"
    SIGNED_IN = "signed_in"
    WORKER = "worker"
    SUPERVISOR = "supervisor"
    TRAINEE = "trainee"
    ADMIN = "admin"
    # The journey pages: a worker on their own case assessments, a trainee on their own
    # practice (assist/records.py decides which record; never a real case to a trainee).
    AUTHOR = "author"


ROLE_OF_LIST = {
    Access.WORKER: Role.WORKER,
    Access.SUPERVISOR: Role.SUPERVISOR,
    Access.TRAINEE: Role.TRAINEE,
    Access.ADMIN: Role.ADMIN,
}

AUTHOR_ROLES = (Role.WORKER, Role.TRAINEE)

# Flask's own static route serves the committed CSS, JS and images to everyone.
BUILT_IN = {"static": Access.ANONYMOUS}


def allow(access):
    access = Access(access)

    def decorate(view):
        if hasattr(view, "access"):
            raise RuntimeError(f"{view.__name__} is already in the {view.access} access list")
        view.access = access
        return view

    return decorate


def access_list_of(app, endpoint):
    if endpoint in BUILT_IN:
        return BUILT_IN[endpoint]
    view = app.view_functions.get(endpoint)
    return getattr(view, "access", None)


def enforce_access_lists(app):
    @app.before_request
    def check_access_list():
        if request.endpoint is None:
            return None  # no such route: Flask answers 404
        access = access_list_of(current_app, request.endpoint)
        if access is None:
            current_app.logger.error("route %s is in no access list", request.endpoint)
            abort(403)
        if access == Access.ANONYMOUS:
            return None
        if not current_user.is_authenticated:
            return _not_signed_in()
        required_role = ROLE_OF_LIST.get(access)
        if required_role is not None and current_user.role != required_role:
            abort(403)
        if access == Access.AUTHOR and current_user.role not in AUTHOR_ROLES:
            abort(403)
        if request.method == "POST" and "_timed_out" in request.form:
            return _keep_and_sign_out()
        return None


def _keep_and_sign_out():
    """The timeout dialog ran out: keep the user's form, then end the session."""
    from assist import audit
    from assist.extensions import db
    from assist.resume import keep_posted_form
    from assist.sessions import sign_out

    keep_posted_form(current_user.id, reason="timeout")
    audit.record("sign_out", current_user, detail="timeout")
    sign_out(current_user, reason="idle")
    db.session.commit()
    return redirect(url_for("auth.sign_in", reason="idle", next=request.path))


def _not_signed_in():
    """Send the user to sign in; a form posted after a timeout is kept for them first."""
    from assist.resume import keep_posted_form

    ended = g.get("ended_session")
    reason = ended.end_reason if ended is not None else None
    # Only a page can be returned to; a POST-only action (sign out, disable) cannot.
    is_page = request.url_rule is not None and "GET" in request.url_rule.methods
    params = {}
    if is_page:
        target = request.full_path if request.method == "GET" else request.path
        params["next"] = target.rstrip("?")
    if is_page and request.method == "POST" and reason in ("idle", "absolute"):
        keep_posted_form(ended.user_id, reason="timeout")
    if reason in ("idle", "absolute", "disabled"):
        params["reason"] = reason
    return redirect(url_for("auth.sign_in", **params))
