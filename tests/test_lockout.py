"""An account locks after 10 wrong passwords, counted atomically in the database."""

from concurrent.futures import ThreadPoolExecutor

import pytest

from assist import accounts
from assist.extensions import db
from assist.models import User
from tests.pages import error_summary, parse
from tests.world import PASSWORD

WRONG = "wrong but long password"


def _fail(pages, user, times):
    for _ in range(times):
        response = pages.sign_in(user, WRONG)
        assert response.status_code == 200


@pytest.mark.db
def test_nine_failures_then_the_right_password_signs_in(pages, world, engine):
    wendy = world.user("wendy")
    _fail(pages, wendy, 9)
    assert pages.sign_in(wendy).status_code == 302
    db.session.expire_all()
    assert db.session.get(User, wendy.id).failed_sign_ins == 0


@pytest.mark.db
def test_ten_failures_lock_the_account_even_for_the_right_password(pages, world, engine):
    wendy = world.user("wendy")
    _fail(pages, wendy, 10)
    response = pages.sign_in(wendy)
    assert response.status_code == 200
    # The same words as a wrong password, so a guesser learns nothing.
    assert error_summary(parse(response))[0].startswith("Enter a correct email address")
    db.session.expire_all()
    locked = db.session.get(User, wendy.id)
    assert locked.locked_at is not None and locked.failed_sign_ins == 10


@pytest.mark.db
def test_fifty_parallel_wrong_passwords_get_no_more_than_ten_tries(app, world, engine):
    wendy_id, email = world.user("wendy").id, world.user("wendy").email
    db.session.remove()

    def attempt(_):
        with app.app_context():
            try:
                return accounts.authenticate(db.session, app.config, email, WRONG).outcome
            finally:
                db.session.remove()

    with ThreadPoolExecutor(max_workers=50) as pool:
        outcomes = list(pool.map(attempt, range(50)))
    assert outcomes.count("bad_credentials") == 10
    assert outcomes.count("locked") == 40
    user = db.session.get(User, wendy_id)
    assert user.failed_sign_ins == 10
    assert user.locked_at is not None
    assert accounts.authenticate(db.session, app.config, email, PASSWORD).outcome == "locked"


def test_an_admin_can_unlock_an_account(pages, world):
    wendy = world.user("wendy")
    _fail(pages, wendy, 10)
    pages.sign_in(world.user("ada"))
    dashboard = pages.get("admin.dashboard")
    assert "Wendy Worker" in dashboard.select_one("main").get_text()
    pages.post("admin.user_unlock", values={"user_id": wendy.id})
    pages.post("auth.sign_out_view")
    assert pages.sign_in(wendy).status_code == 302


def test_unknown_users_are_not_counted_or_created(pages, world):
    before = db.session.query(User).count()
    _fail(pages, "nobody@assist.example", 12)
    assert db.session.query(User).count() == before
