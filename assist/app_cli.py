"""The commands that need the app and its database: serve, init-db, create-user, demo. Flask
builds the app before running one (``assist.cli`` hands it every command but the linters')."""

import sys

import click
from flask import current_app
from flask.cli import with_appcontext

from assist.models import Role


def _fail(message):
    click.echo(f"Error: {message}", err=True)
    sys.exit(2)


@click.command("init-db")
@with_appcontext
def init_db_command():
    """Create the database, or migrate it to the latest schema."""
    from assist.database import migrate_to_latest

    migrate_to_latest()
    click.echo(f"Database ready: {_safe_url()}")


@click.command("demo")
@with_appcontext
def demo_command():
    """Load demo accounts and data (once) and print the demo sign-ins."""
    from assist.demo import demo_logins, load_demo
    from assist.extensions import db

    loaded = load_demo(db.session, current_app.config)
    click.echo("Demo data loaded." if loaded else "Demo data was already loaded.")
    print_logins(demo_logins())


def print_logins(logins):
    click.echo("\nDemo sign-ins (all data is invented):")
    for role, email, password in logins:
        click.echo(f"  {role:<14} {email:<34} password: {password}")


@click.command("create-user")
@click.option("--email", required=True, help="Their email address (used to sign in).")
@click.option("--name", required=True, help="Their full name.")
@click.option("--role", required=True, type=click.Choice([r.value for r in Role]))
@click.option("--team", "team_name", default=None, help="The name of an existing team.")
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input.")
@with_appcontext
def create_user_command(email, name, role, team_name, password_stdin):
    """Create an account. The password is asked for, never taken as an argument."""
    import sqlalchemy as sa

    from assist import accounts, audit
    from assist.extensions import db
    from assist.models import Team

    if password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = click.prompt("Password", hide_input=True, confirmation_prompt=True)
    team = None
    if team_name:
        team = db.session.scalar(sa.select(Team).where(Team.name == team_name))
        if team is None:
            _fail(f"there is no team called {team_name!r}")
    try:
        user = accounts.create_user(
            db.session,
            current_app.config,
            email=email,
            name=name,
            role=role,
            password=password,
            team=team,
        )
    except accounts.AccountError as error:
        _fail(error.message)
    audit.record("create", user, detail="from the command line")
    db.session.commit()
    click.echo(f"Created {user.role.label.lower()} account for {user.email}")


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=5000, show_default=True, type=int)
@with_appcontext
def serve_command(host, port):
    """Serve the app with waitress, a production WSGI server."""
    import sqlalchemy as sa

    from assist.demo import DEMO_ACCOUNTS, demo_logins
    from assist.extensions import db
    from assist.models import User
    from assist.runtime import serve

    if db.session.scalar(sa.select(User.id).where(User.email == DEMO_ACCOUNTS[0][0])):
        print_logins(demo_logins())
    db.session.remove()
    click.echo(
        f"\nServing {current_app.config['SERVICE_NAME']} on http://{host}:{port}"
        " (press Ctrl+C to stop)"
    )
    serve(current_app._get_current_object(), host=host, port=port)


def _safe_url():
    from sqlalchemy.engine import make_url

    return make_url(current_app.config["SQLALCHEMY_DATABASE_URI"]).render_as_string(
        hide_password=True
    )


def register(app):
    for command in (init_db_command, demo_command, create_user_command, serve_command):
        app.cli.add_command(command)
