"""Where each kind of user starts, and the service navigation they see. One place only."""

from flask import url_for

from assist.models import Role

DASHBOARDS = {
    Role.WORKER: "author.dashboard",
    Role.SUPERVISOR: "supervisor.dashboard",
    Role.TRAINEE: "trainee.dashboard",
    Role.ADMIN: "admin.dashboard",
}

# (label, endpoint, endpoints starting with this are "in" the item), in display order.
NAVIGATION = {
    Role.WORKER: [("Your cases", "author.dashboard", "author.")],
    Role.SUPERVISOR: [
        ("Review queue", "supervisor.dashboard", "supervisor."),
        ("Trainees", "tutor.dashboard", "tutor."),
    ],
    # A trainee reaches the author's journey pages only for practice (str.startswith: a tuple).
    Role.TRAINEE: [("Practice", "trainee.dashboard", ("trainee.", "author."))],
    Role.ADMIN: [
        ("Overview", "admin.dashboard", "admin.dashboard"),
        ("Users", "admin.users", "admin.user"),
        ("Teams", "admin.teams", "admin.team"),
        ("Audit log", "admin.audit_log", "admin.audit"),
    ],
}


def dashboard_endpoint(user):
    return DASHBOARDS[user.role]


def navigation_for(user, current_endpoint):
    if user is None or not user.is_authenticated:
        return []
    current_endpoint = current_endpoint or ""
    return [
        {"text": label, "href": url_for(endpoint), "active": current_endpoint.startswith(prefix)}
        for label, endpoint, prefix in NAVIGATION[user.role]
    ]
