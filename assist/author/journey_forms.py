"""The journey's question pages. Labels are the questions, hints explain, and error messages
say what to do."""

from govuk_frontend_wtf.wtforms_widgets import (
    GovCharacterCount,
    GovSubmitInput,
    GovTextInput,
)
from wtforms import BooleanField, HiddenField, RadioField, StringField, SubmitField, TextAreaField
from wtforms.validators import DataRequired, Length, Optional, ValidationError

from assist.author.fields import CitationsField, GovDateField
from assist.forms import Form
from assist.labels import CATEGORIES, EXPERIENCE_KINDS, HOW_KNOWN, PRECISION
from assist.models.content import DatePrecision, Probability
from assist.widgets import CheckboxInput, RadioInput

LONG_TEXT = 10_000


def too_long(label, limit):
    # A label that is a question reads badly as the subject of a sentence.
    subject = "Your answer" if label.endswith("?") else label
    return f"{subject} must be {limit:,} characters or fewer"


def long_text(label, required=None, description=None):
    validators = [Length(max=LONG_TEXT, message=too_long(label, LONG_TEXT))]
    validators.insert(0, DataRequired(required) if required else Optional())
    return TextAreaField(
        label, widget=GovCharacterCount(), description=description, validators=validators
    )


def short_text(label, required=None, description=None, max_length=200):
    validators = [Length(max=max_length, message=too_long(label, max_length))]
    validators.insert(0, DataRequired(required) if required else Optional())
    return StringField(label, widget=GovTextInput(), description=description, validators=validators)


class JourneyForm(Form):
    # The version of the assessment the page was showing: a save based on an older one is
    # refused rather than overwriting someone else's work.
    version = HiddenField()
    save = SubmitField("Save and continue", widget=GovSubmitInput())


CORROBORATED = [("yes", "Yes"), ("no", "No"), ("unknown", "Not known")]
PROBABILITY = [(p.value, p.value.capitalize()) for p in Probability]


class ChildForm(JourneyForm):
    name = short_text(
        "Child's name or initials", "Enter the child's name or initials", max_length=120
    )
    date_of_birth = GovDateField(
        "Date of birth or expected date of birth",
        description="For example, 27 3 2021. For an unborn baby, give the expected date.",
        days_ahead=300,  # a pregnancy's expected date, at the furthest
    )
    is_unborn = BooleanField("This child is not born yet", widget=CheckboxInput())
    ethnicity = short_text("Ethnicity", max_length=120)
    first_language = short_text("First language", max_length=80)
    disability = long_text("Disability", description="Leave blank if none is known")
    communication_needs = long_text(
        "Communication needs", description="How the child communicates and what helps"
    )
    is_preverbal = BooleanField(
        "This child is pre-verbal or non-verbal, so must be observed", widget=CheckboxInput()
    )


class AdultForm(JourneyForm):
    name = short_text("Name", "Enter the adult's name", max_length=120)
    relationship_to_child = short_text(
        "Relationship to the child",
        "Enter the adult's relationship to the child",
        description="For example, mother, mother's partner, grandfather, lodger, a man who visits",
    )
    lives_in_household = RadioField(
        "Do they live in the household?",
        widget=RadioInput(),
        choices=[("yes", "Yes"), ("no", "No, they visit or are around the household")],
        validators=[DataRequired("Select whether they live in the household")],
    )
    notes = long_text("What is known about them")


# A date typed and "Not known" chosen: which is right is the worker's to say, not ours to guess.
DATE_AND_NOT_KNOWN = (
    "Either leave the date empty because it is not known, or choose how exact the date is"
)


