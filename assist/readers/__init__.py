"""Turning a file into an ``assist.document.Document``: the project's JSON export, Markdown or
plain text. Plain Python, no Flask.

    from assist.readers import read_path, InputError
    reading = read_path("assessment.md")   # reading.document, reading.notes, ...
"""

from pathlib import Path

from assist.readers.files import MAX_BYTES, InputError, decode, read_text
from assist.readers.json_export import read_json
from assist.readers.markdown import read_markdown
from assist.readers.reading import Reading

TEXT_SUFFIXES = (".md", ".markdown", ".txt", ".text")


def read_path(path) -> Reading:
    text = read_text(path)
    return read_string(text, Path(path).suffix.lower())


def read_string(text: str, suffix: str = ".md") -> Reading:
    if suffix == ".json" or (suffix not in TEXT_SUFFIXES and text.lstrip().startswith("{")):
        return read_json(text)
    reading = read_markdown(text)
    if not reading.document.all_refs():
        raise InputError("the file has headings but no text under them; there is nothing to check")
    return reading


__all__ = [
    "MAX_BYTES",
    "InputError",
    "Reading",
    "decode",
    "read_json",
    "read_markdown",
    "read_path",
    "read_string",
    "read_text",
]
