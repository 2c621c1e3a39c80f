"""A supervisor's review forms: a decision, a comment, and agreeing with or dismissing a
finding. Error messages say what to do."""

from govuk_frontend_wtf.wtforms_widgets import GovRadioInput, GovSubmitInput, GovTextArea
from wtforms import HiddenField, RadioField, StringField, SubmitField, TextAreaField
from wtforms.validators import AnyOf, DataRequired, Length, ValidationError

from assist.forms import Form
from assist.models.review import Decision
from assist.review.comments import MAX_LENGTH


def comment_text(label, what, required=True):
    """What a supervisor writes for the worker, held to the same length as every comment."""
    validators = [
        Length(
            max=MAX_LENGTH, message=f"{what.capitalize()} must be {MAX_LENGTH} characters or fewer."
        )
    ]
    if required:
        validators.insert(0, DataRequired(f"Enter {what}."))
    return TextAreaField(label, widget=GovTextArea(), validators=validators)


class DecisionForm(Form):
    """Return for revision or sign off, on the review page. The workflow's own refusals
    (already decided, a stale page, no reason to return it) come back from ``decide`` against
    the box that was used."""

    version = HiddenField()
    # Both boxes are always shown: GOV.UK's conditional reveal puts aria-expanded on radio
    # inputs, which axe-core reports as critical.
    decision = RadioField(
        "Return for revision or sign off?",
        choices=[
            (Decision.RETURNED.value, "Return for revision"),
            (Decision.SIGNED_OFF.value, "Sign off"),
        ],
        widget=GovRadioInput(),
        validate_choice=False,  # AnyOf says what to do, not "Not a valid choice"
        validators=[
            AnyOf(
                [decision.value for decision in Decision],
                message="Choose whether to return the assessment or sign it off.",
            )
        ],
    )
    # Blank, not None, when a box was not sent: the page shows them again as typed.
    reason = TextAreaField(
        "If you return it: what does the worker need to change?",
        description="Needed to return it. Say what to rethink, not only what to add.",
        widget=GovTextArea(),
        default="",
    )
    note = TextAreaField(
        "If you sign it off: a reflective note for the worker (optional)",
        widget=GovTextArea(),
        default="",
    )
    submit = SubmitField("Confirm decision", widget=GovSubmitInput())

    @property
    def words(self):
        """The box that goes with the decision: the reason to return it, or the note."""
        return self.reason if self.decision.data == Decision.RETURNED else self.note


class CommentForm(Form):
    on = HiddenField()  # what the comment is about: "", "section:facts" or "fact:12"
    body = comment_text("Your comment", "your comment")
    submit = SubmitField("Save comment", widget=GovSubmitInput())


FINDING_ACTIONS = ("agree", "dismiss")


class FindingForm(Form):
    key = HiddenField()
    # Sent by the button pressed: "Agree with the finding" or "Dismiss the finding".
    action = StringField(
        validators=[
            AnyOf(
                FINDING_ACTIONS,
                message="Choose whether you agree with the finding or dismiss it.",
            )
        ]
    )
    body = comment_text(
        "What the worker should know", "what the worker should know", required=False
    )

    def validate_body(self, field):
        if self.action.data == "dismiss" and not field.data:
            raise ValidationError("Enter why the rubric is wrong here.")
