"""Configuration classes. Every setting can come from an ``ASSIST_``-prefixed environment
variable."""

import os
import secrets
import tempfile
from datetime import timedelta
from pathlib import Path

ENV_PREFIX = "ASSIST_"
PROJECT_ROOT = Path(__file__).resolve().parent.parent


def env(name, default=None):
    return os.environ.get(ENV_PREFIX + name, default)


def env_int(name, default):
    value = env(name)
    if value is None or value == "":
        return default
    try:
        return int(value)
    except ValueError as exc:
        raise RuntimeError(f"{ENV_PREFIX}{name} must be a whole number, got {value!r}") from exc


def env_float(name, default):
    value = env(name)
    if value is None or value == "":
        return default
    try:
        return float(value)
    except ValueError as exc:
        raise RuntimeError(f"{ENV_PREFIX}{name} must be a number, got {value!r}") from exc


def secret_key_from_instance(instance_path):
    """Use ASSIST_SECRET_KEY, or generate one once and keep it in the instance folder.

    The instance folder is ignored by git, so the key is never committed.
    """
    configured = env("SECRET_KEY")
    if configured:
        return configured
    key_file = Path(instance_path) / "secret_key"
    if key_file.exists():
        return key_file.read_text().strip()
    key_file.parent.mkdir(parents=True, exist_ok=True)
    key = secrets.token_urlsafe(48)
    # Written beside its name with owner-only permissions, then linked into place: of several
    # processes starting at once on one instance folder, the first to link wins and every
    # other reads that key, never a half-written one (each must sign cookies alike).
    fd, written = tempfile.mkstemp(dir=key_file.parent, prefix=".secret_key-")
    try:
        with os.fdopen(fd, "w") as handle:
            handle.write(key)
        os.link(written, key_file)
    except FileExistsError:
        key = key_file.read_text().strip()
    finally:
        os.unlink(written)
    return key


class Config:
    SERVICE_NAME = "Assessment assistant"
    ORGANISATION_NAME = env("ORGANISATION_NAME", "Children's services")
    PROTECTIVE_MARKING = env("PROTECTIVE_MARKING", "OFFICIAL-SENSITIVE")

    SQLALCHEMY_DATABASE_URI = env("DATABASE_URL")  # default filled in from the instance folder
    SQLALCHEMY_ENGINE_OPTIONS: dict = {}
    SQLITE_BUSY_TIMEOUT_MS = env_int("SQLITE_BUSY_TIMEOUT_MS", 5000)

    IDLE_TIMEOUT = timedelta(minutes=env_int("IDLE_TIMEOUT_MINUTES", 30))
    ABSOLUTE_TIMEOUT = timedelta(hours=env_int("ABSOLUTE_TIMEOUT_HOURS", 12))
    TIMEOUT_WARNING = timedelta(seconds=env_int("TIMEOUT_WARNING_SECONDS", 120))
    MAX_FAILED_SIGN_INS = env_int("MAX_FAILED_SIGN_INS", 10)

    # Argon2id cost: OWASP's second recommended profile (19 MiB, 2 passes).
    ARGON2_TIME_COST = env_int("ARGON2_TIME_COST", 2)
    ARGON2_MEMORY_COST_KIB = env_int("ARGON2_MEMORY_COST_KIB", 19 * 1024)

    LANGUAGETOOL_URL = env("LANGUAGETOOL_URL")  # nothing is sent anywhere unless this is set
    # How long to wait for LanguageTool before falling back to offline spelling.
    LANGUAGETOOL_TIMEOUT_SECONDS = env_float("LANGUAGETOOL_TIMEOUT_SECONDS", 3.0)
    # How long a page waits for offline spelling suggestions for new words (later pages show
    # the rest): spylls can take a second over one word.
    SPELLING_SUGGESTION_WAIT_SECONDS = 0.3
    RUBRIC_PATH = env("RUBRIC_PATH", str(PROJECT_ROOT / "rubric.yaml"))

    MAX_CONTENT_LENGTH = env_int("MAX_CONTENT_LENGTH", 2 * 1024 * 1024)
    MAX_FORM_MEMORY_SIZE = MAX_CONTENT_LENGTH

    SESSION_COOKIE_NAME = "assist_session"
    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"
    # Secure is set per request when served over HTTPS (see security.py).
    SESSION_COOKIE_SECURE = False
    PREFERRED_URL_SCHEME = "http"
    TRUST_PROXY_HEADERS = env("TRUST_PROXY_HEADERS", "") == "1"

    # Per address (the proxy's own, unless TRUST_PROXY_HEADERS is set behind one): failed
    # sign-ins only, so an office signing in at nine from one address is never stopped, and
    # every /api/check (each costs a rubric and spelling check). Flask-Limiter's notation.
    SIGN_IN_RATE_LIMIT = env("SIGN_IN_RATE_LIMIT", "10 per minute; 100 per hour")
    API_CHECK_RATE_LIMIT = env("API_CHECK_RATE_LIMIT", "300 per minute")
    # Only a 429 says when to try again (assist/errors.py): its Retry-After and its words agree.
    RATELIMIT_HEADERS_ENABLED = False
    # A database too busy to count never turns a sign-in or a check into an error page.
    RATELIMIT_SWALLOW_ERRORS = True

    WTF_CSRF_ENABLED = True
    WTF_CSRF_TIME_LIMIT = None  # tied to the session, which has its own timeouts
    AUDIT_PAGE_SIZE = 50


class DevelopmentConfig(Config):
    DEBUG = False


class ProductionConfig(Config):
    SESSION_COOKIE_SECURE = True
    # __Host-: the browser sends it only over HTTPS, to this host, for the whole site, so no
    # subdomain can set or overwrite it. Development over plain HTTP keeps the plain name.
    SESSION_COOKIE_NAME = "__Host-assist_session"
    PREFERRED_URL_SCHEME = "https"


class TestConfig(Config):
    TESTING = True
    # The one place CSRF is switched off; CSRF tests switch it back on.
    WTF_CSRF_ENABLED = False
    ARGON2_TIME_COST = 1
    ARGON2_MEMORY_COST_KIB = 1024
    SQLITE_BUSY_TIMEOUT_MS = 15000
    # Tests sign in wrongly and check often from one address; tests of the limits set their own.
    SIGN_IN_RATE_LIMIT = "1000 per minute"
    API_CHECK_RATE_LIMIT = "1000 per minute"
    # Tests see every suggestion however busy the machine is.
    SPELLING_SUGGESTION_WAIT_SECONDS = 10.0


CONFIGS = {
    "development": DevelopmentConfig,
    "production": ProductionConfig,
    "test": TestConfig,
}
