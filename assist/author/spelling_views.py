"""Applying a spelling or grammar suggestion with one click: a small POST form per suggestion
in the findings panel, for a worker's assessment or a trainee's practice answers (never a
scenario's facts). It changes the exact span only if the text there is still the flagged
text and the item has not changed since the page was shown; otherwise nothing is changed.
A word can also be ignored in one assessment (a school, a street, a medicine), and ignored no
longer."""

from dataclasses import dataclass

import sqlalchemy as sa
from flask import abort, flash, redirect
from flask_login import current_user
from sqlalchemy.exc import IntegrityError

from assist import audit, workflow
from assist.access import Access, allow
from assist.author import bp
from assist.author.forms import SuggestionForm, WordForm
from assist.author.journey_editing import assessment_for_editing, changed_since, locked
from assist.author.journey_forms import LONG_TEXT
from assist.author.practice import refuse_fixed_section
from assist.extensions import db
from assist.journey import items, kinds
from assist.journey.saving import Locked, StaleVersion, check_can_save, record_save
from assist.models import IgnoredWord
from assist.spelling.words import stem


@dataclass
class Suggestion:
    """What one suggestion button sends, checked: which item and field, where, what to change."""

    item: object
    ref: str
    column: str
    offset: int
    flagged: str
    replacement: str


@bp.post("/assessments/<int:assessment_id>/spelling/apply")
@allow(Access.AUTHOR)
def apply_spelling(assessment_id):
    assessment = assessment_for_editing(assessment_id)
    form = SuggestionForm()
    back = form.back_to(assessment)
    if not form.validate_on_submit():
        abort(400)  # no page of ours sends such a form
    try:
        check_can_save(assessment, form.version.data)
        stale = False
    except StaleVersion:
        stale = True
    except Locked:
        return locked(assessment)
    suggestion = _suggestion(assessment, form)
    # Other items changed meanwhile (autosave, another tab) is fine, unless this one did.
    if stale and changed_since(assessment, suggestion.item, form.version.data):
        return _refuse(back, "That text was changed since it was checked.")
    problem = _apply(suggestion)
    if problem:
        return _refuse(back, problem)
    record_save(assessment, current_user, "change", suggestion.item)
    # Which item, never the words: case text stays out of the audit log.
    audit.record("apply_spelling", suggestion.item, detail=f"item={suggestion.ref}")
    db.session.commit()
    flash(f"Suggestion applied to {suggestion.ref}", "success")
    return redirect(_at_panel(back))


@bp.post("/assessments/<int:assessment_id>/spelling/ignore")
@allow(Access.AUTHOR)
def ignore_word(assessment_id):
    """Never flag this word again in this assessment. It changes no answer, so no version."""
    return _change_ignored(
        assessment_id, _ignore, "That word will not be flagged again in this assessment"
    )


@bp.post("/assessments/<int:assessment_id>/spelling/unignore")
@allow(Access.AUTHOR)
def unignore_word(assessment_id):
    """Check a word that was ignored again."""
    return _change_ignored(assessment_id, _unignore, "That word is checked again")


def _change_ignored(assessment_id, change, done):
    assessment = assessment_for_editing(assessment_id)
    form = WordForm()
    back = form.back_to(assessment)
    if not workflow.can_edit(assessment):
        return locked(assessment)
    if not form.validate_on_submit():
        return _refuse(back, form.first_error)
    if change(assessment, stem(form.word.data)):
        # That a word was ignored, never which: it may be a name or a place.
        audit.record(f"{change.__name__.strip('_')}_spelling_word", assessment)
    db.session.commit()
    flash(done, "success")
    return redirect(_at_panel(back))


def _ignore(assessment, word):
    """Whether the word was newly ignored. A second press at the same moment (a double click)
    finds it listed, or meets the unique constraint: either way it is ignored, once."""
    listed = IgnoredWord.assessment_id == assessment.id, IgnoredWord.word == word
    if db.session.scalar(sa.select(IgnoredWord.id).where(*listed)) is not None:
        return False
    try:
        with db.session.begin_nested():
            db.session.add(IgnoredWord(assessment_id=assessment.id, word=word))
    except IntegrityError:
        return False
    return True


def _unignore(assessment, word):
    """Whether the word had been ignored."""
    listed = IgnoredWord.assessment_id == assessment.id, IgnoredWord.word == word
    return bool(db.session.execute(sa.delete(IgnoredWord).where(*listed)).rowcount)


def _suggestion(assessment, form):
    """The suggestion the form names: 400 for an item or field no page of ours would send,
    404 when the item has gone."""
    contents = items.load(assessment.id)
    by_ref = {ref: key for key, ref in contents.refs.items()}
    kind, item_id = by_ref.get(form.item.data, (None, None))
    entry = kinds.BY_ITEM_KIND.get(kind)
    # Only prose is ever changed by a suggestion: never a date, a choice or a name.
    column = entry.column(form.field.data) if entry else None
    if column is None:
        abort(400)
    # A trainee corrects their own answers, never the scenario's facts.
    refuse_fixed_section(assessment, entry.section)
    item = items.item_or_none(entry.model, assessment.id, item_id) or abort(404)
    ref = contents.refs[(kind, item_id)]
    return Suggestion(item, ref, column, form.offset.data, form.flagged.data, form.replacement.data)


def _apply(suggestion):
    """Replace the flagged words if they are still exactly there; else say why not."""
    text = getattr(suggestion.item, suggestion.column) or ""
    end = suggestion.offset + len(suggestion.flagged)
    if text[suggestion.offset : end] != suggestion.flagged:
        return "That text was changed since it was checked."
    changed = text[: suggestion.offset] + suggestion.replacement + text[end:]
    if len(changed) > LONG_TEXT:
        return f"That would make {suggestion.ref} longer than {LONG_TEXT:,} characters."
    setattr(suggestion.item, suggestion.column, changed)
    return None


def _at_panel(back):
    """Back to the spelling list the button was pressed in, not the top of a long page (a
    refusal goes to the top, where its banner is)."""
    return f"{back}#spelling-title"


def _refuse(back, why):
    flash(f"{why} Nothing was changed: check the suggestion again.", "important")
    return redirect(back)
