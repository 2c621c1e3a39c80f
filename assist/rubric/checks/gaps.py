"""An information gap that nothing will fill: a question the assessment raises and then leaves
unanswered, so the danger it bears on stays unjudged."""

from __future__ import annotations

from assist.rubric.view import Hit

SETTINGS: dict = {}
PLACEHOLDERS: frozenset[str] = frozenset()


def prepare(settings):
    return None


def find(view, prepared, sections):
    filling = set()
    for recommendation in view.document.recommendations:
        filling.update(view.cites(recommendation.ref))
    for danger in view.document.dangers:
        for factor in danger.factors:
            if factor.kind == "method":
                filling.update(view.cites(factor.ref))
    for danger in view.document.dangers:
        for factor in danger.factors:
            if factor.kind != "information_gap" or not view.wanted(factor.ref):
                continue
            if factor.ref in filling or (factor.how_to_fill or "").strip():
                continue
            text = factor.text or ""
            yield Hit("risk", factor.ref, "text", 0, len(text), text)
