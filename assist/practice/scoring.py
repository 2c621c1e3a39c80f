"""Scoring an answer against the rubric, criterion by criterion. Plain Python.

Each criterion is worth its weight in rubric.yaml. It earns the whole weight when it is met, and
nothing otherwise: partial credit would reward an answer for having fewer items, not for better
reasoning. A criterion is met when the answer holds what the criterion is about (its subject)
and raises none of its findings. Absence is never a pass: an empty recommendations section is
not a recommendation without faults, and an answer with none of the child's words has not used
them. Only when the family makes a subject impossible (a baby has no words to quote) does the
criterion not apply, and then it is left out of the score and of the most there is to score.

Feedback names each criterion for what an answer that meets it does (``met_when`` in the
rubric: "The child's own words are used in the analysis"), so "Met" always reads as good news.
"""

from collections.abc import Callable
from typing import Any

from assist.document import SECTION_TITLES, Document
from assist.rubric import Rubric, check
from assist.rubric.checks.child_view import adults_words
from assist.rubric.model import Criterion

# The parts of a practice answer the trainee writes (people and facts come from the scenario).
WRITTEN = {
    "child": "experiences",
    "analysis": "analysis",
    "risk": "dangers",
    "recommendations": "recommendations",
}

MET, NOT_MET, DOES_NOT_APPLY = "met", "not_met", "does_not_apply"

# A subject's test: what the answer lacks for the criterion to be met (None: nothing), or
# DOES_NOT_APPLY when the family makes the subject impossible.
Subject = Callable[[Document, Criterion], str | None]


def _written_sections(document: Document, criterion: Criterion) -> str | None:
    """The parts of the answer the criterion reads, each written (the default subject)."""
    empty = [
        section
        for section in criterion.sections
        if section in WRITTEN and not getattr(document, WRITTEN[section])
    ]
    return _nothing_in(empty, "and") if empty else None


def _weighing(document: Document) -> str | None:
    """The analysis or risk, where each adult and the child's words are weighed."""
    if document.analysis or document.dangers:
        return None
    return _nothing_in(["analysis", "risk"], "or")


def _nothing_in(sections: list[str], joining: str) -> str:
    titles = [SECTION_TITLES[section] for section in sections]
    named = titles[0] if len(titles) == 1 else f"{', '.join(titles[:-1])} {joining} {titles[-1]}"
    return f"Your answer has nothing in {named} yet."


def _each_adult_considered(document: Document, criterion: Criterion) -> str | None:
    return _weighing(document)


def _childs_words_used(document: Document, criterion: Criterion) -> str | None:
    if not _childs_words(document):
        if all(child.is_unborn or child.is_preverbal for child in document.children):
            return DOES_NOT_APPLY  # no child here can say anything to be quoted
        return "Your answer records none of the child's own words in The child's experience."
    return _weighing(document)


def _gaps_filled(document: Document, criterion: Criterion) -> str | None:
    if any(f.kind == "information_gap" for danger in document.dangers for f in danger.factors):
        return None
    return _written_sections(document, criterion) or (
        "Your answer names no information gap: say what you do not yet know, and how you will "
        "find out."
    )


def _childs_words(document: Document) -> list:
    """The child's own words the answer records in the child's experience (an adult's account
    filed as the child's words is not theirs; the scenario's facts are not the answer)."""
    names = {child.ref: child.name for child in document.children}
    only = document.children[0].name if len(document.children) == 1 else None
    return [
        entry
        for entry in document.experiences
        if entry.kind == "words"
        and entry.text.strip()
        and not adults_words(entry.text, names.get(entry.child_ref or "") or only)
    ]


# What each check type's criteria are about, where that is more than the sections they read.
SUBJECTS: dict[str, Subject] = {
    "household": _each_adult_considered,
    "voice": _childs_words_used,
    "gaps": _gaps_filled,
}


def score(document: Document, rubric: Rubric) -> dict[str, Any]:
    """The feedback kept with a submission: per criterion, whether it was met, what was found,
    where and why, and what the answer lacks for it."""
    findings = check(document, rubric)
    criteria = [
        _scored(criterion, [f for f in findings if f.rule == criterion.id], document)
        for criterion in rubric.criteria
    ]
    counted = [c for c in criteria if c["result"] != DOES_NOT_APPLY]
    return {
        "criteria": criteria,
        "score": sum(c["earned"] for c in counted),
        "max_score": sum(c["weight"] for c in counted),
    }


def _scored(criterion: Criterion, found: list, document: Document) -> dict[str, Any]:
    weight = int(criterion.weight) if float(criterion.weight).is_integer() else criterion.weight
    lacking = SUBJECTS.get(criterion.type, _written_sections)(document, criterion)
    if lacking == DOES_NOT_APPLY:
        result, lacking = DOES_NOT_APPLY, None
    else:
        result = NOT_MET if found or lacking else MET
    return {
        "id": criterion.id,
        "title": criterion.met_when or criterion.title,  # what meeting it looks like
        "problem": criterion.title,  # what its findings are
        "level": criterion.level,
        "guidance": criterion.guidance,
        "weight": weight,
        "result": result,
        "earned": weight if result == MET else (None if result == DOES_NOT_APPLY else 0),
        "lacking": lacking or "",
        "findings": [
            {
                "section": f.section,
                "item": f.item,
                "field": f.field,
                "excerpt": f.excerpt,
                "message": f.message,
            }
            for f in found
        ],
    }
