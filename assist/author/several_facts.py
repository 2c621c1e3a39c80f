"""Add several facts at once: paste or upload a chronology, match its columns, check every row,
then add them all as one saved version (one undo takes them all back out).

Nothing is kept on the server between the steps: the pasted text (or an upload's cells, as
tab-separated text) goes back and forth in the form, and a fingerprint of what the preview
showed makes sure "Add" saves exactly what was checked."""

from dataclasses import dataclass, field

from flask import abort, flash, redirect, url_for
from flask_login import current_user
from flask_wtf.file import FileField
from govuk_frontend_wtf.wtforms_widgets import (
    GovFileInput,
    GovSelect,
    GovSubmitInput,
    GovTextArea,
    GovTextInput,
)
from wtforms import (
    FieldList,
    HiddenField,
    SelectField,
    SelectMultipleField,
    StringField,
    SubmitField,
    TextAreaField,
)
from wtforms.validators import Length

from assist import clock, records
from assist.access import Access, allow
from assist.author import bp
from assist.author.journey_editing import assessment_for_editing, locked
from assist.author.journey_page import render_journey
from assist.author.journey_views import PREFIX
from assist.author.practice import refuse_fixed_section
from assist.extensions import db
from assist.forms import Form, form_for
from assist.journey import bulk, items
from assist.journey.saving import Locked
from assist.labels import CATEGORIES, HOW_KNOWN
from assist.navigator import Navigator
from assist.readers import chronology
from assist.readers.chronology import COLUMNS, LEAVE_OUT, MISSING, ChronologyError, Defaults

COLUMN_CHOICES = [(LEAVE_OUT, "Leave this column out"), *COLUMNS.items()]
NO_DATE = "There is no date"  # an empty date cell (a date left out by mistake?)
_UNWANTED = str.maketrans("", "", "".join(map(chr, [*range(0, 9), 11, 12, *range(14, 32), 127])))


def _pasted(value):
    """The paste as it came, tabs and line breaks kept (the form's usual filter would strip
    the leading tab of a first row whose first heading is blank, shifting its columns)."""
    return value.translate(_UNWANTED) if isinstance(value, str) else value


class PastedTableField(TextAreaField):
    pass


class SeveralFactsForm(Form):
    version = HiddenField()
    chronology = PastedTableField(
        "Paste your chronology",
        widget=GovTextArea(),
        filters=[_pasted],
        description="Copy the rows from Word, Excel, LibreOffice or your case system, with "
        "the row of headings (Date, What happened, Source, How known, Category, Which child), "
        "and paste them here. Up to 500 rows at a time.",
    )
    upload = FileField(
        "Or upload a spreadsheet",
        widget=GovFileInput(),
        description="A .csv, .xlsx or .ods file of up to 2 MB. Only its first sheet is read. "
        "The file is not kept: its rows are put in the box above for you to check.",
    )
    columns = FieldList(SelectField(choices=COLUMN_CHOICES, widget=GovSelect(), default=LEAVE_OUT))
    default_source = StringField(
        "Source, for rows that do not give one",
        widget=GovTextInput(),
        validators=[Length(max=300, message="The source must be 300 characters or fewer")],
    )
    default_how_known = SelectField(
        "How it is known, for rows that do not say",
        widget=GovSelect(),
        choices=[("", "Choose")] + HOW_KNOWN,
        default="",
    )
    default_category = SelectField(
        "Concern category, for rows that do not say",
        widget=GovSelect(),
        choices=[("", "Choose")] + CATEGORIES,
        default="",
    )
    leave_out = SelectMultipleField(coerce=str, validate_choice=False)
    checked = HiddenField()
    check = SubmitField("Check these facts", widget=GovSubmitInput())
    add = SubmitField("Add these facts", widget=GovSubmitInput())


ROWS_IN_SUMMARY = 20  # rows named in the error summary; the table lists them all
# Where an answer missing from rows is fixed for all of them ("For rows that do not say").
_FIXED_IN = {message: f"#default_{key}" for key, message in MISSING.items()}


