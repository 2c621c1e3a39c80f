"""Applying a spelling or grammar suggestion with one click: a small POST form per suggestion
in the findings panel. It changes the exact span only if the text there is still the flagged
text and the item has not changed since the page was shown; otherwise nothing is changed."""

from flask import abort, flash, redirect, request, url_for
from flask_login import current_user

from assist import audit
from assist.access import Access, allow
from assist.extensions import db
from assist.forms import form_for
from assist.journey import items
from assist.journey.saving import Locked, StaleVersion, check_can_save, record_save
from assist.models.content import ItemKind
from assist.worker import bp
from assist.worker.journey_editing import assessment_for_editing, changed_since, locked
from assist.worker.journey_forms import ConfirmForm

# The document's field names (what the checker reads) → the model's columns (what is saved).
COLUMN = {
    (ItemKind.FACT, "text"): "what_happened",
    (ItemKind.EXPERIENCE, "text"): "text",
    (ItemKind.EXPERIENCE, "what_was_done"): "what_was_done",
    (ItemKind.ANALYSIS, "text"): "meaning_for_child",
    (ItemKind.ANALYSIS, "alternative_explanation"): "alternative_explanation",
    (ItemKind.ANALYSIS, "reasoning"): "reasoning",
    (ItemKind.DANGER, "text"): "feared_outcome",
    (ItemKind.DANGER, "probability_reasoning"): "probability_reasoning",
    (ItemKind.RISK_FACTOR, "text"): "text",
    (ItemKind.RISK_FACTOR, "how_to_fill"): "how_to_fill",
    (ItemKind.RECOMMENDATION, "action"): "action",
    (ItemKind.RECOMMENDATION, "objective"): "objective_for_child",
    (ItemKind.RECOMMENDATION, "reason"): "reason",
    (ItemKind.RECOMMENDATION, "how_we_will_know"): "how_we_will_know",
}
LONGEST = 200  # a flagged span or a suggestion is a word or a phrase, never a paragraph


@bp.post("/assessments/<int:assessment_id>/spelling/apply")
@allow(Access.WORKER)
def apply_spelling(assessment_id):
    assessment = assessment_for_editing(assessment_id)
    back = _back(assessment)
    form = form_for(ConfirmForm)
    if not form.validate_on_submit():
        abort(400)
    # Read as sent: the form base trims white space, and a grammar fix may be about spaces.
    try:
        check_can_save(assessment, form.version.data)
        stale = False
    except StaleVersion:
        stale = True
    except Locked:
        return locked(assessment)
    flagged = request.form.get("flagged", "")
    replacement = request.form.get("replacement", "")
    offset = _offset(request.form.get("offset", ""))
    contents = items.load(assessment.id)
    by_ref = {ref: key for key, ref in contents.refs.items()}
    kind, item_id = by_ref.get(request.form.get("item", ""), (None, None))
    column = COLUMN.get((kind, request.form.get("field", "")))
    if column is None or offset is None or not flagged or len(flagged) > LONGEST:
        abort(400)
    if len(replacement) > LONGEST or any(c in replacement for c in "\r\n\x00"):
        abort(400)
    item = items.item_or_none(items.MODEL_OF_KIND[kind], assessment.id, item_id) or abort(404)
    # Other items changed meanwhile (autosave, another tab) is fine, unless this one did.
    if stale and changed_since(assessment, item, form.version.data):
        return _refuse(back, "That text was changed since it was checked.")
    text = getattr(item, column) or ""
    if text[offset : offset + len(flagged)] != flagged:
        return _refuse(back, "That text was changed since it was checked.")
    setattr(item, column, text[:offset] + replacement + text[offset + len(flagged) :])
    record_save(assessment, current_user, "change", item)
    # Which item and rule, never the words: case text stays out of the audit log.
    audit.record("apply_spelling", item, detail=f"item={contents.refs[(kind, item_id)]}")
    db.session.commit()
    flash(f"Suggestion applied to {contents.refs[(kind, item_id)]}", "success")
    return redirect(back)


def _offset(value):
    return int(value) if value.isdigit() and len(value) <= 6 else None


def _refuse(back, why):
    flash(f"{why} Nothing was changed: check the suggestion again.", "important")
    return redirect(back)


def _back(assessment):
    back = request.form.get("back", "")
    # Only back to a page of this assessment: never an open redirect.
    if not back.startswith(f"/cases/assessments/{assessment.id}/") and back != (
        f"/cases/assessments/{assessment.id}"
    ):
        back = url_for("worker.assessment", assessment_id=assessment.id)
    return back
