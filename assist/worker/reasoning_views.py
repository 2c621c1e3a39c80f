"""Seeing the reasoning whole: the map of links, concerns over time, and saved versions."""

from flask import render_template

from assist.access import Access, allow
from assist.journey import items
from assist.journey.reasoning import chronology_by_period
from assist.journey.reasoning import reasoning_map as build_map
from assist.worker import bp
from assist.worker.journey_editing import assessment_for_editing
from assist.worker.journey_views import PREFIX, _page


@bp.get(PREFIX + "/map")
@allow(Access.WORKER)
def reasoning_map(assessment_id):
    assessment = assessment_for_editing(assessment_id)
    contents = items.load(assessment.id)
    return _page(
        "worker/journey/reasoning_map.html",
        assessment,
        contents=contents,
        chain=build_map(contents),
    )


@bp.get(PREFIX + "/chronology")
@allow(Access.WORKER)
def chronology_view(assessment_id):
    assessment = assessment_for_editing(assessment_id)
    contents = items.load(assessment.id)
    return _page(
        "worker/journey/chronology_view.html",
        assessment,
        contents=contents,
        periods=chronology_by_period(contents),
    )


@bp.get(PREFIX + "/history")
@allow(Access.WORKER)
def history(assessment_id):
    assessment = assessment_for_editing(assessment_id)
    return render_template(
        "worker/journey/history.html",
        assessment=assessment,
        versions=list(reversed(assessment.versions)),
        editable=False,
    )
