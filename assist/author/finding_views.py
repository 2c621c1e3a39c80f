"""The rubric can be wrong: a worker dismisses one finding on one item, with a reason their
supervisor reads. A dismissal lasts while that text is unchanged."""

from flask import flash, redirect
from flask_login import current_user

from assist import audit
from assist.access import Access, allow
from assist.author import bp
from assist.author.forms import DismissFindingForm
from assist.author.journey_editing import assessment_for_editing
from assist.author.journey_views import PREFIX
from assist.author.practice import refuse_practice_dismissal
from assist.extensions import db
from assist.findings import dismiss, finding_by_key
from assist.journey import items


@bp.post(PREFIX + "/findings/dismiss")
@allow(Access.AUTHOR)
def dismiss_finding(assessment_id):
    assessment = assessment_for_editing(assessment_id)
    if assessment.is_practice:
        return refuse_practice_dismissal(assessment)
    form = DismissFindingForm()
    back = form.back_to(assessment)
    if not form.validate_on_submit():
        flash(f"{form.first_error} Nothing was dismissed.", "important")
        return redirect(back)
    contents = items.load(assessment.id)
    key = form.key.data
    finding = finding_by_key(assessment, contents, key)
    if finding is None:
        flash("That finding no longer applies: the text has changed since.", "important")
        return redirect(back)
    row = dismiss(assessment, finding, contents, current_user, form.reason.data)
    db.session.flush()
    audit.record("dismiss_finding", row, detail=f"rule={finding.rule} item={finding.item}")
    db.session.commit()
    flash("Finding dismissed. It stays dismissed while that text is unchanged.", "success")
    return redirect(back)