@dataclass
class Preview:
    """What the page shows after a check: the rows, or why the paste cannot be read."""

    problem: str | None = None
    mapping_problems: list[tuple[str, int]] = field(default_factory=list)  # and the column
    table: chronology.Table | None = None
    checked: chronology.Checked | None = None
    fingerprint: str = ""

    @property
    def ready(self):
        return self.checked is not None and self.checked.ready and not self.mapping_problems

    @property
    def column_errors(self) -> dict[int, str]:
        """A column's select and what to choose in it ("Choose which column says what
        happened"), shown beside the select."""
        errors: dict[int, str] = {}
        for message, position in self.mapping_problems:
            errors[position] = f"{errors[position]}. {message}" if position in errors else message
        return errors

    def error_list(self) -> list[dict]:
        """The error summary: a column to choose, linked to its select; an answer missing from
        many rows ("There is no category") once, linked to where it is fixed for all of them
        (a missing date to the first such row); then each row's own problems."""
        problems = [
            {"text": message, "href": f"#columns-{position}"}
            for message, position in self.mapping_problems
        ]
        if self.checked is None:
            return problems
        shared: dict[str, list[int]] = {}
        own_rows = []
        for row in self.checked.with_problems:
            own = []
            for problem in row.problems:
                if problem in _FIXED_IN or problem == NO_DATE:
                    shared.setdefault(problem, []).append(row.number)
                else:
                    own.append(problem)
            if own:
                own_rows.append((row.number, own))
        for problem, numbers in shared.items():
            rows = f"{len(numbers)} row" if len(numbers) == 1 else f"{len(numbers)} rows"
            href = _FIXED_IN.get(problem, f"#leave-out-{numbers[0]}")
            problems.append({"text": f"{problem} ({rows})", "href": href})
        for number, own in own_rows[:ROWS_IN_SUMMARY]:
            problems.append(
                {"text": f"Row {number}: {'; '.join(own)}", "href": f"#leave-out-{number}"}
            )
        if len(own_rows) > ROWS_IN_SUMMARY:
            more = len(own_rows) - ROWS_IN_SUMMARY
            problems.append(
                {
                    "text": f"and {more} more rows with problems, listed in the table",
                    "href": "#facts-to-add",
                }
            )
        return problems


def _read(form, assessment, contents) -> Preview:
    """Read the upload (into the text box) or the paste, match its columns, check its rows."""
    upload = form.upload.data
    try:
        if upload is not None and getattr(upload, "filename", ""):
            table = chronology.read_upload(upload.filename, upload.read())
            form.chronology.data = chronology.as_pasted(table)
            _reset_columns(form)
        else:
            table = chronology.read_pasted(form.chronology.data or "")
        chronology.check_size(table)
    except ChronologyError as problem:
        return Preview(problem=str(problem))
    columns = _columns(form, table)
    preview = Preview(table=table, mapping_problems=chronology.mapping_problems(columns))
    defaults = Defaults(
        form.default_source.data or "",
        form.default_how_known.data or "",
        form.default_category.data or "",
    )
    leave_out = {int(n) for n in form.leave_out.data or [] if n.isdigit()}
    preview.checked = chronology.check_rows(
        table,
        columns,
        defaults,
        {str(child.id): child.name for child in contents.children},
        [(fact.occurred_on, fact.what_happened, fact.reference) for fact in contents.facts],
        today=clock.today(),
        leave_out=leave_out,
    )
    preview.fingerprint = chronology.fingerprint(
        form.chronology.data, columns, defaults, sorted(leave_out)
    )
    return preview


def _reset_columns(form):
    """A new file: its columns are matched afresh, not given the last paste's choices."""
    while form.columns.entries:
        form.columns.pop_entry()


