"""The JSON API. ``POST /api/check`` runs the rubric on an assessment (one section or all of it)
and answers with the findings and the findings panel's HTML, for the live panel, and the version
of the assessment that was checked, so the panel shows an answer only for the text it asked
about."""

import sqlalchemy as sa
from flask import Blueprint, jsonify, render_template, request
from flask_login import current_user

from assist import audit, records
from assist.access import AUTHOR_ROLES, Access, allow
from assist.extensions import db, limiter
from assist.findings import findings_for
from assist.journey.sections import BY_KEY
from assist.models import Assessment
from assist.navigator import Navigator
from assist.rate_limits import api_check_limit, per_person
from assist.spelling_panel import spelling_for

bp = Blueprint("api", __name__, url_prefix="/api")


def _version_checked(assessment):
    """The version whose text was checked, or None if a save landed while checking (the items
    read may be that save's, not this version's). The live panel shows an answer only for the
    version its autosave made, so never one about an older (or another tab's) text."""
    now = db.session.scalar(sa.select(Assessment.version).where(Assessment.id == assessment.id))
    return assessment.version if now == assessment.version else None


def _problem(message, status=400):
    return jsonify(error=message), status


@bp.post("/check")
@allow(Access.SIGNED_IN)
@limiter.limit(api_check_limit, key_func=per_person)
def check():
    try:
        body = request.get_json(silent=True)
    except RecursionError:  # thousands of nested arrays: not a request any page sends
        body = None
    if not isinstance(body, dict):
        return _problem('Send a JSON object like {"assessment_id": 12, "section": "analysis"}')
    assessment_id = body.get("assessment_id")
    section = body.get("section") or None
    if not isinstance(assessment_id, int) or isinstance(assessment_id, bool):
        return _problem("assessment_id must be a whole number")
    if section is not None and section not in BY_KEY:
        return _problem(f"section must be one of: {', '.join(BY_KEY)}")
    if current_user.role not in AUTHOR_ROLES:
        audit.refused("assessments", assessment_id)  # the id is in the body, not the address
        return _problem("Not found", 404)
    assessment = records.assessment_for_author(current_user, assessment_id)
    found = findings_for(assessment, sections=[section] if section else None)
    # An item's edit page asks for no buttons (pressing one would lose what is being typed), so
    # its spelling is listed without waiting for replacements it would not offer.
    item_page = body.get("actions") is False
    spelling = spelling_for(assessment, section, wait_for_suggestions=not item_page)
    nav = Navigator(assessment, section, item_page=item_page)
    panel = render_template(
        "components/findings_panel.html",
        assessment=assessment,
        findings=found,
        findings_section=section,
        can_dismiss=nav.can_dismiss,
        can_fix_spelling=nav.can_fix_spelling,
        back_path=body.get("back") if isinstance(body.get("back"), str) else None,
        spelling_result=spelling,
    )
    return jsonify(
        version=_version_checked(assessment),
        findings=[f.finding.to_dict() | {"href": f.href} for f in found],
        spelling=spelling.to_dict(),
        html=panel,
    )
