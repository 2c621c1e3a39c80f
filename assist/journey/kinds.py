"""Every kind of item an assessment holds, in one table that everything else reads.

A kind's entry says which model stores it, which list of the plain ``Document`` holds it and
under what title, which journey section shows it, the letter of its references, which page
edits it, how the document's fields map onto the model's columns, and which of those fields
are prose (what the rubric and the spelling checker read, and what a suggestion may change).
Converting rows to a document (``snapshot.to_document``), a document back to rows
(``writing.write_document``), the compare-versions page, findings' links and spelling fixes
all go through here, so a new kind of item is one entry, one model, one form and one template.
"""

from dataclasses import dataclass, field
from typing import Any

from assist import document as doc
from assist.models import (
    Adult,
    AnalysisStatement,
    Child,
    ChildExperience,
    Danger,
    Fact,
    Recommendation,
    RiskFactor,
)
from assist.models.content import ItemKind, LinkRole, RiskFactorKind


@dataclass(frozen=True)
class Kind:
    collection: str  # the Document's list of them, and the Contents' attribute
    title: str  # as the compare-versions page heads them
    model: Any  # a SQLAlchemy model class
    document_class: type
    section: str  # the journey section whose page shows them
    letter: str  # F for F3; risk factors take theirs from FACTOR_LETTER
    # The document's field -> the model's column. The journey's forms name their fields after
    # the columns too, so this also says which form field a finding about a field points at.
    fields: dict[str, str]
    prose: tuple[str, ...] = ()  # the document fields people write sentences in
    item_kind: ItemKind | None = None  # None for people: nothing cites a person
    edit_endpoint: str | None = None  # risk factors are edited on a page of their sub-kind
    numbered: bool = False  # its number is stored (F3 stays F3); else its ref is its position
    # Citations kept as links: the document's list field -> the link's role.
    links: dict[str, LinkRole] = field(default_factory=dict)
    nested_in: str | None = None  # risk factors are listed under their danger
    order: tuple[str, ...] = ("id",)  # the columns (or model expressions) pages list them by
    # Letters chosen by a column rather than one letter for the kind: H1 for a hazard.
    letters: dict | None = None
    # The relationship naming which children it concerns (the document's ``child_refs``; none
    # listed means all of them), for kinds that can concern several children.
    concerns: str | None = None

    @property
    def main_column(self):
        """The column that says what the item is (a fact's "what happened", a plan's action),
        shown wherever something points at the item."""
        return self.fields[self.prose[0]]

    def letter_of(self, row):
        return self.letters[row.kind] if self.letters else self.letter

    def column(self, document_field):
        """The column a prose field is stored in, or None: a spelling fix or a finding may
        only point at prose."""
        return self.fields.get(document_field) if document_field in self.prose else None


FACTOR_LETTER = {
    RiskFactorKind.HAZARD: "H",
    RiskFactorKind.STRENGTH: "S",
    RiskFactorKind.INFORMATION_GAP: "G",
    RiskFactorKind.METHOD: "M",
}

