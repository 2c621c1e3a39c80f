"""GOV.UK fields the journey needs that WTForms lacks: a day/month/year date that explains
what is wrong with it, and checkboxes that cite items of this assessment only."""

from datetime import date, timedelta

from govuk_frontend_wtf.wtforms_widgets import GovDateInput
from wtforms import Field, SelectMultipleField
from wtforms.validators import ValidationError

from assist import clock
from assist.readers.dates import granularity
from assist.vocabulary import DatePrecision
from assist.widgets import CheckboxesInput


class GovDateField(Field):
    """Three boxes (day, month, year) that must make a real date.

    ``when`` is "past" (today or before), "future" (today or after) or None. ``days_ahead``
    is how far in the future a date can sensibly be: no case date is years away, and year
    9999 is a slip of the keyboard, not a plan.
    """

    widget = GovDateInput()

    def __init__(
        self,
        label=None,
        validators=None,
        required=False,
        when=None,
        days_ahead=3653,
        partial=False,
        **kwargs,
    ):
        super().__init__(label, validators, **kwargs)
        self.required = required
        self.when = when
        self.days_ahead = days_ahead
        # A fact's date may be known only to the month (no day) or the year (no day or month):
        # then ``known_to`` says so and the date is the first day of that month or year.
        self.partial = partial
        self.known_to = DatePrecision.EXACT
        self._problem = None

    def _value(self):
        return self.data.strftime("%d %m %Y") if self.data else ""

    def show_known_to(self, precision):
        """Show a stored date as precisely as it is known: June 2021 as a blank day, 6, 2021."""
        if self.raw_data is not None or self.data is None:
            return
        known_to = granularity(self.data, precision)
        day, month, year = self.data.strftime("%d %m %Y").split(" ")
        if known_to != DatePrecision.EXACT:
            day = ""
        if known_to == DatePrecision.YEAR:
            month = ""
        self.raw_data = [day, month, year]

    def process_formdata(self, valuelist):
        # Always three parts, whatever was posted, so the page can show them back.
        parts = [(value or "").strip()[:8] for value in valuelist[:3]]
        parts += [""] * (3 - len(parts))
        self.raw_data = parts
        self.data = None
        if not any(parts):
            return
        day, month, year = parts
        if self.partial and year and not day:
            self.known_to = DatePrecision.YEAR if not month else DatePrecision.MONTH
            parts = ["1", month or "1", year]
        elif not all(parts):
            self._problem = self._missing(day, month, year)
            return
        try:
            day_number, month_number, year_number = (int(part) for part in parts)
            self.data = date(year_number, month_number, day_number)
        except ValueError:
            self._problem = f"{self.label.text} must be a real date"
            return
        if year_number < 1900:
            self._problem = f"{self.label.text} must be after 1900"

    def _missing(self, day, month, year):
        if not self.partial:
            return f"{self.label.text} must include a day, month and year"
        if not year:
            return f"{self.label.text} must include a year"
        return f"{self.label.text} must include a month"  # a day with no month

    def pre_validate(self, form):
        if self._problem:
            raise ValidationError(self._problem)
        if self.data is None:
            if self.required:
                raise ValidationError(f"Enter the {self.label.text.lower()}")
            return
        today = clock.today()
        if self.when == "past" and self.data > today:
            raise ValidationError(f"{self.label.text} must be today or in the past")
        if self.when == "future" and self.data < today:
            raise ValidationError(f"{self.label.text} must be today or in the future")
        latest = today + timedelta(days=self.days_ahead)
        if self.when != "past" and self.data > latest:
            raise ValidationError(
                f"{self.label.text} must be no later than {latest.day} {latest:%B %Y}"
            )


class CitationsField(SelectMultipleField):
    """Checkboxes of items from this assessment; the choices are set for each request, so an
    item from another assessment is never a valid choice."""

    widget = CheckboxesInput()

    def __init__(self, label=None, validators=None, **kwargs):
        super().__init__(label, validators, coerce=str, choices=[], validate_choice=False, **kwargs)

    def pre_validate(self, form):
        allowed = {value for value, _label in self.choices}
        if self.data and not set(self.data) <= allowed:
            raise ValidationError("Select only items from this assessment")
