"""The guided assessment's pages for a social worker: task list, one page per section, item
editors, check your answers and submit."""

from flask import abort, redirect, render_template, request, url_for
from flask_login import current_user

from assist import audit, workflow
from assist.access import Access, allow
from assist.author import bp
from assist.author import journey_editors as editors
from assist.author.journey_editing import (
    assessment_for_editing,
    delete_item,
    item_or_404,
    refuse_stale_or_locked,
    restore_item,
)
from assist.author.journey_forms import ConfirmForm
from assist.author.journey_page import ListPage, journey_page
from assist.author.practice import refuse_fixed_section, submit_practice
from assist.extensions import db
from assist.findings import findings_for
from assist.forms import form_for
from assist.journey import items, version_store
from assist.journey.sections import BY_KEY, SECTIONS, sections_to_confirm, statuses
from assist.models import AssessmentStatus
from assist.review.decisions import last_decision, mark_seen

PREFIX = "/assessments/<int:assessment_id>"


@bp.get(PREFIX)
@allow(Access.AUTHOR)
def assessment(assessment_id):
    assessment = assessment_for_editing(assessment_id)
    audit.record("view", assessment)
    mark_seen(assessment)  # their supervisor's decision leaves the dashboard
    db.session.commit()
    # Loaded after the commit, which expires every loaded object (reloading 300 facts one by
    # one tripled this page's time).
    contents = items.load(assessment.id, every_fact=False)
    return journey_page(
        "author/journey/task_list.html",
        assessment,
        contents=contents,
        sections=SECTIONS,
        statuses=statuses(contents, sections_to_confirm(assessment.id)),
        # The supervisor's last word stays on the task list after the dashboard notice goes.
        latest_decision=None if assessment.is_practice else last_decision(assessment.id),
    )


def _section_view(key):
    def view(assessment_id):
        assessment = assessment_for_editing(assessment_id)
        return journey_page(
            f"author/journey/{key}.html",
            assessment,
            section=BY_KEY[key],
            undo=request.args.get("undo"),
        )

    view.__name__ = key
    return view


for _key in ("people", "child", "analysis", "risk", "recommendations"):
    bp.add_url_rule(f"{PREFIX}/{_key}", _key, allow(Access.AUTHOR)(_section_view(_key)))


@bp.get(PREFIX + "/facts")
@allow(Access.AUTHOR)
def facts(assessment_id):
    """The chronology, 100 facts a page (or all of them), at the page a linked fact is on."""
    assessment = assessment_for_editing(assessment_id)
    return facts_page(assessment, request.args, undo=request.args.get("undo"))


def facts_page(assessment, args, contents=None, **context):
    """The chronology page as ``args`` (a query string's) ask for it; ``context`` adds to the
    page (an undo banner, or an error summary for a confirmation refused)."""
    contents = contents or items.load(assessment.id, every_fact=False)
    listed = ListPage.of(
        contents.fact_index,
        args,
        ref_of=lambda fact: fact.reference,
        rows_of=contents.facts_among,
    )
    findings = findings_for(assessment, contents, sections=["facts"])
    elsewhere = 0
    if listed.number and listed.paged:
        # The panel speaks of this page's facts and the chronology as a whole: a finding on
        # each of 3,000 facts would otherwise make a panel of megabytes.
        on_page = {fact.reference for fact in listed.rows}
        shown = [f for f in findings if f.item is None or f.item in on_page]
        findings, elsewhere = shown, len(findings) - len(shown)
    return journey_page(
        "author/journey/facts.html",
        assessment,
        section=BY_KEY["facts"],
        contents=contents,
        listed=listed,
        findings=findings,
        findings_elsewhere=elsewhere,
        **context,
    )


