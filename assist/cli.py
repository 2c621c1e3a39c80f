"""The ``assist`` command.

``check``, ``rubric``, ``export`` and ``import`` need no app and no database: each is imported by
name when it is run, so they start as a linter does, without Flask, SQLAlchemy, Alembic or the
models (tests/test_cli_start_up.py holds this). Every other command (serve, init-db, demo,
create-user, scenario, db, run, shell, routes, limiter) is Flask's: the app is made when one of
them is run, or when ``--help`` lists them all.
"""

from __future__ import annotations

import gc
import importlib
import os

import click

# Command name -> "module:attribute" of a command that needs no app.
STANDALONE = {
    "check": "assist.rubric.cli:check_command",
    "rubric": "assist.rubric.cli:rubric_group",
    "export": "assist.word.cli:export_command",
    "import": "assist.word.cli:import_command",
}


class AssistGroup(click.Group):
    """The standalone commands, imported on demand, then Flask's group for all the others."""

    def __init__(self, standalone: dict[str, str], **attrs):
        super().__init__(**attrs)
        self.standalone = standalone
        self._flask_group = None

    def list_commands(self, ctx):
        return sorted({*self.standalone, *self._app_commands(ctx).list_commands(ctx)})

    def get_command(self, ctx, name):
        target = self.standalone.get(name)
        if target is None:
            _started()  # a server's collector works as it always has
            return self._app_commands(ctx).get_command(ctx, name)
        module, _, attribute = target.partition(":")
        command = getattr(importlib.import_module(module), attribute)
        _started()
        return command

    def _app_commands(self, ctx):
        """Flask's group (its run, shell, routes and plugin commands, and the app's own), with
        the script info its commands look for, as ``FlaskGroup.make_context`` would make it."""
        from flask.cli import FlaskGroup, ScriptInfo

        if self._flask_group is None:
            from assist.practice.cli import scenario_group

            # As Flask does, so that an ``app.run()`` reached on import stays a no-op.
            os.environ["FLASK_RUN_FROM_CLI"] = "true"
            self._flask_group = FlaskGroup(add_version_option=False)
            self._flask_group.add_command(scenario_group)
        if not isinstance(ctx.obj, ScriptInfo):
            ctx.obj = ScriptInfo(create_app=_create_app, set_debug_flag=True)
        return self._flask_group


def _create_app():
    from assist import create_app

    return create_app()


def _set_debug(ctx, param, value):
    """Flask's ``--debug/--no-debug``: only when given, so that FLASK_DEBUG otherwise decides."""
    if ctx.get_parameter_source(param.name) not in (
        click.core.ParameterSource.DEFAULT,
        click.core.ParameterSource.DEFAULT_MAP,
    ):
        os.environ["FLASK_DEBUG"] = "1" if value else "0"
    return value


@click.group(
    cls=AssistGroup,
    standalone=STANDALONE,
    help="The assessment assistant's command line.",
)
@click.option(
    "--debug/--no-debug",
    default=False,
    expose_value=False,
    callback=_set_debug,
    help="Set Flask's debug mode (for run).",
)
def cli():
    pass


def main():
    # Start-up makes tens of thousands of objects that live as long as the process (modules,
    # classes, functions), and the cyclic collector would scan them again and again while they
    # are made: a tenth of a linter's run. Paused until the command is imported (_started).
    gc.disable()
    cli.main(prog_name="assist")


def _started():
    """Once the command is imported: what start-up made is put out of the collector's way for
    good (it is never garbage) and collecting resumes. Only after ``main`` paused it: a process
    that merely calls the group (a test) is left as it is."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def register(app):
    """The app's own commands (called by ``create_app``)."""
    from assist.app_cli import register as register_app_commands

    register_app_commands(app)
