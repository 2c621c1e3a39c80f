"""Building forms, GOV.UK style: every field declares a GOV.UK widget, and a form is filled
back in from a kept submission when the user returns after a timeout or CSRF failure."""

import re

from flask import flash, request
from flask_wtf import FlaskForm
from werkzeug.datastructures import MultiDict

from assist.extensions import db
from assist.resume import latest_for_current_page, mark_used

KEPT_MESSAGE = "We kept what you typed when your session ended. Check it and submit the form again."


def form_for(form_class, **kwargs):
    """The form for this request; on a GET, filled in with anything kept for this page."""
    if request.method == "GET":
        pending = latest_for_current_page()
        if pending is not None:
            mark_used(pending)
            db.session.commit()
            flash(KEPT_MESSAGE, "kept")
            form = form_class(formdata=MultiDict(_pairs(pending.form_data)), **kwargs)
            return form
    return form_class(**kwargs)


def _pairs(form_data):
    for key, values in form_data.items():
        for value in values:
            yield key, value


class Form(FlaskForm):
    """Base form. Every text answer loses control characters (which some databases refuse
    and no reader can see) and surrounding white space."""

    class Meta:
        def bind_field(self, form, unbound_field, options):
            filters = list(unbound_field.kwargs.get("filters", []))
            if unbound_field.field_class.__name__ in {"StringField", "TextAreaField", "EmailField"}:
                filters.append(clean_text)
            return unbound_field.bind(form=form, filters=filters, **options)


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")


def clean_text(value):
    if not isinstance(value, str):
        return value
    return _CONTROL.sub("", value.replace("\r\n", "\n")).strip()
