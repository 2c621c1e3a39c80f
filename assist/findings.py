"""The rubric's findings for an assessment in the web app: checked with the same engine as the
CLI, less the ones a worker or supervisor dismissed (while the text is unchanged), and placed
on the page: which item, which form field, which words."""

from dataclasses import dataclass

from flask import current_app, url_for
from markupsafe import Markup, escape

from assist.extensions import db
from assist.journey import items, kinds
from assist.models import FindingDismissal
from assist.models.content import ItemKind
from assist.open_findings import checked
from assist.rubric import load_rubric

LEVEL_ORDER = {"error": 0, "warning": 1, "advice": 2}
LEVEL_LABELS = {"error": "Must fix", "warning": "Check this", "advice": "Think about"}


def init_app(app):
    """Load the rubric once; a broken rubric file stops start-up with its file and line."""
    app.extensions["assist.rubric"] = load_rubric(app.config["RUBRIC_PATH"])


def rubric():
    return current_app.extensions["assist.rubric"]


@dataclass
class PlacedFinding:
    finding: object
    href: str | None  # where to fix it
    dismissal: FindingDismissal | None = None

    def __getattr__(self, name):
        return getattr(self.finding, name)

    @property
    def level_label(self):
        return LEVEL_LABELS.get(self.finding.level, self.finding.level)


def findings_for(assessment, contents=None, sections=None, include_dismissed=False):
    contents = contents or items.load(assessment.id, every_fact=False)
    by_ref = {ref: key for key, ref in contents.refs.items()}
    placed = [
        PlacedFinding(finding, _href(assessment, finding, by_ref), dismissal)
        for finding, dismissal in checked(assessment, rubric(), contents, sections)
        if dismissal is None or include_dismissed
    ]
    placed.sort(key=lambda p: LEVEL_ORDER.get(p.finding.level, 9))
    return placed


def finding_by_key(assessment, contents, key):
    """The open finding a form names by its key, or None if it has gone (fixed meanwhile)."""
    return next((f for f in findings_for(assessment, contents) if f.key == key), None)


def dismiss(assessment, finding, contents, user, reason):
    """Store that ``user`` dismissed ``finding`` for ``reason`` (the caller audits and commits)."""
    by_ref = {ref: key for key, ref in contents.refs.items()}
    kind, item_id = by_ref.get(finding.item, (None, None))
    row = FindingDismissal(
        assessment_id=assessment.id,
        criterion_id=finding.rule,
        item_kind=kind,
        item_id=item_id,
        text_digest=finding.digest,
        reason=reason,
        dismissed_by_id=user.id,
    )
    db.session.add(row)
    return row


def _href(assessment, finding, by_ref):
    target = by_ref.get(finding.item)
    if target is None:
        return None
    kind, item_id = target
    if assessment.is_practice and kind == ItemKind.FACT:
        return None  # the scenario's facts: a trainee cites them but cannot change them
    entry = kinds.of(kind)
    if kind == ItemKind.RISK_FACTOR:
        factor = items.item_or_none(entry.model, assessment.id, item_id)
        endpoint = f"author.factor_{factor.kind.value}_item" if factor else None
    else:
        endpoint = entry.edit_endpoint
    if endpoint is None:
        return None
    # The rubric names the document's field; the page's form names its field after the column.
    field = entry.fields.get(finding.field, finding.field or "")
    return url_for(endpoint, assessment_id=assessment.id, item_id=item_id) + (
        f"#{field}" if field else ""
    )


def marked(text, item_ref, field, findings):
    """The item's text, escaped, with each finding's words in <mark> (so a worker sees exactly
    which words the rubric means)."""
    spans = sorted(
        (f.start, f.end)
        for f in findings
        if f.item == item_ref and f.field == field and f.end > f.start
    )
    if not text or not spans:
        return escape(text or "")
    out, position = [], 0
    for start, end in spans:
        start = max(start, position)
        if start >= end or end > len(text):
            continue
        out.append(escape(text[position:start]))
        out.append(
            Markup('<mark class="assist-mark">') + escape(text[start:end]) + Markup("</mark>")
        )
        position = end
    out.append(escape(text[position:]))
    return Markup("").join(out)
