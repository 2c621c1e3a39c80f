"""The web app's side of Word export (assist/word/ is plain Python): the details the pages show
around an assessment, and one download response that the worker's, the family's and the
supervisor's exports all go through, so every export is audit-logged."""

from __future__ import annotations

import io
import re

from flask import current_app, send_file

from assist import audit
from assist.clock import now
from assist.extensions import db
from assist.findings import LEVEL_LABELS, rubric
from assist.journey.snapshot import to_document
from assist.word.export import DOCX_MIMETYPE, Details, export_bytes
from assist.word.family import PlainWords, family_bytes


def details_for(assessment, findings=None):
    case = assessment.case
    return Details(
        marking=current_app.config["PROTECTIVE_MARKING"],
        case_reference=case.reference if case else "",
        family_name=case.family_name if case else "",
        author=assessment.author.name,
        status=assessment.status.label,
        started=assessment.created_at,
        submitted=assessment.submitted_at,
        signed_off_by=assessment.signed_off_by.name if assessment.signed_off_by else "",
        signed_off=assessment.signed_off_at,
        exported=now(),
        findings=list(findings or ()),
        appendix=findings is not None,
        level_labels=LEVEL_LABELS,
    )


def download(assessment, *, findings=None, detail="Word document", family=False):
    document = to_document(assessment)
    if family:  # in plain words, without the findings or anything else for professionals only
        data = family_bytes(document, details_for(assessment), PlainWords.from_rubric(rubric()))
    else:
        data = export_bytes(document, details_for(assessment, findings))
    # The event says what was exported, never what it says.
    audit.record("export", assessment, detail=detail)
    db.session.commit()
    return send_file(
        io.BytesIO(data),
        mimetype=DOCX_MIMETYPE,
        as_attachment=True,
        download_name=file_name(assessment, supervisor_copy=findings is not None, family=family),
    )


def file_name(assessment, supervisor_copy=False, family=False):
    """A name made of the case reference and version only: no child's name in download lists."""
    reference = assessment.case.reference if assessment.case else f"assessment-{assessment.id}"
    reference = re.sub(r"[^A-Za-z0-9-]+", "-", reference).strip("-") or "assessment"
    suffix = "-with-findings" if supervisor_copy else "-family-version" if family else ""
    return f"{reference}-assessment-v{assessment.version}{suffix}.docx"
