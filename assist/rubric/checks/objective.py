"""An action with no outcome for the child: what should be different for them if it is done."""

from __future__ import annotations

import re

from assist.rubric import settings as s
from assist.rubric.view import Hit
from assist.rubric.wordlists import Terms

SETTINGS = {
    "outcome_markers": s.words(),  # so that, in order to, to ensure, will be able to, ...
}
PLACEHOLDERS: frozenset[str] = frozenset()
# "So Jayden can sleep", "so Amy feels safe": "so" for "so that", before someone named and their
# verb (the markers name "so he", "so she"; a name is any capitalised word there).
_SO_SOMEONE = re.compile(r"\b(?i:so)\s+[A-Z][\w'’-]*\s+(?:can|will|could|would|may|is|has|\w+s)\b")


def prepare(settings) -> Terms:
    return Terms(settings["outcome_markers"])


def find(view, markers: Terms, sections):
    for entry in view.fields(sections, names=("action", "text")):
        if entry.kind not in ("recommendation", "loose"):
            continue
        owner = entry.owner
        if (getattr(owner, "objective", "") or "").strip():
            continue
        text = " ".join(
            value
            for value in (
                entry.text,
                getattr(owner, "reason", ""),
                getattr(owner, "how_we_will_know", ""),
            )
            if value
        )
        if not markers.in_text(text) and not _SO_SOMEONE.search(text):
            yield Hit(entry.section, entry.item, entry.name, 0, len(entry.text), entry.text)
