"""Idle and absolute timeouts with a frozen clock, the keep-alive, and keeping what was typed."""

from datetime import timedelta

import pytest
import time_machine

from assist import clock
from assist.extensions import db
from assist.models import PendingSubmission
from tests.pages import parse, text_of


@pytest.fixture
def traveller():
    with time_machine.travel(clock.now(), tick=False) as traveller:
        yield traveller


def test_idle_timeout_signs_out_after_30_minutes(pages, world, traveller):
    pages.sign_in(world.user("wendy"))
    traveller.shift(timedelta(minutes=29, seconds=50))
    pages.get("author.dashboard")  # activity resets the idle clock
    traveller.shift(timedelta(minutes=29, seconds=50))
    pages.get("author.dashboard")
    traveller.shift(timedelta(minutes=30))
    response = pages.client.get(pages.url("author.dashboard"))
    assert response.status_code == 302
    assert "reason=idle" in response.location
    page = parse(pages.client.get(response.location))
    assert "did not do anything for a while" in text_of(page, ".govuk-inset-text")


def test_absolute_timeout_ends_even_an_active_session(pages, world, traveller):
    pages.sign_in(world.user("wendy"))
    for _ in range(12 * 4 - 1):
        traveller.shift(timedelta(minutes=15))
        pages.get("author.dashboard")
    traveller.shift(timedelta(minutes=15))
    response = pages.client.get(pages.url("author.dashboard"))
    assert response.status_code == 302 and "reason=absolute" in response.location


def test_status_polling_does_not_keep_the_session_alive(pages, world, traveller):
    pages.sign_in(world.user("wendy"))
    traveller.shift(timedelta(minutes=20))
    status = pages.client.get(pages.url("auth.session_status")).get_json()
    assert status["seconds_left"] == 10 * 60
    traveller.shift(timedelta(minutes=10))
    assert pages.client.get(pages.url("author.dashboard")).status_code == 302


def test_stay_signed_in_restarts_the_idle_clock(pages, world, traveller):
    pages.sign_in(world.user("wendy"))
    traveller.shift(timedelta(minutes=28))
    response = pages.client.post(pages.url("auth.keep_alive"))
    assert response.get_json()["seconds_left"] == 30 * 60
    traveller.shift(timedelta(minutes=28))
    pages.get("author.dashboard")


def test_a_form_sent_after_the_timeout_is_kept_and_offered_back(pages, world, traveller):
    pages.sign_in(world.user("wendy"))
    pages.get("author.new_case")
    traveller.shift(timedelta(minutes=45))
    response = pages.client.post(
        pages.url("author.new_case"),
        data={"reference": "CS-KEPT-1", "family_name": "The family I typed for an hour"},
    )
    assert response.status_code == 302
    assert "reason=idle" in response.location
    signed_in = pages.client.post(
        response.location,
        data={"email": world.user("wendy").email, "password": "invented test passphrase"},
    )
    assert signed_in.location == pages.url("author.new_case")
    page = pages.get("author.new_case")
    assert page.select_one("#reference")["value"] == "CS-KEPT-1"
    assert page.select_one("#family_name")["value"] == "The family I typed for an hour"
    assert "We kept what you typed" in text_of(page, ".govuk-notification-banner")
    # Offered once: a later visit shows an empty form.
    assert pages.get("author.new_case").select_one("#reference").get("value", "") == ""


def test_kept_forms_are_only_offered_to_the_same_person(pages, world, traveller):
    pages.sign_in(world.user("wendy"))
    traveller.shift(timedelta(minutes=45))
    pages.client.post(pages.url("author.new_case"), data={"reference": "PRIVATE-1"})
    pages.sign_in(world.user("will"))
    page = pages.get("author.new_case")
    assert page.select_one("#reference").get("value", "") == ""


def test_the_timeout_dialog_running_out_keeps_the_form_and_signs_out(pages, world):
    pages.sign_in(world.user("wendy"))
    response = pages.client.post(
        pages.url("author.new_case"),
        data={
            "reference": "CS-DIALOG-1",
            "family_name": "Typed before the dialog ran out",
            "_timed_out": "1",
        },
    )
    assert "reason=idle" in response.location
    assert pages.client.get(pages.url("author.dashboard")).status_code == 302
    kept = db.session.query(PendingSubmission).one()
    assert kept.form_data == {
        "reference": ["CS-DIALOG-1"],
        "family_name": ["Typed before the dialog ran out"],
    }
    assert "csrf_token" not in kept.form_data


def test_passwords_are_never_kept(pages, world, traveller):
    pages.sign_in(world.user("wendy"))
    traveller.shift(timedelta(minutes=45))
    pages.client.post(
        pages.url("auth.change_password"),
        data={
            "current_password": "secret-one",
            "new_password": "secret-two",
            "confirm_password": "secret-two",
        },
    )
    kept = db.session.query(PendingSubmission).one()
    assert kept.form_data == {}


def test_every_page_carries_the_timeout_settings_for_the_dialog(pages, world):
    pages.sign_in(world.user("wendy"))
    page = pages.get("author.dashboard")
    body = page.select_one("body")
    assert body["data-idle-seconds"] == "1800"
    assert body["data-warning-seconds"] == "120"
    assert page.select_one("dialog#timeout-dialog") is not None