def _register_editor(name, editor, model_of_item=None, url=None):
    """new / edit / delete / restore routes for one kind of item."""
    url = url or name
    model = editor.model
    editor.name = name

    def item(assessment, item_id):
        found = item_or_404(model, assessment, item_id)
        return found if editor.accepts(found) else abort(404)

    def assessment_for_editor(assessment_id):
        assessment = assessment_for_editing(assessment_id)
        refuse_fixed_section(assessment, editor.section)
        return assessment

    @allow(Access.AUTHOR)
    def new(assessment_id):
        assessment = assessment_for_editor(assessment_id)
        editor.check_new(assessment)
        return editor.edit(assessment, **editor_defaults(name))

    @allow(Access.AUTHOR)
    def edit(assessment_id, item_id):
        assessment = assessment_for_editor(assessment_id)
        return editor.edit(assessment, item(assessment, item_id))

    @allow(Access.AUTHOR)
    def delete(assessment_id, item_id):
        assessment = assessment_for_editor(assessment_id)
        found = item(assessment, item_id)
        return delete_item(
            assessment,
            found,
            editor.section,
            editor.noun,
            f"{name}_restore",
            problem=editor.blocks_delete(found, items.load(assessment.id)),
        )

    @allow(Access.AUTHOR)
    def restore(assessment_id, item_id):
        return restore_item(
            assessment_for_editor(assessment_id), model, item_id, editor.section, editor.noun
        )

    for suffix, view, path, methods in (
        ("new", new, f"/{url}/new", ["GET", "POST"]),
        ("item", edit, f"/{url}/<int:item_id>", ["GET", "POST"]),
        ("delete", delete, f"/{url}/<int:item_id>/delete", ["POST"]),
        ("restore", restore, f"/{url}/<int:item_id>/restore", ["POST"]),
    ):
        view.__name__ = f"{name}_{suffix}"
        bp.add_url_rule(PREFIX + path, f"{name}_{suffix}", view, methods=methods)


def editor_defaults(name):
    """Answers a new item starts with, from the link that opened it (?child=, ?kind=)."""
    defaults = {}
    if name in ("experience", "danger") and request.args.get("child", "").isdigit():
        defaults["child_id"] = request.args["child"]
    if name == "experience" and request.args.get("kind"):
        defaults["kind"] = request.args["kind"]
    return defaults


for _name, (_editor, _url) in editors.EDITORS.items():
    _register_editor(_name, _editor, url=_url)


@bp.get(PREFIX + "/check")
@allow(Access.AUTHOR)
def check_answers(assessment_id):
    assessment = assessment_for_editing(assessment_id)
    contents = items.load(assessment.id, every_fact=False)
    return journey_page(
        "author/journey/check_answers.html",
        assessment,
        contents=contents,
        sections=SECTIONS,
        statuses=statuses(contents, sections_to_confirm(assessment.id)),
        # The first 100 facts, and a link to all of them: 3,000 made a 1 MB page.
        facts_shown=ListPage.at(
            contents.fact_index,
            show_all=request.args.get("show") == "all",
            rows_of=contents.facts_among,
        ),
    )


@bp.post(PREFIX + "/submit")
@allow(Access.AUTHOR)
def submit(assessment_id):
    assessment = assessment_for_editing(assessment_id)
    form = form_for(ConfirmForm)
    if not form.validate_on_submit():
        return redirect(url_for("author.check_answers", assessment_id=assessment.id))
    refused = refuse_stale_or_locked(
        assessment,
        form.version.data,
        "Check your answers again, then submit.",
        url_for("author.check_answers", assessment_id=assessment.id),
    )
    if refused:
        return refused
    if assessment.is_practice:
        return submit_practice(assessment, current_user)
    to = (
        AssessmentStatus.RESUBMITTED
        if assessment.status == AssessmentStatus.RETURNED
        else AssessmentStatus.SUBMITTED
    )
    # What the supervisor will read is kept whole: the version read most, and in one row.
    version_store.make_whole(
        assessment.id, version_store.kept_at_or_before(assessment.id, assessment.version)
    )
    workflow.move(assessment, to, current_user)
    audit.record(to.value, assessment)
    db.session.commit()
    return render_template("author/journey/submitted.html", assessment=assessment)
