"""Forms for checking a Word document and turning it into a draft assessment."""

from flask_wtf.file import FileField, FileRequired
from govuk_frontend_wtf.wtforms_widgets import (
    GovFileInput,
    GovSelect,
    GovSubmitInput,
    GovTextInput,
)
from wtforms import HiddenField, SelectField, StringField, SubmitField
from wtforms.validators import DataRequired, Length, ValidationError

from assist.forms import Form


def _is_docx(form, field):
    name = getattr(field.data, "filename", "") or ""
    if not name.lower().endswith((".docx", ".dotx")):  # a council's template is read too
        raise ValidationError("The selected file must be a Word document (.docx)")


class WordUploadForm(Form):
    document = FileField(
        "Upload a Word document",
        widget=GovFileInput(),
        description="A .docx file of up to 5 MB. It is checked and then deleted; only its "
        "text is kept, for you alone, until you check another document.",
        validators=[FileRequired("Select a Word document"), _is_docx],
    )
    submit = SubmitField("Check the document", widget=GovSubmitInput())


class WordDraftForm(Form):
    case_id = SelectField(
        "Which case is this assessment for?",
        widget=GovSelect(),
        coerce=int,
        validators=[DataRequired("Select the case")],
    )
    title = StringField(
        "Assessment title",
        widget=GovTextInput(),
        validators=[
            DataRequired("Enter a title for the assessment"),
            Length(max=200, message="Title must be 200 characters or fewer"),
        ],
    )
    submit = SubmitField("Turn this into a draft assessment", widget=GovSubmitInput())


class ConfirmImportForm(Form):
    """On a section a Word import filled: the worker has checked it, so it may count as
    Completed."""

    section = HiddenField()
    submit = SubmitField("I have checked this section", widget=GovSubmitInput())
