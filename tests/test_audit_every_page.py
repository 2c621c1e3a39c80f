"""The audit battery: every page that shows an assessment's text, opened by someone allowed to
see it, leaves a "view" row naming that assessment; the same page asked for by someone who may
not see it leaves a "refused" row. The pages are read from the app's own URL map, so a page
added later is in the battery without anyone remembering to add it."""

import sqlalchemy as sa

from assist.extensions import db
from assist.models import AuditEvent

# The model whose first item an <item_id> page opens, by the path segment before it.
ITEM_MODELS = {
    "adults": "Adult",
    "analysis-statements": "AnalysisStatement",
    "children": "Child",
    "dangers": "Danger",
    "experiences": "ChildExperience",
    "facts": "Fact",
    "recommendations": "Recommendation",
    "hazard": "RiskFactor",
}
# Who may open which blueprint's pages, and which of their records.
OPENERS = {
    "author": ("wendy", "wendy_draft", "sasha"),
    "supervisor": ("nadia", "wendy_submitted", "sol"),
    "trainee": ("tara", "tara_practice", "toby"),
    "tutor": ("nadia", "tara_practice", "sol"),
}
# Pages that show no case text: the audit trail shows ids, and downloads are audited as exports.
WITHOUT_CASE_TEXT = {"admin.assessment_audit", "admin.assessment_audit_csv"}


def _pages(app):
    for rule in app.url_map.iter_rules():
        if "GET" not in rule.methods or "assessment_id" not in rule.arguments:
            continue
        if rule.endpoint in WITHOUT_CASE_TEXT or rule.endpoint.split(".")[0] not in OPENERS:
            continue
        yield rule


def _rule_values(rule, world, key):
    values = {"assessment_id": world.assessments[key].id}
    if "item_id" in rule.arguments:
        segment = rule.rule.split("/<int:item_id>")[0].rsplit("/", 1)[-1]
        item = world.items.get((key, ITEM_MODELS.get(segment, "")))
        if item is None:
            return None
        values["item_id"] = item.id
    if "/factors/" in rule.rule and rule.rule.endswith("/new"):
        values["danger"] = world.items[(key, "Danger")].id  # a factor is added to a danger
    return values


def _events(action, since):
    db.session.expire_all()
    return [
        (event.record_type, event.record_id, event.user_id)
        for event in db.session.scalars(
            sa.select(AuditEvent).where(AuditEvent.action == action, AuditEvent.id > since)
        )
    ]


def _last_id():
    return db.session.scalar(sa.select(sa.func.max(AuditEvent.id))) or 0


def test_every_page_that_shows_an_assessment_records_who_saw_it(app, pages, world):
    opened = refused = 0
    problems = []
    for rule in sorted(_pages(app), key=lambda r: r.rule):
        blueprint = rule.endpoint.split(".")[0]
        owner, key, outsider = OPENERS[blueprint]
        values = _rule_values(rule, world, key)
        if values is None:
            continue
        assessment_id = values["assessment_id"]
        url = pages.url(rule.endpoint, **values)

        pages.sign_in(world.user(owner))
        since = _last_id()
        response = pages.client.get(url)
        if response.status_code == 200:
            opened += 1
            seen = {(kind, record) for kind, record, _user in _events("view", since)}
            exported = {(kind, record) for kind, record, _user in _events("export", since)}
            if ("assessments", assessment_id) not in seen | exported:
                problems.append(f"{rule.endpoint}: shown with no view row")
        elif response.status_code not in (302, 303):
            problems.append(f"{rule.endpoint}: {response.status_code} for its owner")

        pages.sign_in(world.user(outsider))
        since = _last_id()
        response = pages.client.get(url)
        if response.status_code in (403, 404):
            refused += 1
            if not _events("refused", since):
                problems.append(f"{rule.endpoint}: refused with no refused row")
        elif response.status_code == 200:
            problems.append(f"{rule.endpoint}: shown to someone who may not see it")
    assert not problems, problems
    assert opened >= 30 and refused >= 30, (opened, refused)