def _columns(form, table):
    """The column chosen for each of the table's columns: as posted when the page showed the
    same number of columns, else matched from the headings (and shown for the user to change)."""
    posted = [entry.data or LEAVE_OUT for entry in form.columns.entries]
    if len(posted) != table.width or any(c not in COLUMNS and c != LEAVE_OUT for c in posted):
        posted = chronology.match_headings(table.headings, table.width)
        _reset_columns(form)
        for key in posted:
            form.columns.append_entry(key)
    for position, entry in enumerate(form.columns.entries):
        heading = table.headings[position] if position < len(table.headings) else ""
        entry.label.text = f"Column {position + 1}" + (f": {heading[:60]}" if heading else "")
    return posted


@bp.route(PREFIX + "/facts/several", methods=["GET", "POST"])
@allow(Access.AUTHOR)
def several_facts(assessment_id):
    assessment = assessment_for_editing(assessment_id)
    refuse_fixed_section(assessment, "facts")
    form = form_for(SeveralFactsForm, data={"version": assessment.version})
    preview = None
    if form.validate_on_submit():
        contents = items.load(assessment.id)
        preview = _read(form, assessment, contents)
        if preview.problem:
            form.chronology.errors.append(preview.problem)
        confirmed = form.add.data and form.checked.data == preview.fingerprint
        if confirmed and preview.ready:
            return _add(assessment, preview.checked.kept)
        if form.add.data and preview.ready:
            flash(
                "The chronology changed since it was checked: check these facts again", "important"
            )
        form.checked.data = preview.fingerprint
    return _page(assessment, form, preview)


def _add(assessment, rows):
    try:
        version, first = bulk.add_facts(assessment, rows, current_user)
    except Locked:
        return locked(assessment)
    db.session.commit()
    flash(f"{_facts(len(rows))} added", "success")
    # The version they made, and the numbers they were given: the facts page offers the undo
    # while that version is the latest, and says they were taken out once they are.
    last = first + len(rows) - 1
    return redirect(
        url_for(
            "author.facts",
            assessment_id=assessment.id,
            undo=f"several_facts_undo:{version}-{first}-{last}",
        )
    )


def _facts(count):
    return f"{count} fact{'' if count == 1 else 's'}"


def _page(assessment, form, preview):
    nav = Navigator.here(assessment, "facts", item_page=True)
    if preview is not None and preview.ready:
        form.add.label.text = f"Add {_facts(len(preview.checked.kept))}"
    return render_journey(
        "author/journey/several_facts.html",
        assessment,
        nav,
        panels=False,
        form=form,
        preview=preview,
        column_names=COLUMNS,
    )


def _number(value):
    if not (value or "").isdigit():
        abort(400)
    return records.valid_id(int(value))


class UndoAddingForm(Form):
    version = HiddenField()  # the version the adding made: undone only while it is the latest
    first = HiddenField()  # the first fact it added
    last = HiddenField()  # and the last


@bp.post(PREFIX + "/facts/several/undo")
@allow(Access.AUTHOR)
def several_facts_undo(assessment_id):
    """Take back out every fact one "Add these facts" added, while nothing has changed since."""
    assessment = assessment_for_editing(assessment_id)
    refuse_fixed_section(assessment, "facts")
    form = form_for(UndoAddingForm)
    back = url_for("author.facts", assessment_id=assessment.id)
    if not form.validate_on_submit():
        abort(400)
    version, first = (_number(value) for value in (form.version.data, form.first.data))
    try:
        taken_out = bulk.take_out_added(assessment, version, first, current_user)
    except Locked:
        return locked(assessment)
    last = _number(form.last.data) if form.last.data else first
    if taken_out is None and not bulk.still_in(assessment, first, last):
        # Undone already (pressed twice, or the page opened again): say so, truthfully.
        flash("Those facts were already taken out", "success")
        return redirect(back)
    if taken_out is None:
        flash(
            "The assessment changed after those facts were added, so they were not taken out "
            "here. Delete them one by one, or restore an earlier saved version.",
            "important",
        )
        return redirect(back)
    db.session.commit()
    flash(f"{_facts(taken_out)} taken back out", "success")
    return redirect(back)
