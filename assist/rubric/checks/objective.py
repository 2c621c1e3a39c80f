"""An action with no outcome for the child: what should be different for them if it is done."""

from __future__ import annotations

from assist.rubric import settings as s
from assist.rubric.view import Hit
from assist.rubric.wordlists import Terms

SETTINGS = {
    "outcome_markers": s.words(),  # so that, in order to, to ensure, will be able to, ...
}
PLACEHOLDERS: frozenset[str] = frozenset()


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
        if not markers.in_text(text):
            yield Hit(entry.section, entry.item, entry.name, 0, len(entry.text), entry.text)
