"""GOV.UK widgets, corrected: govuk-frontend-wtf gives radios and checkboxes an empty hint when
a question has none, and the page then points aria-describedby at an empty element."""

from govuk_frontend_wtf.wtforms_widgets import (
    GovCheckboxesInput,
    GovCheckboxInput,
    GovRadioInput,
)


class _NoEmptyHint:
    def map_gov_params(self, field, **kwargs):
        params = super().map_gov_params(field, **kwargs)
        if not (params.get("hint") or {}).get("text"):
            params.pop("hint", None)
        return params


class RadioInput(_NoEmptyHint, GovRadioInput):
    pass


class CheckboxesInput(_NoEmptyHint, GovCheckboxesInput):
    pass


class CheckboxInput(_NoEmptyHint, GovCheckboxInput):
    pass