# In the order a document is written back: people before what names them, dangers before
# their factors, everything before the links between them.
KINDS = (
    Kind(
        "children",
        "Children",
        Child,
        doc.Child,
        "people",
        "C",
        {
            "name": "name",
            "date_of_birth": "date_of_birth",
            "is_unborn": "is_unborn",
            "is_preverbal": "is_preverbal",
            "ethnicity": "ethnicity",
            "first_language": "first_language",
            "disability": "disability",
            "communication_needs": "communication_needs",
        },
        order=("position", "id"),
    ),
    Kind(
        "adults",
        "Adults",
        Adult,
        doc.Adult,
        "people",
        "P",
        {
            "name": "name",
            "relationship_to_child": "relationship_to_child",
            "lives_in_household": "lives_in_household",
            "notes": "notes",
        },
        order=("position", "id"),
    ),
    Kind(
        "facts",
        "Facts",
        Fact,
        doc.Fact,
        "facts",
        "F",
        {
            "text": "what_happened",
            "date": "occurred_on",
            "date_precision": "date_precision",
            "source": "source",
            "how_known": "how_known",
            "corroborated": "corroborated",
            "category": "category",
            "is_historic": "is_historic",
        },
        prose=("text",),
        item_kind=ItemKind.FACT,
        edit_endpoint="author.fact_item",
        numbered=True,
        order=("in_date_order", "number"),  # those whose date is not known last
        concerns="children",
    ),
    Kind(
        "experiences",
        "The child's experience",
        ChildExperience,
        doc.Experience,
        "child",
        "E",
        {
            "kind": "kind",
            "text": "text",
            "heard_on": "heard_on",
            "how_heard": "how_heard",
            "what_was_done": "what_was_done",
        },
        prose=("text", "what_was_done"),
        item_kind=ItemKind.EXPERIENCE,
        edit_endpoint="author.experience_item",
    ),
    Kind(
        "analysis",
        "Analysis",
        AnalysisStatement,
        doc.Analysis,
        "analysis",
        "A",
        {
            "text": "meaning_for_child",
            "alternative_explanation": "alternative_explanation",
            "reasoning": "reasoning",
            "is_pattern": "is_pattern",
        },
        prose=("text", "alternative_explanation", "reasoning"),
        item_kind=ItemKind.ANALYSIS,
        edit_endpoint="author.analysis_item",
        numbered=True,
        order=("number",),
        links={"cites": LinkRole.SUPPORTS, "contradicted_by": LinkRole.CONTRADICTS},
    ),
    Kind(
        "dangers",
        "Dangers",
        Danger,
        doc.Danger,
        "risk",
        "D",
        {
            "text": "feared_outcome",
            "probability": "probability",
            "probability_reasoning": "probability_reasoning",
        },
        prose=("text", "probability_reasoning"),
        item_kind=ItemKind.DANGER,
        edit_endpoint="author.danger_item",
        numbered=True,
        order=("number",),
    ),
    Kind(
        "factors",
        "Hazards, strengths, gaps and methods",
        RiskFactor,
        doc.Factor,
        "risk",
        "",
        {"kind": "kind", "text": "text", "how_to_fill": "how_to_fill"},
        prose=("text", "how_to_fill"),
        item_kind=ItemKind.RISK_FACTOR,
        links={"cites": LinkRole.SUPPORTS},
        nested_in="dangers",
        letters=FACTOR_LETTER,
    ),
    Kind(
        "recommendations",
        "Recommendations",
        Recommendation,
        doc.Recommendation,
        "recommendations",
        "R",
        {
            "action": "action",
            "objective": "objective_for_child",
            "reason": "reason",
            "who": "who",
            "by_when": "by_when",
            "how_we_will_know": "how_we_will_know",
        },
        prose=("action", "objective", "reason", "how_we_will_know"),
        item_kind=ItemKind.RECOMMENDATION,
        edit_endpoint="author.recommendation_item",
        numbered=True,
        order=("number",),
        links={"answers": LinkRole.ANSWERS, "fills": LinkRole.FILLS},
    ),
)
BY_COLLECTION = {kind.collection: kind for kind in KINDS}
BY_ITEM_KIND = {kind.item_kind: kind for kind in KINDS if kind.item_kind is not None}
BY_MODEL = {kind.model: kind for kind in KINDS}
# The lists a saved version holds at its top level, in the order pages show them.
COLLECTIONS = [(kind.collection, kind.title) for kind in KINDS if kind.nested_in is None]


def of(item_kind) -> Kind:
    return BY_ITEM_KIND[ItemKind(item_kind)]


def item_kind_of(row) -> ItemKind | None:
    kind = BY_MODEL.get(type(row))
    return kind.item_kind if kind else None


def section_of(item_kind) -> str:
    return of(item_kind).section


def model_of(item_kind) -> type:
    return of(item_kind).model
