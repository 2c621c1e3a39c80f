"""Password rules: 8 or more characters, not a common password, no composition rules."""

import pytest

from assist import accounts
from tests.pages import error_summary, parse
from tests.world import PASSWORD


@pytest.mark.parametrize(
    "password, problem",
    [
        ("short", "Password must be 8 characters or more"),
        ("1234567", "Password must be 8 characters or more"),
        ("password", "Password is too easy to guess: it is on a list of common passwords"),
        ("Sunshine", "Password is too easy to guess: it is on a list of common passwords"),
        ("safeguarding", "Password is too easy to guess: it is on a list of common passwords"),
        ("x" * 257, "Password must be 256 characters or fewer"),
    ],
)
def test_passwords_that_are_refused(password, problem):
    assert accounts.password_problem(password) == problem


@pytest.mark.parametrize(
    "password",
    [
        "correct horse battery staple",  # no digits, no capitals: fine
        "abcdefgh12",
        "ÜnïcødeΩ passphrase",
        "12345678" + "9" * 30,
    ],
)
def test_no_composition_rules(password):
    assert accounts.password_problem(password) is None


def test_a_password_may_not_be_your_own_email_or_name():
    assert accounts.password_problem("wendy.worker", email="wendy.worker@assist.example")
    assert accounts.password_problem("Wendy Worker", name="Wendy Worker")


def test_the_deny_list_is_large():
    assert len(accounts.common_passwords()) > 10_000


def test_hashes_are_argon2id(app):
    hashed = accounts.hash_password(app.config, "a perfectly fine phrase")
    assert hashed.startswith("$argon2id$")


def test_password_fields_allow_paste_and_managers(pages, world):
    pages.sign_in(world.user("wendy"))
    page = pages.get("auth.change_password")
    for field in page.select("input[type=password]"):
        assert "onpaste" not in field.attrs
        assert field.get("autocomplete") in ("current-password", "new-password")


def test_changing_your_password(pages, world):
    pages.sign_in(world.user("wendy"))
    wrong = pages.client.post(
        pages.url("auth.change_password"),
        data={
            "current_password": "not it at all",
            "new_password": "my brand new phrase",
            "confirm_password": "my brand new phrase",
        },
    )
    assert error_summary(parse(wrong)) == ["Your current password is not correct"]
    mismatch = pages.client.post(
        pages.url("auth.change_password"),
        data={
            "current_password": "invented test passphrase",
            "new_password": "my brand new phrase",
            "confirm_password": "my brand new phrase!",
        },
    )
    assert error_summary(parse(mismatch)) == [
        "The passwords do not match. Enter the same password twice"
    ]
    pages.post(
        "auth.change_password",
        data={
            "current_password": "invented test passphrase",
            "new_password": "my brand new phrase",
            "confirm_password": "my brand new phrase",
        },
    )
    pages.post("auth.sign_out_view")
    assert pages.sign_in(world.user("wendy"), "my brand new phrase").status_code == 302


def _signed_in_elsewhere(app, world):
    other = app.test_client()
    other.post("/sign-in", data={"email": world.user("wendy").email, "password": PASSWORD})
    assert other.get("/cases/").status_code == 200
    return other


def test_changing_the_password_signs_out_every_other_browser(app, pages, world):
    other = _signed_in_elsewhere(app, world)
    pages.sign_in(world.user("wendy"))
    pages.post(
        "auth.change_password",
        data={
            "current_password": PASSWORD,
            "new_password": "my brand new phrase",
            "confirm_password": "my brand new phrase",
        },
    )
    assert other.get("/cases/").status_code == 302  # the other browser must sign in again
    page = pages.get("author.dashboard")  # this one stays signed in
    assert "signed out on every other browser" in page.get_text()


def test_sign_out_everywhere_ends_every_session_this_one_too(app, pages, world):
    other = _signed_in_elsewhere(app, world)
    pages.sign_in(world.user("wendy"))
    page = pages.get("auth.change_password")
    assert page.select_one("form[action$='/sign-out-everywhere'] button").get_text(strip=True) == (
        "Sign out everywhere"
    )
    response = pages.post("auth.sign_out_everywhere")
    assert response.location.endswith("/signed-out")
    said = parse(pages.client.get(response.location)).get_text()
    assert "signed out on every browser and device" in said
    assert other.get("/cases/").status_code == 302
    assert pages.client.get("/cases/").status_code == 302
