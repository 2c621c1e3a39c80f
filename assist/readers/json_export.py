"""The project's own JSON export (``Document.to_dict()``, as saved with every version) ->
Document. Shapes are checked before building, so a hand-edited or foreign file gets a clear
message rather than a traceback."""

from __future__ import annotations

import json
import re
from dataclasses import MISSING, fields

from assist import document as doc
from assist.readers.files import InputError
from assist.readers.reading import Reading

_LISTS = {
    "children": doc.Child,
    "adults": doc.Adult,
    "facts": doc.Fact,
    "experiences": doc.Experience,
    "analysis": doc.Analysis,
    "dangers": doc.Danger,
    "recommendations": doc.Recommendation,
    "loose": doc.LooseText,
}
_REF_LISTS = {"cites", "contradicted_by", "answers", "fills", "child_refs"}
_FLAGS = {"corroborated", "is_historic", "is_pattern", "is_unborn", "is_preverbal"}
_FLAGS |= {"lives_in_household"}
_WRAPPERS = ("document", "snapshot", "assessment")
_REF_KEY = re.compile(r'"ref"\s*:\s*"([A-Z]\d{1,6})"')


def read_json(text: str) -> Reading:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(
            f"this is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from None
    data = _unwrapped(data)
    if not isinstance(data, dict) or not set(data) & set(_LISTS):
        raise InputError(
            "this JSON is not an assessment export (expected lists such as 'facts', "
            "'analysis' and 'recommendations')"
        )
    for key, item_class in _LISTS.items():
        _check_list(data.get(key, []), key, item_class)
    for danger in data.get("dangers", []):
        _check_list(danger.get("factors", []), "factors", doc.Factor)
    if "title" in data and not isinstance(data["title"], str | type(None)):
        raise InputError("'title' must be text")
    document = doc.Document.from_dict(data)
    if not document.all_refs():
        raise InputError("the assessment has no items; there is nothing to check")
    # Locations inside a JSON export describe the original import, not this file.
    for item in _items(document):
        if hasattr(item, "location"):
            item.location = None
    for danger in document.dangers:
        danger.location = danger.probability_location = None
    return Reading(document=document, positions=_ref_positions(text))


def _unwrapped(data):
    """The document inside an export that wraps it ({"snapshot": {...}})."""
    if isinstance(data, dict):
        for wrapper in _WRAPPERS:
            if isinstance(data.get(wrapper), dict):
                return data[wrapper]
    return data


def _ref_positions(text):
    """{ref: (line, column)} of each item's first "ref" in the file."""
    positions: dict[str, tuple[int, int]] = {}
    for match in _REF_KEY.finditer(text):
        ref = match.group(1)
        if ref not in positions:
            line = text.count("\n", 0, match.start()) + 1
            column = match.start() - (text.rfind("\n", 0, match.start()) + 1) + 1
            positions[ref] = (line, column)
    return positions


def _check_list(value, key, item_class):
    if not isinstance(value, list):
        raise InputError(f"'{key}' must be a list")
    known = {f.name for f in fields(item_class)}
    required = [
        f.name for f in fields(item_class) if f.default is MISSING and f.default_factory is MISSING
    ]
    for position, item in enumerate(value, start=1):
        if not isinstance(item, dict):
            raise InputError(f"item {position} of '{key}' must be an object")
        ref = item.get("ref")
        where = f"'{key}' item {ref if isinstance(ref, str) else position}"
        for name in required:
            if name not in item:
                raise InputError(f"{where} has no '{name}'")
        for name, field_value in item.items():
            problem = _field_problem(name, field_value) if name in known else None
            if problem:
                raise InputError(f"{where}: '{name}' must be {problem}")
        for name in ("text", "action", "name"):
            if name in item and item[name] is None:
                item[name] = ""


def _field_problem(name, value):
    """What a known field's value must be, when it is not (None: it is fine)."""
    if value is None or name == "factors":  # a danger's factors are checked on their own
        return None
    if name in _REF_LISTS:
        fine = isinstance(value, list) and all(isinstance(r, str) for r in value)
        return None if fine else "a list of references"
    if name in _FLAGS:
        return None if isinstance(value, bool) else "true or false"
    if name in ("location", "probability_location"):
        return None if isinstance(value, dict) else "an object"
    return None if isinstance(value, str) else "text"


def _items(document):
    yield from document.facts
    yield from document.experiences
    yield from document.analysis
    yield from document.recommendations
    yield from document.loose
    for danger in document.dangers:
        yield danger
        yield from danger.factors
