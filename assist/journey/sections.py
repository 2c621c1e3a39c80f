"""The journey's sections, their order and status, in one place (the task list, back links,
"return to check your answers" and the next page all come from here)."""

from dataclasses import dataclass

import sqlalchemy as sa

from assist.extensions import db
from assist.models import SectionToConfirm
from assist.models.content import ExperienceKind, ItemKind, LinkRole, RiskFactorKind
from assist.word.drafts import UNSORTED_CATEGORY

NOT_STARTED, IN_PROGRESS, COMPLETED = "Not started", "In progress", "Completed"


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    endpoint: str
    hint: str


SECTIONS = [
    Section(
        "people",
        "About the child and household",
        "author.people",
        "Each child, and every adult in or around the household",
    ),
    Section(
        "facts",
        "Facts and chronology",
        "author.facts",
        "What happened, when, who says so and how it is known",
    ),
    Section(
        "child",
        "The child's experience",
        "author.child",
        "The child's words, what you saw, a day in their life",
    ),
    Section(
        "analysis", "Analysis", "author.analysis", "What the facts mean for the child: so what?"
    ),
    Section(
        "risk",
        "Risk",
        "author.risk",
        "Dangers, hazards and strengths, probability, gaps and methods",
    ),
    Section(
        "recommendations",
        "Recommendations",
        "author.recommendations",
        "What will happen, why, who does it and by when",
    ),
]
BY_KEY = {section.key: section for section in SECTIONS}


def statuses(contents, to_confirm=frozenset()):
    """Section key → status, derived from what is there; a section an import filled is at most
    In progress until the worker confirms it (``to_confirm``: see ``sections_to_confirm``)."""
    derived = {
        "people": _people(contents),
        "facts": COMPLETED if contents.fact_index else NOT_STARTED,
        "child": _child(contents),
        "analysis": _analysis(contents),
        "risk": _risk(contents),
        "recommendations": _recommendations(contents),
    }
    return {
        key: IN_PROGRESS if status == COMPLETED and key in to_confirm else status
        for key, status in derived.items()
    }


def sections_to_confirm(assessment_id) -> frozenset[str]:
    """The sections an import filled that the worker has not yet confirmed."""
    return frozenset(
        db.session.scalars(
            sa.select(SectionToConfirm.section).where(
                SectionToConfirm.assessment_id == assessment_id
            )
        )
    )


def mark_imported(assessment_id, document) -> None:
    """Every section a draft made from a document has something in, to be confirmed."""
    filled = {
        "people": document.children or document.adults,
        "facts": document.facts,
        "child": document.experiences,
        "analysis": document.analysis,
        "risk": document.dangers,
        "recommendations": document.recommendations,
    }
    db.session.add_all(
        SectionToConfirm(assessment_id=assessment_id, section=key)
        for key, items in filled.items()
        if items
    )


def still_to_sort(contents, key) -> list:
    """What keeps an imported section from being confirmed: in the facts, those the import
    marked "imported: sort me" (text it could not place), until each has a real category.
    Confirming says every item has been checked; a fact still marked to sort has not."""
    if key != "facts":
        return []
    return [fact for fact in contents.facts if fact.category == UNSORTED_CATEGORY]


def confirm(assessment_id, key) -> bool:
    """Whether the section was waiting to be confirmed (it is not any more)."""
    done = db.session.execute(
        sa.delete(SectionToConfirm).where(
            SectionToConfirm.assessment_id == assessment_id, SectionToConfirm.section == key
        )
    )
    return bool(done.rowcount)


def _people(contents):
    return COMPLETED if contents.children else (IN_PROGRESS if contents.adults else NOT_STARTED)


def _child(contents):
    if not contents.experiences:
        return NOT_STARTED
    heard = {(e.child_id, e.kind) for e in contents.experiences}
    for child in contents.children:
        needed = (
            {ExperienceKind.OBSERVATION}
            if child.is_preverbal
            else {ExperienceKind.WORDS, ExperienceKind.OBSERVATION}
        )
        if not any((child.id, kind) in heard for kind in needed):
            return IN_PROGRESS
    return COMPLETED


def _analysis(contents):
    if not contents.analysis:
        return NOT_STARTED
    if all(contents.cites(ItemKind.ANALYSIS, a.id) for a in contents.analysis):
        return COMPLETED
    return IN_PROGRESS


def _risk(contents):
    if not contents.dangers:
        return NOT_STARTED
    for danger in contents.dangers:
        kinds = {f.kind for f in contents.factors_of(danger)}
        if (
            danger.probability is None
            or not {RiskFactorKind.HAZARD, RiskFactorKind.STRENGTH} <= kinds
        ):
            return IN_PROGRESS
    return COMPLETED


def _recommendations(contents):
    if not contents.recommendations:
        return NOT_STARTED
    for recommendation in contents.recommendations:
        answers = contents.cites(ItemKind.RECOMMENDATION, recommendation.id, LinkRole.ANSWERS)
        if not (
            answers
            and recommendation.who
            and recommendation.by_when
            and recommendation.objective_for_child
        ):
            return IN_PROGRESS
    return COMPLETED
