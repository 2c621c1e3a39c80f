"""Too many items in a section: a few focused recommendations are acted on; dozens are not."""

from __future__ import annotations

from assist.rubric import settings as s
from assist.rubric.view import Hit

SETTINGS = {"max": s.integer(default=8, minimum=1)}
PLACEHOLDERS = frozenset({"count", "max"})


def prepare(settings) -> int:
    return settings["max"]


def find(view, limit: int, sections):
    for section in sections:
        items = list(dict.fromkeys(entry.item for entry in view.all_fields((section,))))
        if len(items) > limit:
            yield Hit(section, detail={"count": len(items), "max": limit})