class FactForm(JourneyForm):
    occurred_on = GovDateField(
        "Date",
        required=True,  # unless "Not known" is chosen below (``validate``)
        when="past",
        partial=True,
        description="For example, 14 3 2026. If you know only the month, leave the day empty; "
        "if only the year, leave the day and month empty. If you only know roughly, give your "
        "best guess and say so below. If it is not known at all, leave the date empty and "
        "choose ‘Not known’.",
    )
    date_precision = RadioField(
        "How exact is the date?",
        widget=RadioInput(),
        choices=PRECISION,
        default=DatePrecision.EXACT.value,
        validators=[DataRequired("Select how exact the date is")],
    )
    child_ids = CitationsField(
        "Which children does this concern?",
        description="Untick any child it is not about",
    )
    what_happened = long_text("What happened", "Enter what happened")
    source = short_text(
        "Source",
        "Enter who said so or which document it comes from",
        description="Who said so, or which document it comes from",
        max_length=300,
    )
    how_known = RadioField(
        "How is it known?",
        widget=RadioInput(),
        choices=HOW_KNOWN,
        validators=[DataRequired("Select how it is known")],
    )
    corroborated = RadioField(
        "Has anyone or anything else confirmed it?",
        widget=RadioInput(),
        choices=CORROBORATED,
        default="unknown",
        validators=[DataRequired("Select whether it is corroborated")],
    )
    category = RadioField(
        "Concern category",
        widget=RadioInput(),
        choices=CATEGORIES,
        validators=[DataRequired("Select a concern category")],
    )
    is_historic = BooleanField(
        "This is history: it happened before the current involvement", widget=CheckboxInput()
    )
    add_another = SubmitField("Save and add another fact", widget=GovSubmitInput())

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.occurred_on.show_known_to(self.date_precision.data)

    def validate(self, extra_validators=None):
        """A date is needed unless "Not known" is chosen, and then none may be given: an
        imported fact with no date is saved as it is, never with a date made up to pass."""
        not_known = self.date_precision.data == DatePrecision.UNKNOWN.value
        self.occurred_on.required = not not_known
        valid = super().validate(extra_validators)
        if not_known and any(self.occurred_on.raw_data or ()):
            # Whatever else is wrong with what was typed, whether there is a date comes first.
            self.occurred_on.errors = [DATE_AND_NOT_KNOWN]
            valid = False
        return valid

    def validate_child_ids(self, field):
        if field.choices and not field.data:
            raise ValidationError("Select the children this fact concerns")

    def stored_precision(self):
        """How precisely the date is known: what was chosen, or coarser when the day (or the
        day and month) was left empty. "Approximate" stays: it is stored on the 1st of the
        month, or 1 January, and reads "About June 2021" or "About 2021". "Not known" goes
        with no date at all."""
        chosen = DatePrecision(self.date_precision.data)
        if chosen in (DatePrecision.APPROXIMATE, DatePrecision.UNKNOWN):
            return chosen
        order = [DatePrecision.EXACT, DatePrecision.MONTH, DatePrecision.YEAR]
        return max(chosen, self.occurred_on.known_to, key=order.index)


class ExperienceForm(JourneyForm):
    child_id = RadioField(
        "Which child?",
        widget=RadioInput(),
        choices=[],
        validators=[DataRequired("Select which child this is about")],
    )
    kind = RadioField(
        "What are you recording?",
        widget=RadioInput(),
        choices=EXPERIENCE_KINDS,
        validators=[DataRequired("Select what you are recording")],
    )
    text = long_text(
        "What you heard or saw",
        "Enter what you heard or saw",
        description="Use the child's own words in quotation marks where you can",
    )
    heard_on = GovDateField("When", when="past", description="For example, 14 3 2026")
    how_heard = short_text(
        "How", max_length=300, description="For example, alone in her bedroom using drawings"
    )
    what_was_done = long_text(
        "What you did about it", description="Only for what made it hard to hear the child"
    )


class AnalysisForm(JourneyForm):
    meaning_for_child = long_text(
        "What do these facts mean for the child?",
        "Enter what the facts mean for the child",
        description="Say what it is like to be this child now, and if nothing changes",
    )
    cites = CitationsField(
        "Which facts, or entries about the child's experience, does this rest on?"
    )
    contradicted_by = CitationsField("Which facts point the other way?")
    alternative_explanation = long_text("What other explanation did you consider?")
    reasoning = long_text("Why do you conclude as you do?")
    is_pattern = BooleanField(
        "This names a pattern across several facts (cumulative harm)", widget=CheckboxInput()
    )


class DangerForm(JourneyForm):
    child_id = RadioField(
        "Which child?",
        widget=RadioInput(),
        choices=[],
        validators=[DataRequired("Select which child the danger is for")],
    )
    feared_outcome = long_text(
        "What is the feared outcome for this child?",
        "Enter the feared outcome for the child",
        description="For example, that Kai is seriously injured because "
        "he is left alone while his mother is drinking",
    )
    probability = RadioField(
        "How likely is it?", widget=RadioInput(), choices=PROBABILITY, validators=[Optional()]
    )
    probability_reasoning = long_text("Why do you judge it that likely?")


class FactorForm(JourneyForm):
    text = long_text("Describe it", "Enter a description")
    cites = CitationsField("Which facts or analysis show this?")


class GapForm(FactorForm):
    text = long_text("What do you still need to know?", "Enter what you still need to know")
    how_to_fill = long_text("How will the gap be filled?", description="Who will find out, and how")


class RecommendationForm(JourneyForm):
    action = long_text("What should happen?", "Enter what should happen")
    objective_for_child = long_text(
        "What will be different for the child?",
        description="The outcome for the child, not just the activity",
    )
    answers = CitationsField("Which dangers or conclusions does this answer?")
    fills = CitationsField("Which information gaps does this fill?")
    reason = long_text("Why this, if it answers none of the above?")
    who = short_text("Who will do it?", description="A named person or role")
    by_when = GovDateField(
        "By when",
        when="future",
        description="For example, 31 1 2027",
        days_ahead=731,  # a longer plan is steps, each with its own date
    )
    how_we_will_know = long_text("How will everyone know it has worked?")


class ConfirmForm(JourneyForm):
    """An action button carrying the version, such as submit or delete."""
