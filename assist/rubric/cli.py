"""Command-line faces of the rubric: ``assist check`` (a linter for assessments) and
``assist rubric lint|test`` (for whoever maintains the rubric file).

Exit status for ``check``: 0 no error-level findings, 1 some, 2 a usage or input error. A bad
file or a broken rubric gets a plain message, never a traceback.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from pathlib import Path

import click

from assist.config import PROJECT_ROOT
from assist.readers import InputError, read_path
from assist.rubric.engine import check
from assist.rubric.examples import run_examples
from assist.rubric.loader import load_rubric
from assist.rubric.model import RubricError
from assist.rubric.view import UNSORTED

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


def default_rubric_path() -> Path:
    """The authority's own rubric when ASSIST_RUBRIC_PATH names one, else the project's."""
    configured = os.environ.get("ASSIST_RUBRIC_PATH")
    return Path(configured) if configured else PROJECT_ROOT / "rubric.yaml"


def _rubric_or_exit(path):
    try:
        return load_rubric(path)
    except RubricError as exc:
        click.echo("Error: the rubric file cannot be used:", err=True)
        for problem in exc.problems:
            click.echo(f"  {problem}", err=True)
        raise SystemExit(EXIT_USAGE) from None


_RUBRIC_OPTION = click.option(
    "--rubric",
    "rubric_path",
    type=click.Path(path_type=Path),
    default=None,
    help="A rubric file (default: ASSIST_RUBRIC_PATH, else the project's rubric.yaml).",
)


@click.command("check")
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="text: one line per finding, path:line:column: level rule message. json: for tools.",
)
@_RUBRIC_OPTION
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
def check_command(output_format, rubric_path, paths):
    """Check assessments (the app's JSON export, Markdown or plain text) against the rubric."""
    rubric = _rubric_or_exit(rubric_path or default_rubric_path())
    status = EXIT_OK
    report = []
    for path in paths:
        try:
            reading = read_path(path)
        except InputError as exc:
            click.echo(f"{path}: error: {exc}", err=True)
            status = EXIT_USAGE
            continue
        for note in reading.notes:
            click.echo(f"{path}: note: {note}", err=True)
        try:
            findings = check(
                reading.document, rubric, sections=(UNSORTED,) if reading.unsorted else None
            )
        except Exception as exc:  # a bug in a check must not become a traceback for the user
            click.echo(
                f"{path}: error: the file could not be checked ({type(exc).__name__}: {exc}); "
                "please report this",
                err=True,
            )
            status = EXIT_USAGE
            continue
        if status != EXIT_USAGE and any(finding.level == "error" for finding in findings):
            status = EXIT_FINDINGS
        # Like other linters: in file order. Findings about the whole assessment sit at their
        # section's heading, or at the top of the file.
        placed = sorted(
            ((reading.position_of(finding), finding) for finding in findings),
            key=lambda pair: pair[0],
        )
        entries = []
        for (line, column), finding in placed:
            if output_format == "text":
                click.echo(
                    f"{path}:{line}:{column}: {finding.level} {finding.rule} {finding.message}"
                )
            entries.append(
                {
                    "rule": finding.rule,
                    "level": finding.level,
                    "section": finding.section,
                    "item": finding.item,
                    "line": line,
                    "column": column,
                    "excerpt": finding.excerpt,
                    "message": finding.message,
                }
            )
        report.append({"path": str(path), "findings": entries})
    if output_format == "json":
        click.echo(json.dumps({"files": report}, indent=2, ensure_ascii=False))
    raise SystemExit(status)


@click.group("rubric")
def rubric_group():
    """Validate a rubric file and run its examples."""


@rubric_group.command("lint")
@click.argument("path", required=False, type=click.Path(path_type=Path))
def lint_command(path):
    """Check a rubric file (default: the one in use). Exit 1 if it has problems."""
    path = path or default_rubric_path()
    try:
        rubric = load_rubric(path)
    except RubricError as exc:
        for problem in exc.problems:
            click.echo(problem)
        click.echo(
            f"{len(exc.problems)} problem(s); the rubric cannot be used until they are fixed."
        )
        raise SystemExit(EXIT_FINDINGS) from None
    levels = Counter(criterion.level for criterion in rubric.criteria)
    summary = ", ".join(f"{levels[level]} {level}" for level in ("error", "warning", "advice"))
    click.echo(f"{path}: {len(rubric.criteria)} criteria ({summary}); no problems found.")
    for criterion in rubric.criteria:
        if not criterion.should_flag:
            click.echo(
                f"{path}:{criterion.line}: note: '{criterion.id}' has no should_flag example; "
                "`assist rubric test` will fail it"
            )


@rubric_group.command("test")
@click.argument("path", required=False, type=click.Path(path_type=Path))
@click.option("--verbose", "-v", is_flag=True, help="List every example, not only failures.")
def test_command(path, verbose):
    """Run every criterion's should_flag and should_pass examples. Exit 1 if any fail."""
    path = path or default_rubric_path()
    rubric = _rubric_or_exit(path)
    results = run_examples(rubric)
    failing = 0
    for result in results:
        criterion = result.criterion
        flags = sum(1 for e in result.examples if e.expected == "should_flag")
        passes = len(result.examples) - flags
        word = "ok  " if result.ok else "FAIL"
        click.echo(f"{word} {criterion.id} ({flags} should flag, {passes} should pass)")
        if not result.ok:
            failing += 1
        for problem in result.problems:
            click.echo(f"     {path}:{criterion.line}: {problem}")
        for example in result.examples:
            if example.ok and not verbose:
                continue
            first_line = next((line for line in example.text.splitlines() if line.strip()), "")
            if example.ok:
                click.echo(f"     ok: {example.expected}: {first_line[:70]}")
            elif example.expected == "should_flag":
                click.echo(f"     did not flag: {first_line[:70]}")
            else:
                click.echo(f"     flagged but should pass: {first_line[:70]}")
                for finding in example.findings:
                    click.echo(f"       - {finding.excerpt[:60]!r}: {finding.message}")
    click.echo(f"{len(results)} criteria: {len(results) - failing} ok, {failing} failing")
    raise SystemExit(EXIT_FINDINGS if failing else EXIT_OK)
