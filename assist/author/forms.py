from govuk_frontend_wtf.wtforms_widgets import GovSubmitInput, GovTextInput
from wtforms import HiddenField, IntegerField, StringField, SubmitField, TextAreaField
from wtforms.validators import (
    DataRequired,
    InputRequired,
    Length,
    NumberRange,
    Regexp,
    ValidationError,
)

from assist.author.journey_forms import ConfirmForm
from assist.forms import Form
from assist.safe_paths import safe_back
from assist.spelling.words import WORD


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


class PanelForm(Form):
    """A small form repeated in a panel of an assessment's pages (a reply under each comment,
    a dismissal under each finding, a button for each spelling suggestion). The panel's
    template draws it, once per thing, and a refusal is a banner on the page it came from."""

    back = HiddenField(default="")  # the page it was on: checked before it is used

    def back_to(self, assessment):
        return safe_back(self.back.data, assessment.id)

    @property
    def first_error(self):
        return next(iter(self.errors.values()))[0]


class ReplyForm(PanelForm):
    comment = HiddenField(default="")  # the supervisor's comment this replies to
    body = TextAreaField(validators=[DataRequired("Enter your reply.")])


DISMISSAL_LENGTH = 2000


class DismissFindingForm(PanelForm):
    key = HiddenField(default="")  # which finding, as the panel listed it
    reason = TextAreaField(
        validators=[
            DataRequired("Say why the rubric is wrong here: your supervisor will read it."),
            Length(
                max=DISMISSAL_LENGTH,
                message=f"Say why in {DISMISSAL_LENGTH:,} characters or fewer.",
            ),
        ]
    )


LONGEST = 200  # a flagged span or a suggestion is a word or a phrase, never a paragraph


def _plain_text(form, field):
    if any(ord(c) < 32 or c == "\x7f" for c in field.data):
        raise ValidationError("A suggestion is plain text.")


def _single_word(form, field):
    if len(field.data) > LONGEST or not WORD.fullmatch(field.data):
        raise ValidationError("That is not a single word.")


class SuggestionForm(ConfirmForm, PanelForm):
    """One suggestion's button: which item and field, where, and what to change. Read as sent
    (never trimmed): a grammar fix may be about spaces. Only a forged form fails these
    checks, so it is refused without a message of its own."""

    item = HiddenField(validators=[InputRequired()])  # its reference, such as F1
    field = HiddenField(validators=[InputRequired()])  # the document's name for the field
    offset = IntegerField(validators=[InputRequired(), NumberRange(min=0, max=999_999)])
    flagged = HiddenField(validators=[InputRequired(), Length(max=LONGEST)])
    replacement = HiddenField(default="", validators=[Length(max=LONGEST), _plain_text])


class WordForm(ConfirmForm, PanelForm):
    """Ignore a word in this assessment, or check it again. It changes no answer."""

    word = HiddenField(default="", validators=[_single_word])
