"""Everything the review page shows, built in one place so a failed comment or decision
re-renders the same page with its error and what was typed."""

from flask import render_template

from assist.findings import findings_for, rubric
from assist.journey import items
from assist.journey.reasoning import chronology_by_period, reasoning_map
from assist.labels import FACTOR_KINDS
from assist.review.comments import threads_for
from assist.review.decisions import last_decision
from assist.review.queue import AWAITING_REVIEW
from assist.review.resubmission import since_review
from assist.supervisor.forms import DecisionForm


def render_review(assessment, form=None, status=200):
    contents = items.load(assessment.id)
    found = findings_for(assessment, contents, include_dismissed=True)
    open_findings = [f for f in found if f.dismissal is None]
    # Findings about an item sit next to it; the rest (the whole assessment, a child, an
    # adult) are shown together at the top.
    shown = set(contents.refs.values())
    by_item = {}
    for finding in found:
        by_item.setdefault(finding.item if finding.item in shown else None, []).append(finding)
    decision = last_decision(assessment.id)
    page = render_template(
        "supervisor/review.html",
        assessment=assessment,
        contents=contents,
        findings=open_findings,
        findings_by_item=by_item,
        whole_findings=by_item.get(None, []),
        dismissed=[f for f in found if f.dismissal is not None],
        threads=threads_for(assessment.id, contents),
        chain=reasoning_map(contents),
        periods=chronology_by_period(contents),
        factor_kinds=FACTOR_KINDS,
        last_decision=decision,
        since=since_review(assessment, decision, contents, open_findings, rubric())
        if decision is not None
        else None,
        can_act=assessment.status in AWAITING_REVIEW,
        form=form or DecisionForm(data={"version": assessment.version}),
    )
    return page, status
