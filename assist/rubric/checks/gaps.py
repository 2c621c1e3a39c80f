"""An information gap that nothing will fill: a question the assessment raises and then leaves
unanswered, so the danger it bears on stays unjudged."""

from __future__ import annotations

from assist.rubric.checks.follows_from import content, shares_subject
from assist.rubric.view import Hit

SETTINGS: dict = {}
PLACEHOLDERS: frozenset[str] = frozenset()


def prepare(settings):
    return None


def find(view, prepared, sections):
    filling = set()
    plans = []
    for recommendation in view.document.recommendations:
        filling.update(view.cites(recommendation.ref))
        plans.append(f"{recommendation.action} {recommendation.objective} {recommendation.reason}")
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
            # "I will visit every week to find out whether Dean visits": it uses the gap's words.
            if text and any(shares_subject(plan, [content(text)]) for plan in plans):
                continue
            yield Hit("risk", factor.ref, "text", 0, len(text), text)
