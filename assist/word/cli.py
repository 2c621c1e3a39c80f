"""``assist export PATH -o OUT.docx``: any file ``assist check`` reads, as a Word document. No app
or database is needed, so assessments can be produced in bulk."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

import click

from assist.readers import InputError, read_path
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
    try:
        reading = read_path(path)
    except InputError as exc:
        click.echo(f"{path}: error: {exc}", err=True)
        raise SystemExit(EXIT_USAGE) from None
    for note in reading.notes:
        click.echo(f"{path}: note: {note}", err=True)
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
