"""Accounts: password rules, hashing and sign-in with an atomic lockout. No Flask imports, so
the CLI, the admin pages and the tests all use the same rules."""

from contextlib import suppress
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import sqlalchemy as sa
from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError

from assist import clock
from assist.models import Role, User

MIN_PASSWORD_LENGTH = 8
MAX_PASSWORD_LENGTH = 256  # long passphrases welcome; this only stops absurd inputs


@lru_cache(maxsize=1)
def common_passwords():
    text = resources.files("assist").joinpath("data/common-passwords.txt").read_text()
    return frozenset(
        line.strip().lower() for line in text.splitlines() if line.strip() and line[0] != "#"
    )


def password_problem(password, *, email=None, name=None):
    """Why a new password cannot be used, as a message for the user, or None if it can."""
    if len(password) < MIN_PASSWORD_LENGTH:
        return f"Password must be {MIN_PASSWORD_LENGTH} characters or more"
    if len(password) > MAX_PASSWORD_LENGTH:
        return f"Password must be {MAX_PASSWORD_LENGTH} characters or fewer"
    lowered = password.lower()
    if lowered in common_passwords():
        return "Password is too easy to guess: it is on a list of common passwords"
    personal = {email.lower(), email.split("@")[0].lower()} if email else set()
    if name:
        personal.add(name.lower().replace(" ", ""))
    if lowered.replace(" ", "") in personal:
        return "Password must not be your name or email address"
    return None


def hasher(config):
    return PasswordHasher(
        time_cost=config["ARGON2_TIME_COST"],
        memory_cost=config["ARGON2_MEMORY_COST_KIB"],
        parallelism=1,
        type=Type.ID,
    )


def hash_password(config, password):
    return hasher(config).hash(password)


def password_matches(config, user, password):
    try:
        return hasher(config).verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


@dataclass(frozen=True)
class SignInResult:
    user: User | None
    outcome: str  # "ok", "bad_credentials", "locked", "disabled"

    @property
    def ok(self):
        return self.outcome == "ok"


def normalise_email(email):
    return (email or "").strip().lower()


def authenticate(session, config, email, password):
    """Check a sign-in attempt.

    The failure counter is claimed *before* the password is checked, with one conditional
    UPDATE, so parallel guesses cannot get more than the allowed number of tries between them.
    """
    limit = config["MAX_FAILED_SIGN_INS"]
    password_hasher = hasher(config)
    user = session.scalar(sa.select(User).where(User.email == normalise_email(email)))
    if user is None:
        # Spend the same time as a real check so timing does not reveal which emails exist.
        _dummy_verify(password_hasher, password)
        return SignInResult(None, "bad_credentials")
    claimed = session.execute(
        sa.update(User)
        .where(User.id == user.id, User.failed_sign_ins < limit)
        .values(failed_sign_ins=User.failed_sign_ins + 1)
        .execution_options(synchronize_session=False)
    ).rowcount
    session.commit()
    if not claimed:
        _dummy_verify(password_hasher, password)
        return SignInResult(user, "locked")
    try:
        password_hasher.verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
        session.refresh(user)
        if user.failed_sign_ins >= limit and user.locked_at is None:
            user.locked_at = clock.now()
            session.commit()
        return SignInResult(user, "bad_credentials")
    session.refresh(user)
    user.failed_sign_ins = 0
    user.locked_at = None
    if not user.is_active:
        session.commit()
        return SignInResult(user, "disabled")
    user.last_sign_in_at = clock.now()
    if password_hasher.check_needs_rehash(user.password_hash):
        user.password_hash = password_hasher.hash(password)
    return SignInResult(user, "ok")


_DUMMY_HASHES = {}


def _dummy_verify(password_hasher, password):
    key = (password_hasher.time_cost, password_hasher.memory_cost)
    if key not in _DUMMY_HASHES:
        _DUMMY_HASHES[key] = password_hasher.hash("not a real password")
    with suppress(VerificationError):
        password_hasher.verify(_DUMMY_HASHES[key], password)


def create_user(session, config, *, email, name, role, password, team=None):
    """Create an account after checking the password and that the email is free."""
    email = normalise_email(email)
    problem = password_problem(password, email=email, name=name)
    if problem:
        raise AccountError("password", problem)
    if session.scalar(sa.select(User.id).where(User.email == email)) is not None:
        raise AccountError("email", "An account with this email address already exists")
    user = User(
        email=email,
        name=name.strip(),
        role=Role(role),
        team=team,
        password_hash=hash_password(config, password),
    )
    session.add(user)
    session.flush()
    return user


class AccountError(ValueError):
    def __init__(self, field, message):
        super().__init__(message)
        self.field = field
        self.message = message
