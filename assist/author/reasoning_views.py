"""Seeing the reasoning whole: the map of links, concerns over time, and saved versions
(compare two, restore one)."""

import sqlalchemy as sa
from flask import abort, flash, redirect, request, url_for
from flask_login import current_user

from assist import records
from assist.access import Access, allow
from assist.author import bp
from assist.author.journey_editing import assessment_for_editing, refuse_stale_or_locked
from assist.author.journey_forms import ConfirmForm
from assist.author.journey_page import journey_page
from assist.author.journey_views import PREFIX
from assist.extensions import db
from assist.forms import form_for
from assist.journey import history as versions
from assist.journey import items, version_store
from assist.journey.reasoning import chronology_by_period
from assist.journey.reasoning import reasoning_map as build_map
from assist.journey.saving import record_save
from assist.journey.version_cache import remembered
from assist.models import AssessmentVersion


@bp.get(PREFIX + "/map")
@allow(Access.AUTHOR)
def reasoning_map(assessment_id):
    assessment = assessment_for_editing(assessment_id)
    contents = items.load(assessment.id, every_fact=False)
    return journey_page(
        "author/journey/reasoning_map.html",
        assessment,
        contents=contents,
        chain=remembered(assessment, "reasoning map", lambda: build_map(contents)),
    )


@bp.get(PREFIX + "/chronology")
@allow(Access.AUTHOR)
def chronology_view(assessment_id):
    assessment = assessment_for_editing(assessment_id)
    contents = items.load(assessment.id)
    return journey_page(
        "author/journey/chronology_view.html",
        assessment,
        contents=contents,
        periods=chronology_by_period(contents),
    )


@bp.get(PREFIX + "/history")
@allow(Access.AUTHOR)
def history(assessment_id):
    assessment = assessment_for_editing(assessment_id)
    return journey_page(
        "author/journey/history.html", assessment, versions=list(reversed(assessment.versions))
    )


def _version_or_404(assessment, number):
    found = db.session.scalar(
        sa.select(AssessmentVersion).where(
            AssessmentVersion.assessment_id == assessment.id,
            AssessmentVersion.version == records.valid_id(number),
        )
    )
    return found or abort(404)


@bp.get(PREFIX + "/history/compare")
@allow(Access.AUTHOR)
def compare_versions(assessment_id):
    assessment = assessment_for_editing(assessment_id)
    older_number = request.args.get("older", type=int)
    newer_number = request.args.get("newer", type=int)
    if not older_number or not newer_number or older_number == newer_number:
        flash("Choose two different versions to compare", "important")
        return redirect(url_for("author.history", assessment_id=assessment.id))
    older_number, newer_number = sorted((older_number, newer_number))
    older = _version_or_404(assessment, older_number)
    newer = _version_or_404(assessment, newer_number)
    before = version_store.snapshot_at(assessment.id, older.version)
    after = version_store.snapshot_at(assessment.id, newer.version)
    return journey_page(
        "author/journey/compare.html",
        assessment,
        older=older,
        newer=newer,
        changes=versions.worded(versions.diff(before, after), before, after),
        titles=dict(versions.COLLECTIONS),
    )


@bp.post(PREFIX + "/history/<int:number>/restore")
@allow(Access.AUTHOR)
def restore_version(assessment_id, number):
    assessment = assessment_for_editing(assessment_id)
    chosen = _version_or_404(assessment, number)
    form = form_for(ConfirmForm)
    if not form.validate_on_submit():
        abort(400)
    refused = refuse_stale_or_locked(
        assessment,
        form.version.data,
        "Nothing was restored: check the versions again.",
        url_for("author.history", assessment_id=assessment.id),
    )
    if refused:
        return refused
    versions.restore(assessment, version_store.snapshot_at(assessment.id, chosen.version))
    record_save(assessment, current_user, "restore_version", assessment)
    db.session.commit()
    flash(
        f"Version {number} restored. It is now saved as version {assessment.version}; "
        "nothing in between was lost.",
        "success",
    )
    return redirect(url_for("author.assessment", assessment_id=assessment.id))
