"""Template globals and filters: UK dates, status tags, navigation, the session timeout."""

from flask import current_app, g, request
from flask_login import current_user

from assist.clock import as_utc
from assist.navigation import navigation_for
from assist.word_changes import word_changes

STATUS_TAG_COLOURS = {
    "draft": "grey",
    "submitted": "blue",
    "returned": "orange",
    "resubmitted": "purple",
    "signed_off": "green",
}


def uk_date(value):
    """23 November 2026"""
    if value is None:
        return ""
    return f"{value.day} {value:%B %Y}"


def uk_datetime(value):
    """23 November 2026 at 2:05pm (UK time is close enough: shown as stored, in UTC)"""
    if value is None:
        return ""
    value = as_utc(value)
    hour = value.hour % 12 or 12
    return f"{uk_date(value)} at {hour}:{value:%M}{'am' if value.hour < 12 else 'pm'} UTC"


def status_tag(status):
    value = getattr(status, "value", status)
    return {
        "text": value.replace("_", " ").capitalize(),
        "classes": f"govuk-tag--{STATUS_TAG_COLOURS.get(value, 'grey')}",
    }


def form_errors(form):
    """The error summary's list, with each date's link going to its Day box (the first input),
    since the field's own id is only the wrapping fieldset."""
    from govuk_frontend_wtf.main import wtforms_errors

    summary = wtforms_errors(form)
    dates = {f"#{field.id}" for field in form if field.type == "GovDateField"}
    for error in summary["errorList"]:
        if error["href"] in dates:
            error["href"] += "-day"
    return summary


def register_template_helpers(app):
    app.add_template_global(form_errors)
    app.add_template_filter(uk_date)
    app.add_template_filter(uk_datetime)
    app.add_template_global(status_tag)
    app.add_template_global(word_changes)

    @app.context_processor
    def shell():
        config = current_app.config
        user = current_user if current_user.is_authenticated else None
        timeout = None
        if user is not None and user.current_session is not None:
            timeout = {
                "idle_seconds": int(config["IDLE_TIMEOUT"].total_seconds()),
                "warning_seconds": int(config["TIMEOUT_WARNING"].total_seconds()),
            }
        return {
            "csp_nonce": g.get("csp_nonce", ""),
            "service_name": config["SERVICE_NAME"],
            "organisation_name": config["ORGANISATION_NAME"],
            "protective_marking": config["PROTECTIVE_MARKING"],
            "service_navigation": navigation_for(user, request.endpoint),
            "session_timeout": timeout,
        }
