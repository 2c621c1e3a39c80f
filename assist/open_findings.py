"""The rubric's findings for an assessment as it stands, each with its dismissal if a worker or
supervisor dismissed it while the text was unchanged. Plain Python over the database: the pages
place these findings (assist/findings.py); the review queue and team page count the open ones."""

import sqlalchemy as sa

from assist.extensions import db
from assist.journey import items
from assist.journey.snapshot import shared_document
from assist.journey.version_cache import remembered
from assist.models import FindingDismissal
from assist.rubric import Finding, Rubric, check


def checked(
    assessment, rubric: Rubric, contents=None, sections=None
) -> list[tuple[Finding, FindingDismissal | None]]:
    """[(finding, its dismissal or None)] in the rubric's order."""
    contents = contents or items.load(assessment.id, every_fact=False)
    by_ref = {ref: key for key, ref in contents.refs.items()}
    dismissed = dismissals(assessment.id)
    found = []
    for finding in _findings(assessment, rubric, contents, sections):
        kind, item_id = by_ref.get(finding.item, (None, None))
        found.append((finding, dismissed.get((finding.rule, kind, item_id, finding.digest))))
    return found


def _findings(assessment, rubric, contents, sections) -> list[Finding]:
    """The rubric's findings for this version, checked once (dismissals change without a new
    version, so they are applied afterwards)."""
    wanted = tuple(sections) if sections is not None else None

    def work_out():
        # The rubric is kept with its findings: while it is, no other rubric can have its id.
        return rubric, check(shared_document(assessment, contents), rubric, sections=sections)

    return remembered(assessment, ("findings", id(rubric), wanted), work_out)[1]


def open_findings(assessment, rubric: Rubric, contents=None) -> list[Finding]:
    """The findings nobody dismissed."""
    return [
        finding for finding, dismissal in checked(assessment, rubric, contents) if not dismissal
    ]


def dismissals(assessment_id) -> dict[tuple, FindingDismissal]:
    """{(criterion, item kind, item id, text digest): dismissal}: a dismissal holds only while
    the words it was about are unchanged."""
    rows = db.session.scalars(
        sa.select(FindingDismissal).where(FindingDismissal.assessment_id == assessment_id)
    )
    return {(row.criterion_id, row.item_kind, row.item_id, row.text_digest): row for row in rows}
