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
_REF_LISTS = {"cites", "contradicted_by", "answers", "fills"}
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
    if isinstance(data, dict):
        for wrapper in _WRAPPERS:
            if isinstance(data.get(wrapper), dict):
                data = data[wrapper]
                break
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
    positions = {}
    for match in _REF_KEY.finditer(text):
        ref = match.group(1)
        if ref not in positions:
            line = text.count("\n", 0, match.start()) + 1
            column = match.start() - (text.rfind("\n", 0, match.start()) + 1) + 1
            positions[ref] = (line, column)
    # Locations inside a JSON export describe the original import, not this file.
    for item in _items(document):
        if hasattr(item, "location"):
            item.location = None
    return Reading(document=document, positions=positions)


def _check_list(value, key, item_class):
    if not isinstance(value, list):
        raise InputError(f"'{key}' must be a list")
    known = {f.name: f for f in fields(item_class)}
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
        for name, value_ in item.items():
            if name not in known or value_ is None:
                continue
            if name in _REF_LISTS:
                if not isinstance(value_, list) or not all(isinstance(r, str) for r in value_):
                    raise InputError(f"{where}: '{name}' must be a list of references")
            elif name in _FLAGS:
                if not isinstance(value_, bool):
                    raise InputError(f"{where}: '{name}' must be true or false")
            elif name == "factors":
                continue  # checked on its own
            elif name == "location":
                if not isinstance(value_, dict):
                    raise InputError(f"{where}: 'location' must be an object")
            elif not isinstance(value_, str):
                raise InputError(f"{where}: '{name}' must be text")
        for name in ("text", "action", "name"):
            if name in item and item[name] is None:
                item[name] = ""


def _items(document):
    yield from document.facts
    yield from document.experiences
    yield from document.analysis
    yield from document.recommendations
    yield from document.loose
    for danger in document.dangers:
        yield danger
        yield from danger.factors
