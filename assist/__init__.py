"""assist: a structured assessment-writing assistant for children's social care."""

from pathlib import Path


def create_app(config_name=None, **overrides):
    """Build the application. Read top to bottom, this is the table of contents."""
    # Imported here so the plain libraries under assist (the rubric, the readers, the
    # document) can be used without loading Flask.
    from flask import Flask

    from assist.config import CONFIGS, PROJECT_ROOT, env

    config_name = config_name or env("ENV", "development")
    app = Flask(
        __name__,
        instance_path=overrides.pop("INSTANCE_PATH", None)
        or env("INSTANCE_PATH", str(PROJECT_ROOT / "instance")),
        template_folder=str(PROJECT_ROOT / "templates"),
        static_folder=str(PROJECT_ROOT / "static"),
    )
    app.config.from_object(CONFIGS[config_name])
    app.config.update(overrides)
    configure_secrets_and_database(app)
    configure_templates(app)
    configure_extensions(app)
    register_rate_limits(app)
    register_blueprints(app)
    register_error_handlers(app)
    register_security(app)
    register_audit(app)
    register_cli(app)
    return app


def configure_secrets_and_database(app):
    from assist.config import secret_key_from_instance

    Path(app.instance_path).mkdir(parents=True, exist_ok=True)
    if not app.config.get("SECRET_KEY"):
        app.config["SECRET_KEY"] = secret_key_from_instance(app.instance_path)
    if not app.config.get("SQLALCHEMY_DATABASE_URI"):
        app.config["SQLALCHEMY_DATABASE_URI"] = f"sqlite:///{app.instance_path}/assist.db"


def configure_templates(app):
    from jinja2 import ChoiceLoader, FileSystemLoader, PackageLoader, PrefixLoader

    app.jinja_loader = ChoiceLoader(
        [
            FileSystemLoader(app.template_folder),
            PrefixLoader(
                {
                    "govuk_frontend_jinja": PackageLoader("govuk_frontend_jinja"),
                    "govuk_frontend_wtf": PackageLoader("govuk_frontend_wtf"),
                }
            ),
        ]
    )
    from govuk_frontend_wtf.main import WTFormsHelpers

    from assist.presentation import register_template_helpers

    WTFormsHelpers(app)
    register_template_helpers(app)


def configure_extensions(app):
    from assist.database import init_database
    from assist.extensions import csrf, login_manager

    init_database(app)
    from assist import findings

    findings.init_app(app)
    from assist import spelling_panel

    spelling_panel.init_app(app)
    csrf.init_app(app)
    login_manager.init_app(app)
    from assist import sessions  # noqa: F401  (registers the session loader)


def register_rate_limits(app):
    from assist import rate_limits

    # Failed sign-ins and /api/check, per address, counted in the database every process shares.
    rate_limits.init_app(app)


def register_blueprints(app):
    from assist.access import enforce_access_lists
    from assist.admin import bp as admin
    from assist.api import bp as api
    from assist.auth import bp as auth
    from assist.author import bp as author
    from assist.supervisor import bp as supervisor
    from assist.trainee import bp as trainee
    from assist.tutor import bp as tutor

    for blueprint in (auth, author, supervisor, trainee, tutor, admin, api):
        app.register_blueprint(blueprint)
    enforce_access_lists(app)


def register_error_handlers(app):
    from assist.errors import register

    register(app)


def register_security(app):
    from assist.security import register

    register(app)


def register_audit(app):
    from assist import audit

    # What each person was shown, or refused, is written once the answer is known.
    audit.register(app)


def register_cli(app):
    from assist.cli import register

    register(app)
