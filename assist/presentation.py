"""Template globals and filters, all registered here: UK dates, status tags, labels for stored
values, links to items, navigation and the session timeout. Each one only formats what a view
passed in; anything that reads the database or runs a check belongs in the view."""

import datetime as dt

from flask import current_app, request, url_for
from flask_login import current_user

from assist import labels
from assist.document import SECTION_TITLES
from assist.findings import marked
from assist.journey import kinds
from assist.journey.sections import BY_KEY
from assist.models.content import ItemKind
from assist.navigation import navigation_for
from assist.practice.attempts import FIXED_SECTIONS
from assist.security import csp_nonce
from assist.word import labels as word_labels
from assist.word_changes import word_changes

# A long list (the chronology, a map of it) is shown this many rows at a time, with a way to
# show all: 3,000 facts at once made pages of megabytes.
ROWS_PER_PAGE = 100

STATUS_TAG_COLOURS = {
    "draft": "grey",
    "submitted": "blue",
    "returned": "orange",
    "resubmitted": "purple",
    "signed_off": "green",
}


def uk_date(value):
    """23 November 2026 (a stored moment: the day it was in the UK)"""
    return word_labels.uk_day(value)


def uk_datetime(value):
    """23 November 2026 at 2:05pm, in UK time (summer time included); stored in UTC"""
    if value is None:
        return ""
    return word_labels.uk_time(value)


def iso_uk_date(value):
    """A scenario's ISO date (2026-02-27) as 27 February 2026; anything else as it is."""
    try:
        return uk_date(dt.date.fromisoformat(value))
    except (TypeError, ValueError):
        return value or ""


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


def section_title(key):
    return SECTION_TITLES.get(key, "Unsorted")


def item_href(assessment_id, kind, ref):
    """The link to an item on its section's page. A fact's link names it (``?fact=F123``), so
    that a chronology shown 100 facts a page opens at the page the fact is on."""
    section = BY_KEY[kinds.section_of(kind)]
    on_its_page = {"fact": ref} if kind == ItemKind.FACT else {}
    return f"{url_for(section.endpoint, assessment_id=assessment_id, **on_its_page)}#{ref}"


def join_ref(kind_and_id, contents):
    return contents.ref(*kind_and_id)


FILTERS = (uk_date, uk_datetime, iso_uk_date, join_ref, labels.factor_counts)
GLOBALS = (
    form_errors,
    status_tag,
    word_changes,
    marked,
    section_title,
    item_href,
    labels.category_label,
    labels.source_label,
    labels.how_known_label,
    labels.experience_label,
    labels.precision_label,
)
# A template global under a name of its own: "fact_date" is the display macro's.
NAMED_GLOBALS = {"fact_date_label": labels.fact_date}
CONSTANTS = {
    "experience_kinds": labels.EXPERIENCE_KINDS,
    "factor_kinds": labels.FACTOR_KINDS,
    "sections_by_key": BY_KEY,
    "rows_per_page": ROWS_PER_PAGE,
    "practice_fixed_sections": FIXED_SECTIONS,
}


def register_template_helpers(app):
    for template_filter in FILTERS:
        app.add_template_filter(template_filter)
    for template_global in GLOBALS:
        app.add_template_global(template_global)
    for name, value in {**CONSTANTS, **NAMED_GLOBALS}.items():
        app.add_template_global(value, name)

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
            "csp_nonce": csp_nonce(),
            "service_name": config["SERVICE_NAME"],
            "organisation_name": config["ORGANISATION_NAME"],
            "protective_marking": config["PROTECTIVE_MARKING"],
            "service_navigation": navigation_for(user, request.endpoint),
            "session_timeout": timeout,
        }
