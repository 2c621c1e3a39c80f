"""Word in and out for a social worker: download an assessment as Word, and check an existing
Word assessment against the rubric, then carry it on as a draft in the guided journey.

The uploaded file is read in memory, passed through the hostile-upload guard, and never written
anywhere by us; only its parsed text is kept, server-side and for its uploader alone."""

import sqlalchemy as sa
from flask import abort, current_app, flash, redirect, render_template, request, url_for
from flask_login import current_user
from werkzeug.datastructures import MultiDict

from assist import audit, records, workflow
from assist.access import Access, allow
from assist.author import bp
from assist.author.journey_editing import assessment_for_editing, locked
from assist.author.journey_views import facts_page
from assist.author.word_forms import ConfirmImportForm, WordDraftForm, WordUploadForm
from assist.clock import today
from assist.document import Document
from assist.extensions import db
from assist.findings import LEVEL_LABELS, LEVEL_ORDER, rubric
from assist.forms import form_for
from assist.journey import items, sections
from assist.journey.history import restore
from assist.models import Assessment, Case, WordImport
from assist.readers import InputError
from assist.readers.bounded import read_docx_bounded
from assist.rubric import check
from assist.rubric.view import UNSORTED
from assist.spelling_panel import spelling_of_document
from assist.word import safety
from assist.word.drafts import UNSORTED_CATEGORY, draft_document
from assist.word_download import download


@bp.get("/assessments/<int:assessment_id>/word")
@allow(Access.WORKER)
def download_word(assessment_id):
    assessment = records.assessment_for_worker(current_user, assessment_id)
    return download(assessment)


@bp.get("/assessments/<int:assessment_id>/word/family")
@allow(Access.WORKER)
def download_family_word(assessment_id):
    """The same assessment in plain words, in the order a family reads it."""
    assessment = records.assessment_for_worker(current_user, assessment_id)
    return download(assessment, family=True, detail="Family version (Word document)")


UPLOAD_LIMIT = safety.MAX_BYTES + 64 * 1024  # the guard's cap plus the form around the file


def _allow_word_sized_uploads():
    """A Word file may be larger than the service's usual request limit (up to the guard's cap),
    on this one route. It must run before any hook reads the form, so it goes first."""
    if request.endpoint == "author.check_word":
        request.max_content_length = max(
            UPLOAD_LIMIT, current_app.config.get("MAX_CONTENT_LENGTH") or 0
        )


@bp.record_once
def _first_before_request(state):
    state.app.before_request_funcs.setdefault(None, []).insert(0, _allow_word_sized_uploads)


@bp.route("/check-word", methods=["GET", "POST"])
@allow(Access.WORKER)
def check_word():
    form = form_for(WordUploadForm)
    if form.validate_on_submit():
        upload = form.document.data
        try:
            # In a child process capped in time and memory: no file holds this request (or a
            # server thread) for more than about 10 s, and any fault reading it is a refusal.
            reading = read_docx_bounded(upload.read(safety.MAX_BYTES + 1))
        except InputError as problem:
            form.document.errors = [str(problem)]
            audit.record("refuse_upload", record_type="word_imports", detail="Word document")
            db.session.commit()
        else:
            _keep(reading, upload.filename)
            return redirect(url_for("author.word_results"))
    return render_template("author/word/check.html", form=form)


def _keep(reading, file_name):
    db.session.execute(sa.delete(WordImport).where(WordImport.user_id == current_user.id))
    kept = WordImport(
        user_id=current_user.id,
        file_name=(file_name or "document.docx")[-255:],
        snapshot=reading.document.to_dict(),
        notes=reading.notes,
        unsorted=reading.unsorted,
    )
    db.session.add(kept)
    audit.record("import", kept, detail="Word document checked")
    db.session.commit()


def _kept():
    return db.session.scalar(sa.select(WordImport).where(WordImport.user_id == current_user.id))


@bp.get("/check-word/results")
@allow(Access.WORKER)
def word_results():
    kept = _kept()
    if kept is None:
        return render_template("author/word/results.html", kept=None)
    audit.record("view", kept)
    db.session.commit()
    return _results_page(kept, form_for(WordDraftForm))


def _results_page(kept, form):
    document = Document.from_dict(kept.snapshot)
    found = check(document, rubric(), sections=(UNSORTED,) if kept.unsorted else None)
    found = sorted(found, key=lambda f: LEVEL_ORDER.get(f.level, 9))
    cases = db.session.scalars(
        records.worker_cases(current_user).order_by(Case.created_at.desc())
    ).all()
    form.case_id.choices = [(0, "Choose a case")] + [
        (case.id, f"{case.reference} ({case.family_name})") for case in cases
    ]
    if not form.title.data:
        form.title.data = (document.title or "Imported assessment")[:200]
    return render_template(
        "author/word/results.html",
        kept=kept,
        document=document,
        findings=found,
        level_labels=LEVEL_LABELS,
        spelling_result=spelling_of_document(document),
        form=form,
        has_cases=bool(cases),
    )


