"""The one way every journey item is added, edited and deleted: load the assessment the user
may edit, build the form, refuse stale or locked saves, apply, keep the version, redirect."""

from collections.abc import Callable
from dataclasses import dataclass

from flask import abort, flash, jsonify, redirect, request, url_for
from flask_login import current_user

from assist import clock, labels, records
from assist.author.journey_page import render_journey
from assist.author.practice import refuse_retired
from assist.extensions import db
from assist.forms import form_for
from assist.journey import item_change, items, kinds, version_store
from assist.journey.saving import Locked, StaleVersion, check_can_save, record_save
from assist.journey.sections import BY_KEY
from assist.journey.snapshot import to_document
from assist.models import AssessmentStatus
from assist.navigator import Navigator


def wants_json():
    return request.accept_mimetypes.best == "application/json"


def assessment_for_editing(assessment_id):
    assessment = records.assessment_for_author(current_user, assessment_id)
    if assessment.is_practice:
        refuse_retired(assessment)
    return assessment


@dataclass
class ItemEditor:
    """How one kind of item is edited. ``apply(form, item, contents)`` copies the answers onto
    the item (and sets its links); ``setup(form, contents)`` fills in choices."""

    section: str
    model: type
    form_class: type
    apply: Callable
    new_item: Callable
    setup: Callable = lambda form, contents: None
    initial: Callable = lambda item, contents: {}
    accepts: Callable = lambda item: True  # e.g. only hazards through the hazard URLs
    noun: str = "item"
    name: str = ""  # the endpoint prefix, set when its routes are registered
    template: str = "author/journey/item_form.html"

    def edit(self, assessment, item=None, **form_data):
        nav = Navigator.here(assessment, self.section, item_page=True)
        # A long chronology's facts are read only if the form or page asks for them (choices
        # of facts to cite): a fact's own page asks only for the children.
        contents = items.load(assessment.id, every_fact=False)
        if item is not None:
            form_data = {**self.answers_of(item), **self.initial(item, contents)}
        form = form_for(self.form_class, data={"version": assessment.version, **form_data})
        if request.method == "GET":
            form.version.data = assessment.version
        self.setup(form, contents)
        if assessment.is_practice:
            # A scenario is set on its own dates, often in the past: a plan's "by when" follows
            # the scenario's calendar, not today's.
            for field in form:
                if getattr(field, "when", None) == "future":
                    field.when = None
        if request.method == "POST" and form.validate_on_submit():
            try:
                check_can_save(assessment, form.version.data)
            except StaleVersion:
                if item is not None and changed_since(assessment, item, form.version.data):
                    return conflict(assessment, form, self, item)
                # Another tab saved other items meanwhile: nothing of this one is overwritten.
            except Locked:
                return locked(assessment)
            # As the last save left it, under the lock.
            contents = items.load(assessment.id, every_fact=False)
            created = item is None
            item = item or self.new_item(assessment, form)
            if created:
                db.session.add(item)
                db.session.flush()
            change = item_change.watch(assessment, contents, item, created)
            self.apply(form, item, contents)
            action = "create" if created else "change"
            record_save(assessment, current_user, action, item, one_item=change)
            # The version this save made: read after the commit, it could be a later save's.
            saved_version, edit_url = assessment.version, self.edit_url(assessment, item)
            db.session.commit()
            if wants_json():
                return jsonify(saved=True, version=saved_version, edit_url=edit_url)
            flash(f"{self.noun.capitalize()} saved", "success")
            if getattr(form, "add_another", None) is not None and form.add_another.data:
                return redirect(
                    request.full_path.rstrip("?") if created else self.new_url(assessment)
                )
            return redirect(nav.after_save_url)
        if request.method == "POST" and wants_json():
            return jsonify(saved=False, errors=form.errors), 422
        return render_journey(
            self.template,
            assessment,
            nav,
            contents,
            form=form,
            item=item,
            section=BY_KEY[self.section],
            editor_noun=self.noun,
        )

    def saved_rows(self, item, contents):
        """The saved item's answers as summary-list rows, for the conflict page."""
        saved = self.form_class(
            formdata=None, data={**self.answers_of(item), **self.initial(item, contents)}
        )
        self.setup(saved, contents)
        rows = []
        for field in saved:
            if field.name in ("csrf_token", "version", "save", "add_another"):
                continue
            value = field.data
            choices = dict(getattr(field, "choices", None) or [])
            if isinstance(value, list):
                value = "; ".join(str(choices.get(v, v)) for v in value)
            elif choices:
                value = choices.get(value, value)
            elif hasattr(value, "strftime"):
                # A fact's date as precisely as it is known ("June 2021"), as its page shows it.
                precision = getattr(saved, "date_precision", None)
                exactly = field.name == "occurred_on" and precision is not None
                value = labels.dated(value, precision.data if exactly else "exact")
            elif isinstance(value, bool):
                value = "Yes" if value else "No"
            rows.append(
                {
                    "key": {"text": field.label.text},
                    "value": {"text": value if value not in (None, "") else "Not given"},
                }
            )
        return rows

    check_new: Callable = lambda assessment: None  # abort if a new item cannot start here
    # Why the item cannot be deleted now (other items depend on it), or None.
    blocks_delete: Callable = lambda item, contents: None

    def answers_of(self, item):
        """The item's stored values, for the fields the form and the model share."""
        answers = {}
        for name in self.form_class.__dict__:
            if not name.startswith("_") and hasattr(item, name):
                value = getattr(item, name)
                answers[name] = getattr(value, "value", value)
        return answers

    def edit_url(self, assessment, item):
        return url_for(f"author.{self.name}_item", assessment_id=assessment.id, item_id=item.id)

    def new_url(self, assessment):
        return Navigator.here(assessment, self.section).url(f"author.{self.name}_new")


