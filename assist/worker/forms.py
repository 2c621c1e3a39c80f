from govuk_frontend_wtf.wtforms_widgets import GovSubmitInput, GovTextInput
from wtforms import StringField, SubmitField
from wtforms.validators import DataRequired, Length, Regexp

from assist.forms import Form


class NewCaseForm(Form):
    reference = StringField(
        "Case reference",
        widget=GovTextInput(),
        description="The reference from your case management system, for example CS-2026-0142",
        validators=[
            DataRequired("Enter the case reference"),
            Length(max=40, message="Case reference must be 40 characters or fewer"),
            Regexp(
                r"^[A-Za-z0-9][A-Za-z0-9/ _.-]*$",
                message="Case reference must only include letters, numbers, spaces, "
                "hyphens, full stops and slashes",
            ),
        ],
    )
    family_name = StringField(
        "Family name",
        widget=GovTextInput(),
        description="How the family is known on the case, for example the Adeyemi family",
        validators=[
            DataRequired("Enter the family name"),
            Length(max=120, message="Family name must be 120 characters or fewer"),
        ],
    )
    submit = SubmitField("Create case", widget=GovSubmitInput())


class NewAssessmentForm(Form):
    title = StringField(
        "Assessment title",
        widget=GovTextInput(),
        description="For example, Child and family assessment, November 2026",
        validators=[
            DataRequired("Enter a title for the assessment"),
            Length(max=200, message="Title must be 200 characters or fewer"),
        ],
    )
    submit = SubmitField("Start assessment", widget=GovSubmitInput())
