"""Risk reasoning with parts missing: a danger with no hazards, no strengths, no probability
judgement or no information gaps. Risk written as prose, without labelled dangers, is read for
words that show each part; an assessment with facts but no danger at all is flagged too."""

from __future__ import annotations

from dataclasses import dataclass

from assist.rubric import settings as s
from assist.rubric.view import Hit
from assist.rubric.wordlists import Terms

PARTS = ("hazard", "strength", "probability", "information_gap", "method")
PART_NAMES = {
    "hazard": "hazards",
    "strength": "strengths",
    "probability": "a judgement of how likely it is",
    "information_gap": "information gaps",
    "method": "methods to reduce it",
}

SETTINGS = {
    "require": s.choices(PARTS, default=PARTS[:4]),
    "hazard_words": s.words(),
    "strength_words": s.words(),
    "probability_words": s.words(),
    "information_gap_words": s.words(),
    "method_words": s.words(),
}
PLACEHOLDERS = frozenset({"problem"})


@dataclass(frozen=True)
class Prepared:
    require: tuple
    words: dict


def prepare(settings) -> Prepared:
    return Prepared(
        tuple(settings["require"]),
        {part: Terms(settings[f"{part}_words"]) for part in PARTS},
    )


def _listing(parts):
    names = [PART_NAMES[part] for part in parts]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]


def find(view, prepared: Prepared, sections):
    doc = view.document
    if doc.dangers:
        for danger in doc.dangers:
            if not view.wanted(danger.ref):
                continue
            missing = [part for part in prepared.require if not _has_part(danger, part)]
            if missing:
                yield Hit(
                    "risk",
                    danger.ref,
                    "text",
                    0,
                    len(danger.text or ""),
                    danger.text or "",
                    {"problem": f"this danger has no {_listing(missing)}"},
                )
        return
    prose = list(view.all_fields(("risk",)))
    if prose:
        missing = [
            part
            for part in prepared.require
            if not any(
                prepared.words[part].in_text(entry.text)
                # ("Strengths:", "## Information gaps": labelled so by the writer.)
                or getattr(entry.owner, "kind", None) == part
                for entry in prose
            )
        ]
        if missing:
            yield Hit(
                "risk",
                detail={"problem": f"the risk section does not name {_listing(missing)}"},
            )
        return
    if view.has_content("facts") or view.has_content("analysis"):
        yield Hit(
            "risk",
            detail={
                "problem": "no danger is named; say what you fear could happen to the child, "
                "what makes it more or less likely, and how likely it is"
            },
        )


def _has_part(danger, part):
    if part == "probability":
        return bool(danger.probability or (danger.probability_reasoning or "").strip())
    return any(factor.kind == part and (factor.text or "").strip() for factor in danger.factors)
