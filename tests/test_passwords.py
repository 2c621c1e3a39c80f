"""Password rules: 8 or more characters, not a common password, no composition rules."""

import pytest

from assist import accounts
from tests.pages import error_summary, parse


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
