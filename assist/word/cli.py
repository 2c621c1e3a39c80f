"""``assist export PATH -o OUT.docx``: any file ``assist check`` reads, as a Word document.
``assist import FILE.docx --format json``: the draft assessment the web upload would make of a
file, in the JSON export's shape. No app or database is needed, so both work in bulk."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime
from pathlib import Path

import click

from assist.clock import today
from assist.readers import InputError, read_path
from assist.word.drafts import draft_document
from assist.word.export import DEFAULT_MARKING, Details, export_bytes

EXIT_OK, EXIT_USAGE = 0, 2


@click.command("export")
@click.argument("path", type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(path_type=Path, dir_okay=False),
    help="Where to write the Word document (.docx).",
)
@click.option(
    "--marking",
    default=None,
    help="Protective marking in the header and footer "
    "(default: ASSIST_PROTECTIVE_MARKING, else OFFICIAL-SENSITIVE).",
)
def export_command(path, output, marking):
    """Write an assessment (JSON export, Markdown, text or .docx) as a Word document."""
    reading = _read(path)
    if output.suffix.lower() != ".docx":
        click.echo(f"{output}: error: the output file's name must end in .docx", err=True)
        raise SystemExit(EXIT_USAGE)
    details = Details(
        marking=marking or os.environ.get("ASSIST_PROTECTIVE_MARKING") or DEFAULT_MARKING,
        exported=datetime.now(UTC),
    )
    data = export_bytes(reading.document, details)
    try:
        output.write_bytes(data)
    except OSError as exc:
        click.echo(f"{output}: error: cannot write the file ({exc.strerror})", err=True)
        raise SystemExit(EXIT_USAGE) from None
    click.echo(f"Wrote {output} ({len(data) // 1024} KB)")
    raise SystemExit(EXIT_OK)


@click.command("import")
@click.argument("path", type=click.Path(path_type=Path))
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["json"]),
    default="json",
    show_default=True,
    help="How to print the draft: the JSON export's shape (as `assist check` reads it).",
)
def import_command(path, output_format):
    """Print the draft assessment a Word document (or Markdown, text or JSON export) becomes,
    exactly as "Check a Word document" would make it. Exit 2, with the reason, for a file that
    cannot be read."""
    reading = _read(path)
    draft = draft_document(reading.document, today())
    click.echo(json.dumps(draft.to_dict(), indent=2, ensure_ascii=False))
    raise SystemExit(EXIT_OK)


def _read(path):
    """The file's reading, its notes said on standard error; exit 2 with the reason when it
    cannot be read (a refusal is never a traceback)."""
    try:
        reading = read_path(path)
    except InputError as exc:
        click.echo(f"{path}: error: {exc}", err=True)
        raise SystemExit(EXIT_USAGE) from None
    for note in reading.notes:
        click.echo(f"{path}: note: {note}", err=True)
    return reading
