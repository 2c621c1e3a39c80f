from govuk_frontend_wtf.wtforms_widgets import (
    GovPasswordInput,
    GovSelect,
    GovSubmitInput,
    GovTextInput,
)
from wtforms import (
    BooleanField,
    EmailField,
    PasswordField,
    RadioField,
    SelectField,
    StringField,
    SubmitField,
)
from wtforms.validators import DataRequired, Email, Length

from assist.forms import Form
from assist.models import Role
from assist.widgets import CheckboxInput, RadioInput

ROLE_CHOICES = [(role.value, role.label) for role in Role]
NO_TEAM = ""


class UserDetailsForm(Form):
    name = StringField(
        "Full name",
        widget=GovTextInput(),
        validators=[
            DataRequired("Enter the person's full name"),
            Length(max=120, message="Full name must be 120 characters or fewer"),
        ],
    )
    role = RadioField(
        "Role",
        widget=RadioInput(),
        choices=ROLE_CHOICES,
        validators=[DataRequired("Select a role")],
    )
    team_id = SelectField("Team", widget=GovSelect(), choices=[], validate_choice=True)
    submit = SubmitField("Save", widget=GovSubmitInput())

    def set_teams(self, teams):
        self.team_id.choices = [(NO_TEAM, "No team")] + [(str(t.id), t.name) for t in teams]


class NewUserForm(UserDetailsForm):
    email = EmailField(
        "Email address",
        widget=GovTextInput(),
        validators=[
            DataRequired("Enter an email address"),
            Email("Enter an email address in the correct format, like name@example.gov.uk"),
            Length(max=254),
        ],
    )
    password = PasswordField(
        "Temporary password",
        widget=GovPasswordInput(),
        description="8 characters or more. Give it to the person in a safe way; they can "
        "change it after signing in.",
        validators=[DataRequired("Enter a temporary password")],
    )
    submit = SubmitField("Create account", widget=GovSubmitInput())


class ResetPasswordForm(Form):
    password = PasswordField(
        "New temporary password",
        widget=GovPasswordInput(),
        description="8 characters or more. This also unlocks the account.",
        validators=[DataRequired("Enter a new temporary password")],
    )
    submit = SubmitField("Set password", widget=GovSubmitInput())


class TeamForm(Form):
    name = StringField(
        "Team name",
        widget=GovTextInput(),
        validators=[
            DataRequired("Enter the team name"),
            Length(max=120, message="Team name must be 120 characters or fewer"),
        ],
    )
    supervisor_id = SelectField("Supervisor", widget=GovSelect(), choices=[])
    is_practice = BooleanField(
        "This is a trainee team (practice work only)", widget=CheckboxInput()
    )
    submit = SubmitField("Save team", widget=GovSubmitInput())

    def set_supervisors(self, supervisors):
        self.supervisor_id.choices = [(NO_TEAM, "No supervisor yet")] + [
            (str(s.id), s.name) for s in supervisors
        ]


class AuditFilterForm(Form):
    class Meta:
        csrf = False  # a GET search form changes nothing

    user = StringField("User's email", widget=GovTextInput(), validators=[Length(max=254)])
    action = SelectField("Action", widget=GovSelect(), choices=[])
    record_type = SelectField("Record type", widget=GovSelect(), choices=[])
    submit = SubmitField("Filter", widget=GovSubmitInput())