@bp.post("/check-word/draft")
@allow(Access.WORKER)
def word_draft():
    kept = _kept()
    if kept is None:
        flash("There is no checked document to turn into a draft. Check one first.", "error")
        return redirect(url_for("author.check_word"))
    form = WordDraftForm()
    form.case_id.choices = [(0, "")] + [
        (case_id, "")
        for case_id in db.session.scalars(
            records.worker_cases(current_user).with_only_columns(Case.id)
        )
    ]
    if not form.validate_on_submit():
        return _results_page(kept, form)
    case = records.case_for_worker(current_user, form.case_id.data)
    assessment = Assessment(title=form.title.data, case=case, author_id=current_user.id)
    db.session.add(assessment)
    db.session.flush()
    draft = draft_document(Document.from_dict(kept.snapshot), today())
    restore(assessment, draft.to_dict())
    sections.mark_imported(assessment.id, draft)  # none Completed until the worker confirms
    audit.record("create", assessment, detail="from a Word document")
    db.session.delete(kept)
    db.session.commit()
    flash("Draft created from the Word document. Check each section.", "success")
    return redirect(url_for("author.assessment", assessment_id=assessment.id))


@bp.post("/assessments/<int:assessment_id>/confirm-imported-section")
@allow(Access.WORKER)
def confirm_imported_section(assessment_id):
    """The worker has checked a section their Word import filled: it may now be Completed."""
    assessment = assessment_for_editing(assessment_id)
    form = ConfirmImportForm()
    if not form.validate_on_submit() or form.section.data not in sections.BY_KEY:
        abort(400)  # no page of ours sends such a form
    if not workflow.can_edit(assessment):
        return locked(assessment)
    contents = items.load(assessment.id)
    unsorted = sections.still_to_sort(contents, form.section.data)
    uncategorised = _without_category(contents, form.section.data)
    if unsorted or uncategorised:
        # The page again, at the first fact to sort, saying which: nothing is confirmed.
        ids = {fact.id for fact in [*unsorted, *uncategorised]}
        to_sort = [fact for fact in contents.facts if fact.id in ids]
        first = MultiDict({"fact": to_sort[0].reference})
        summary = _still_to_sort_summary(assessment, to_sort, len(unsorted))
        return facts_page(assessment, first, contents, error_summary=summary)
    if sections.confirm(assessment.id, form.section.data):
        audit.record("confirm_section", assessment, detail=form.section.data)
    db.session.commit()
    flash(f"You have confirmed ‘{sections.BY_KEY[form.section.data].title}’", "success")
    return redirect(url_for("author.assessment", assessment_id=assessment.id))


SORT_LINKS = 10  # links in the error summary; a long list is read in the chronology itself


def _without_category(contents, key):
    """The facts with no category at all, which keep an imported facts section from being
    confirmed as those still to sort do: each would show "No category" and count as "Other" in
    the chronology chart. (Beside ``sections.still_to_sort``, whose module is the journey's.)"""
    if key != "facts":
        return []
    return [fact for fact in contents.facts if not fact.category]


def _still_to_sort_summary(assessment, to_sort, marked):
    """A GOV.UK error summary naming how many facts still need a category (``marked`` of them
    still marked to sort, the rest with none), each linked to its page (the first ten of a long
    list)."""
    count = len(to_sort)
    links = [
        {
            "text": f"Choose a category for {fact.reference}",
            "href": url_for("author.fact_item", assessment_id=assessment.id, item_id=fact.id),
        }
        for fact in to_sort[:SORT_LINKS]
    ]
    if count > SORT_LINKS:
        links.append({"text": f"and {count - SORT_LINKS} more, marked in the chronology below"})
    facts = "1 fact is" if count == 1 else f"{count} facts are"
    if marked == count:
        problem = f"{facts} still marked ‘{UNSORTED_CATEGORY}’."
    elif not marked:
        problem = "1 fact has no category." if count == 1 else f"{count} facts have no category."
    else:
        problem = (
            f"{count} facts still need a category: {marked} marked ‘{UNSORTED_CATEGORY}’ and "
            f"{count - marked} with none."
        )
    return {
        "titleText": "There is a problem",
        "descriptionText": f"{problem} Give {'it' if count == 1 else 'each'} a category, then "
        "confirm you have checked this section.",
        "errorList": links,
    }
