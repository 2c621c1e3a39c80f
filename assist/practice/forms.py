from govuk_frontend_wtf.wtforms_widgets import GovSubmitInput, GovTextArea
from wtforms import SubmitField, TextAreaField
from wtforms.validators import DataRequired, Length

from assist.forms import Form


class ActionForm(Form):
    """A button that changes something: only the CSRF token is checked."""


class TutorCommentForm(Form):
    body = TextAreaField(
        "Your comment for the trainee",
        widget=GovTextArea(),
        description="What they did well, what to look at again, and why it matters for the child",
        validators=[
            DataRequired("Enter your comment"),
            Length(max=5000, message="Comment must be 5,000 characters or fewer"),
        ],
    )
    submit = SubmitField("Add comment", widget=GovSubmitInput())
