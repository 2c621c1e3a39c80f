"""Open findings by criterion for each submitted assessment, kept in ``finding_tallies`` so the
queue and the team page never run the rubric on every row. A tally is redone when the work was
(re)submitted after it was counted, or when a supervisor dismisses a finding (``forget``).
The caller passes the rubric the app loaded, so counting needs no web app."""

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite

from assist import clock
from assist.document import Document
from assist.extensions import db
from assist.models import FindingTally, FirstReviewTally, ReviewDecision
from assist.open_findings import open_findings
from assist.review.resubmission import reviewed_snapshot
from assist.rubric import check


def tally_of(assessment, rubric):
    """Count the assessment's open findings now (runs the rubric once)."""
    counts = {}
    errors = 0
    for finding in open_findings(assessment, rubric):
        counts[finding.rule] = counts.get(finding.rule, 0) + 1
        errors += finding.level == "error"
    return FindingTally(
        assessment_id=assessment.id, computed_at=clock.now(), errors=errors, counts=counts
    )


def tallies_for(assessments, rubric):
    """{assessment id: FindingTally}, counting only the ones that are missing or out of date."""
    ids = [a.id for a in assessments]
    if not ids:
        return {}
    stored = {
        t.assessment_id: t
        for t in db.session.scalars(
            sa.select(FindingTally).where(FindingTally.assessment_id.in_(ids))
        )
    }
    fresh = []
    for assessment in assessments:
        tally = stored.get(assessment.id)
        if tally is None or (
            assessment.submitted_at is not None and tally.computed_at < assessment.submitted_at
        ):
            tally = tally_of(assessment, rubric)
            fresh.append(tally)
        stored[assessment.id] = tally
    _store(fresh)
    return stored


def _store(tallies):
    """Insert or replace, so two pages counting the same assessment at once cannot collide."""
    if not tallies:
        return
    statement = _insert()(FindingTally).values(
        [
            {
                "assessment_id": t.assessment_id,
                "computed_at": t.computed_at,
                "errors": t.errors,
                "counts": t.counts,
            }
            for t in tallies
        ]
    )
    db.session.execute(
        statement.on_conflict_do_update(
            index_elements=["assessment_id"],
            set_={
                "computed_at": statement.excluded.computed_at,
                "errors": statement.excluded.errors,
                "counts": statement.excluded.counts,
            },
        )
    )


def forget(assessment):
    """The open findings changed (a supervisor dismissed one): count again next time."""
    db.session.execute(sa.delete(FindingTally).where(FindingTally.assessment_id == assessment.id))


def keep_first(assessment, rubric):
    """At a supervisor's first decision, keep the findings as they stand then, once: what the
    worker got wrong before review put it right."""
    if db.session.get(FirstReviewTally, assessment.id) is None:
        _keep_once({assessment.id: tally_of(assessment, rubric).counts})


def first_review_counts(assessments, rubric):
    """{assessment id: counts} as first reviewed, for those a supervisor has decided on.
    Decisions made before these were kept are counted once, from the version the supervisor
    read (kept with every decision), and kept from then on."""
    ids = [a.id for a in assessments]
    if not ids:
        return {}
    rows = db.session.scalars(
        sa.select(FirstReviewTally).where(FirstReviewTally.assessment_id.in_(ids))
    )
    counts = {row.assessment_id: row.counts for row in rows}
    missing = [i for i in ids if i not in counts]
    if missing:
        counts |= _count_first_reviews(missing, rubric)
    return counts


def _count_first_reviews(ids, rubric):
    first_reviewed = db.session.execute(
        sa.select(ReviewDecision.assessment_id, sa.func.min(ReviewDecision.reviewed_version))
        .where(ReviewDecision.assessment_id.in_(ids))
        .group_by(ReviewDecision.assessment_id)
    ).all()
    counted = {}
    for assessment_id, version in first_reviewed:
        snapshot = reviewed_snapshot(assessment_id, version)
        if snapshot is None:
            continue
        tally = {}
        for finding in check(Document.from_dict(snapshot), rubric):
            tally[finding.rule] = tally.get(finding.rule, 0) + 1
        counted[assessment_id] = tally
    _keep_once(counted)
    return counted


def _keep_once(counts):
    """Insert first-review counts; one already kept (two pages at once) is left as it is."""
    if not counts:
        return
    statement = _insert()(FirstReviewTally).values(
        [{"assessment_id": key, "counts": value} for key, value in counts.items()]
    )
    db.session.execute(statement.on_conflict_do_nothing(index_elements=["assessment_id"]))


def _insert():
    """The dialect's INSERT, which can say what to do when the row is already there."""
    return {"postgresql": postgresql.insert, "sqlite": sqlite.insert}[
        db.session.get_bind().dialect.name
    ]
