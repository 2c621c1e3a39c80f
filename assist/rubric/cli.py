"""Command-line faces of the rubric: ``assist check`` (a linter for assessments) and
``assist rubric lint|test`` (for whoever maintains the rubric file).

Exit status for ``check``: 0 no error-level findings, 1 some, 2 a usage or input error. A bad
file or a broken rubric gets a plain message, never a traceback.
"""

from __future__ import annotations

import os
from collections import Counter
from pathlib import Path
from types import SimpleNamespace

import click

from assist.config import PROJECT_ROOT, Config, env, env_float
from assist.readers import InputError, read_path

# The engine's own placing of a span in the input file (line:column), for spelling too.
from assist.rubric.engine import _location as location_in_file
from assist.rubric.engine import check
from assist.rubric.loader import load_rubric
from assist.rubric.model import RubricError
from assist.rubric.view import UNSORTED, Hit, View

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
@click.option(
    "--spelling/--no-spelling",
    default=True,
    show_default=True,
    help="Report British spelling (and grammar, with a LanguageTool server set in "
    "ASSIST_LANGUAGETOOL_URL) as the web panel does, each with its suggestions.",
)
@click.option(
    "--name",
    "names",
    multiple=True,
    metavar="WORD",
    help="A word that is a name here (a person, a school, a street), so spelling never asks "
    "about it; repeat for each name.",
)
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
def check_command(output_format, rubric_path, spelling, names, paths):
    """Check assessments (the app's JSON export, Markdown, plain text or Word) against the
    rubric, and their spelling.

    Each file is read as a whole assessment: a finding at line 1, column 1 is about the file as
    a whole (no analysis, no risk reasoning, no child's view), so a single case note or a list
    of recommendations raises those too."""
    rubric = _rubric_or_exit(rubric_path or default_rubric_path())
    speller = _spelling_service() if spelling else None
    status = EXIT_OK
    report = []
    for path in paths:
        try:
            reading = read_path(path)
        except InputError as exc:
            click.echo(f"{path}: error: {exc}", err=True)
            status = EXIT_USAGE
            continue
        words = _words_of(reading.document)
        if not words:
            click.echo(f"{path}: error: there are no words in it to check", err=True)
            status = EXIT_USAGE
            continue
        notes = [*reading.notes, *_language_notes(words)]
        for note in notes:
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
        entries = [_entry(reading, finding) for finding in findings]
        if speller is not None:
            entries += _spelling_entries(path, reading, speller, names)
        entries.sort(key=lambda entry: (entry["line"], entry["column"]))
        for entry in entries:
            if output_format == "text":
                click.echo(_text_line(path, entry))
        report.append({"path": str(path), "notes": notes, "findings": entries})
    if output_format == "json":
        import json  # here, as only this output needs it: a linter starts on what it uses

        click.echo(json.dumps({"files": report}, indent=2, ensure_ascii=False))
    raise SystemExit(status)


def _words_of(document) -> list[str]:
    from assist.language.english import words_in
    from assist.spelling import fields_of

    return [word for _, _, _, text in fields_of(document) for word in words_in(text)]


def _language_notes(words) -> list[str]:
    from assist.language.english import reads_as_english

    if reads_as_english(words) is False:
        return [
            "this does not read as English; the checks read English grammar and words, so "
            "they can say little about it"
        ]
    return []


def _entry(reading, finding):
    line, column = reading.position_of(finding)
    return {
        "rule": finding.rule,
        "level": finding.level,
        "section": finding.section,
        "item": finding.item,
        "line": line,
        "column": column,
        "excerpt": finding.excerpt,
        "message": finding.message,
    }


def _text_line(path, entry):
    line = f"{path}:{entry['line']}:{entry['column']}: {entry['level']} {entry['rule']} "
    line += entry["message"]
    if entry.get("suggestions"):
        line += f" (suggestions: {', '.join(entry['suggestions'])})"
    if entry.get("item"):
        # The item's reference, which messages ask a writer to cite ("cite [F3]"): the text
        # shows it nowhere else.
        line += f" [{entry['item']}]"
    return line


def _spelling_service():
    """As the web app decides: LanguageTool only when an administrator set
    ASSIST_LANGUAGETOOL_URL (then text goes to that server and nowhere else), else offline
    British spelling. A linter waits for every suggestion: the same answer every run."""
    from assist.spelling import Spelling

    return Spelling(
        url=env("LANGUAGETOOL_URL"),
        timeout=env_float("LANGUAGETOOL_TIMEOUT_SECONDS", Config.LANGUAGETOOL_TIMEOUT_SECONDS),
        suggestion_wait=None,
    )


# Spelling and grammar warn; style, and the question whether a word is a name, advise.
SPELLING_LEVELS = {"spelling": "warning", "grammar": "warning", "style": "advice"}


def _spelling_entries(path, reading, speller, names=()):
    """The spelling panel's issues as findings: rule ``spelling`` (``grammar``, ``style``),
    each with its suggestions; ``names`` are accepted as the panel's names are. A dictionary
    that is not installed is a note, not a failure."""
    from assist.spelling import fields_of
    from assist.spelling.names import NAME_RULE, bare_name
    from assist.spelling.service import DOWN

    try:
        found = speller.check(reading.document, accepted=names)
    except Exception as exc:  # hunspell-en-gb or WordNet missing: say so, check the rest
        click.echo(f"{path}: note: spelling was not checked ({exc})", err=True)
        return []
    if found.grammar_off_reason == DOWN:
        click.echo(f"{path}: note: grammar was not checked: {DOWN}", err=True)
    view = View(reading.document)
    texts = {(ref, name): text for _, ref, name, text in fields_of(reading.document)}
    entries = []
    asked: set[str] = set()
    for issue in found.issues:
        if issue.rule == NAME_RULE:
            # Whether a word is a name is asked once a file, at its first use: the answer holds
            # for every other ("Is 'Mia' a name?" thirteen times buried the other findings).
            if bare_name(issue.flagged) in asked:
                continue
            asked.add(bare_name(issue.flagged))
        message = issue.message
        if issue.rule == NAME_RULE:
            message += f" If it is, check again with --name {bare_name(issue.flagged)}."
        text = texts.get((issue.item, issue.field), "")
        hit = Hit(issue.section, issue.item, issue.field, issue.offset, issue.end, text)
        place = SimpleNamespace(
            location=location_in_file(view, hit), item=issue.item, section=issue.section
        )
        line, column = reading.position_of(place)
        entries.append(
            {
                "rule": issue.category,
                "level": "advice" if issue.rule == NAME_RULE else SPELLING_LEVELS[issue.category],
                "section": issue.section,
                "item": issue.item,
                "line": line,
                "column": column,
                "excerpt": issue.flagged,
                "message": message,
                "suggestions": list(issue.suggestions),
            }
        )
    return entries


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
    from assist.rubric.examples import run_examples  # only this command runs the examples

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
