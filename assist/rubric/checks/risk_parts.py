"""Risk reasoning with parts missing: a danger with no hazards, no strengths, no probability
judgement or no information gaps. Risk written as prose, without labelled dangers, is read for
words that show each part; an assessment with facts but no danger at all is flagged too."""

from __future__ import annotations

from dataclasses import dataclass

from assist.rubric import settings as s
from assist.rubric.view import Hit
from assist.rubric.wordlists import Terms

PARTS = ("hazard", "strength", "probability", "information_gap", "method")
# Each part with what it is, as the risk model has it: a new user read "does not name hazards"
# after listing the dangers, which are another part.
PART_NAMES = {
    "hazard": "hazards (what makes the harm more likely)",
    "strength": "strengths (what makes it less likely)",
    "probability": "a judgement of how likely it is",
    "information_gap": "information gaps (what you still need to find out)",
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


def _missing(whose, parts):
    """ "this danger has no hazards (...)", or "this danger names none of these: hazards (...);
    information gaps (...)" (not "hazards or information gaps", read as either being enough)."""
    names = [PART_NAMES[part] for part in parts]
    if len(names) == 1:
        return f"{whose} {'has no' if whose == 'this danger' else 'does not name'} {names[0]}"
    return f"{whose} names none of these: " + "; ".join(names)


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
                    {"problem": _missing("this danger", missing)},
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
                detail={"problem": _missing("the risk section", missing)},
            )
        return
    if view.has_content("facts") or view.has_content("analysis"):
        yield Hit(
            "risk",
            detail={
                # (A new user wrote "Danger:" lines in their analysis: the message says where.)
                "problem": 'no danger is named; under a heading such as "Risk", say what you '
                "fear could happen to the child, what makes it more or less likely, and how "
                "likely it is"
            },
        )


def _has_part(danger, part):
    if part == "probability":
        return bool(danger.probability or (danger.probability_reasoning or "").strip())
    return any(factor.kind == part and (factor.text or "").strip() for factor in danger.factors)