def changed_since(assessment, item, based_on_version):
    """Whether ``item`` differs now from how it was in the version the page was showing.

    Unknown (no snapshot of that version, or the item cannot be found in it) counts as changed,
    so the user is asked rather than overwritten."""
    try:
        based_on = int(based_on_version)
    except (TypeError, ValueError):
        return True
    if not 0 < based_on < 2**31:  # not a version any page was given (and too big for SQL)
        return True
    then = version_store.snapshot_at(assessment.id, based_on)
    if then is None:
        return True
    contents = items.load(assessment.id)
    ref = contents.ref(kinds.item_kind_of(item), item.id)
    if ref is None:
        return True
    now = to_document(assessment, contents).to_dict()
    return _find(then, ref) != _find(now, ref) or _find(then, ref) is None


def _find(snapshot, ref):
    for collection, _title in kinds.COLLECTIONS:
        for entry in snapshot.get(collection, []):
            if entry["ref"] == ref:
                # A danger's own answers, not the hazards and strengths listed under it.
                return {key: value for key, value in entry.items() if key != "factors"}
            for factor in entry.get("factors", []):
                if factor["ref"] == ref:
                    return factor
    return None


def section_url(assessment, section_key):
    return Navigator.here(assessment, section_key).section_url()


def item_or_404(model, assessment, item_id):
    return items.item_or_none(model, assessment.id, item_id) or abort(404)


def delete_item(assessment, item, section, noun, undo_endpoint, problem=None):
    """Soft delete (so it can be undone); links to it are kept and come back with it."""
    form = form_for(_version_form())
    if not form.validate_on_submit():
        abort(400)
    if problem:
        flash(problem, "important")
        return redirect(section_url(assessment, section))
    refused = refuse_stale_or_locked(
        assessment,
        form.version.data,
        "Nothing was deleted: check it and try again.",
        section_url(assessment, section),
    )
    if refused:
        return refused
    item.deleted_at = clock.now()
    record_save(assessment, current_user, "delete", item)
    db.session.commit()
    flash(
        f"{noun.capitalize()} deleted",
        "deleted",
    )
    return redirect(
        url_for(
            BY_KEY[section].endpoint, assessment_id=assessment.id, undo=f"{undo_endpoint}:{item.id}"
        )
    )


def restore_item(assessment, model, item_id, section, noun):
    item = db.session.get(model, records.valid_id(item_id))
    if item is None or item.assessment_id != assessment.id or item.deleted_at is None:
        abort(404)
    form = form_for(_version_form())
    if not form.validate_on_submit():
        abort(400)
    try:
        check_can_save(assessment, form.version.data)
    except (StaleVersion, Locked):
        flash(
            "The assessment changed, so the delete could not be undone here. Use the "
            "history to restore an earlier version.",
            "important",
        )
        return redirect(section_url(assessment, section))
    item.deleted_at = None
    record_save(assessment, current_user, "restore", item)
    db.session.commit()
    flash(f"{noun.capitalize()} restored", "success")
    return redirect(section_url(assessment, section))


def _version_form():
    from assist.author.journey_forms import ConfirmForm

    return ConfirmForm


def conflict(assessment, form, editor, item):
    """409: show both versions; the user chooses. Nothing is overwritten or lost."""
    saved = items.load(assessment.id)
    form.version.data = assessment.version
    editor.setup(form, saved)
    if wants_json():
        return jsonify(saved=False, conflict=True, version=assessment.version), 409
    nav = Navigator.here(assessment, editor.section, item_page=True)
    return render_journey(
        "author/journey/conflict.html",
        assessment,
        nav,
        saved,
        status=409,
        form=form,
        item=item,
        editor=editor,
        action=request.full_path.rstrip("?"),
        saved_rows=editor.saved_rows(item, saved) if item else [],
    )


def refuse_stale_or_locked(assessment, version, nothing_done, back):
    """For an action on the whole assessment: a response refusing it if the page was stale or
    the assessment is locked, else None. ``nothing_done`` says what did not happen."""
    try:
        check_can_save(assessment, version)
    except StaleVersion:
        flash(f"The assessment changed since you opened this page. {nothing_done}", "important")
        return redirect(back)
    except Locked:
        return locked(assessment)
    return None


def locked(assessment):
    message = f"This assessment is {assessment.status.label.lower()}, so it cannot be changed" + (
        "." if assessment.status == AssessmentStatus.SIGNED_OFF else " until it is returned to you."
    )
    if assessment.is_practice:
        message = "You have finished this practice attempt, so it cannot be changed."
    if wants_json():
        return jsonify(saved=False, locked=True, message=message), 409
    flash(message, "important")
    return redirect(url_for("author.assessment", assessment_id=assessment.id))
