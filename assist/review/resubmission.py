"""What changed since the last review: the items that were added, removed or changed (compared
with the version the supervisor reviewed), and which findings were resolved, remain or are new.

Findings are matched by criterion and item (F3 stays F3 across versions): a finding whose item
was reworded but still trips the same criterion "remains", which is what a supervisor asks."""

from dataclasses import dataclass

import sqlalchemy as sa

from assist.document import Document
from assist.extensions import db
from assist.journey import history
from assist.journey.snapshot import to_document
from assist.models import AssessmentVersion
from assist.rubric import check

# How a snapshot's field names read to a supervisor ("text" means different things per item).
TEXT_LABELS = {
    "facts": "what happened",
    "analysis": "what it means for the child",
    "dangers": "feared outcome",
    "experiences": "what the child said or showed",
}
FIELD_LABELS = {
    "cites": "rests on",
    "contradicted_by": "points the other way",
    "answers": "answers",
    "fills": "fills",
    "factors": "hazards, strengths, gaps and methods",
    "child_ref": "child",
    "objective": "objective for the child",
    "how_known": "how it is known",
    "is_historic": "history",
    "is_pattern": "a pattern",
}


def field_label(collection, field):
    if field == "text":
        return TEXT_LABELS.get(collection, "text")
    return FIELD_LABELS.get(field, field.replace("_", " "))


@dataclass
class SinceReview:
    decision: object
    reviewed_version: int
    changes: list
    resolved: list
    remaining: list
    new: list


def reviewed_snapshot(assessment_id, reviewed_version):
    """The content the supervisor read: the last saved version at or before the review (a
    status change bumps the version number without saving new content)."""
    row = db.session.scalar(
        sa.select(AssessmentVersion)
        .where(
            AssessmentVersion.assessment_id == assessment_id,
            AssessmentVersion.version <= reviewed_version,
        )
        .order_by(AssessmentVersion.version.desc())
        .limit(1)
    )
    return row.snapshot if row is not None else None


def since_review(assessment, decision, contents, current_findings, rubric):
    """What changed since ``decision`` and which findings of ``rubric`` it resolved, kept or
    raised (``current_findings``: the open findings as they stand)."""
    if decision is None:
        return None
    older = reviewed_snapshot(assessment.id, decision.reviewed_version)
    if older is None:
        return None
    newer = to_document(assessment, contents).to_dict()
    before = {(f.rule, f.item): f for f in check(Document.from_dict(older), rubric)}
    after = {(f.rule, f.item): f for f in current_findings}
    return SinceReview(
        decision=decision,
        reviewed_version=decision.reviewed_version,
        changes=_worded(history.diff(older, newer)),
        resolved=[f for key, f in before.items() if key not in after],
        remaining=[f for key, f in after.items() if key in before],
        new=[f for key, f in after.items() if key not in before],
    )


def _worded(changes):
    """The changes a reader can see: a field whose words are the same (only its spacing
    changed) is left out, and an item with nothing else changed with it."""
    kept = []
    for change in changes:
        if change.kind == "changed":
            change.fields = [f for f in change.fields if f[1].split() != f[2].split()]
            if not change.fields:
                continue
        kept.append(change)
    return kept
