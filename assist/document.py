"""The assessment as a plain document: what the rubric reads, what a saved version stores, what
the Word export and the Markdown/JSON import produce. Plain dataclasses; no Flask, no database.

Every item has a stable reference within its assessment (F3, A2, D1, H4, R1, ...) and citations
are lists of those references, so the chain fact → analysis → danger → recommendation survives
a round trip through JSON, Markdown or Word.

Item references by kind:
    C child, P adult (person), F fact, E child's experience, A analysis,
    D danger, H hazard, S strength, G information gap, M method, R recommendation,
    T loose text (a paragraph from an imported document that fits no structured slot)
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

SECTIONS = ("people", "facts", "child", "analysis", "risk", "recommendations")

SECTION_TITLES = {
    "people": "About the child and household",
    "facts": "Facts and chronology",
    "child": "The child's experience",
    "analysis": "Analysis",
    "risk": "Risk",
    "recommendations": "Recommendations",
}


@dataclass
class Location:
    """Where an item came from in an imported file (1-based), for linters' line:column."""

    line: int
    column: int = 1


@dataclass
class Child:
    ref: str
    name: str
    date_of_birth: str | None = None  # ISO date
    is_unborn: bool = False
    is_preverbal: bool = False
    ethnicity: str = ""
    first_language: str = ""
    disability: str = ""
    communication_needs: str = ""


@dataclass
class Adult:
    ref: str
    name: str
    relationship_to_child: str = ""
    lives_in_household: bool = True
    notes: str = ""


@dataclass
class Fact:
    ref: str
    text: str
    date: str | None = None  # ISO date
    date_precision: str = "exact"
    source: str = ""
    how_known: str = ""
    corroborated: bool | None = None
    category: str = ""
    is_historic: bool = False
    # The children it concerns (C1, C2); empty: all of the assessment's children.
    child_refs: list[str] = field(default_factory=list)
    location: Location | None = None


@dataclass
class Experience:
    ref: str
    kind: str  # words, observation, day_in_life, if_nothing_changes, barriers_to_hearing
    text: str
    child_ref: str | None = None
    heard_on: str | None = None
    how_heard: str = ""
    what_was_done: str = ""
    location: Location | None = None


@dataclass
class Analysis:
    ref: str
    text: str  # what the facts mean for the child
    alternative_explanation: str = ""
    reasoning: str = ""
    is_pattern: bool = False
    cites: list[str] = field(default_factory=list)  # facts (or experiences) it rests on
    contradicted_by: list[str] = field(default_factory=list)  # facts pointing the other way
    location: Location | None = None


@dataclass
class Factor:
    """A hazard, strength, information gap or method under one danger."""

    ref: str
    kind: str  # hazard, strength, information_gap, method
    text: str
    how_to_fill: str = ""
    cites: list[str] = field(default_factory=list)
    location: Location | None = None


@dataclass
class Danger:
    ref: str
    text: str  # the feared outcome for a named child
    child_ref: str | None = None
    probability: str | None = None  # low, medium, high
    probability_reasoning: str = ""
    factors: list[Factor] = field(default_factory=list)
    location: Location | None = None
    probability_location: Location | None = None  # where the reasoning is, if read from a file


@dataclass
class Recommendation:
    ref: str
    action: str
    objective: str = ""  # the outcome for the child
    reason: str = ""
    who: str = ""
    by_when: str | None = None  # ISO date or free text from an import
    how_we_will_know: str = ""
    answers: list[str] = field(default_factory=list)  # dangers or analysis it answers
    fills: list[str] = field(default_factory=list)  # information gaps it fills
    location: Location | None = None


@dataclass
class LooseText:
    """A paragraph from an imported document whose section is known but not its shape."""

    ref: str
    section: str
    text: str
    cites: list[str] = field(default_factory=list)
    location: Location | None = None
    # In the risk section with no danger named, the part a label or sub-heading gave it
    # ("strength", "information_gap").
    kind: str | None = None


@dataclass
class Document:
    title: str = ""
    children: list[Child] = field(default_factory=list)
    adults: list[Adult] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    experiences: list[Experience] = field(default_factory=list)
    analysis: list[Analysis] = field(default_factory=list)
    dangers: list[Danger] = field(default_factory=list)
    recommendations: list[Recommendation] = field(default_factory=list)
    loose: list[LooseText] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return _plain(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        return _build(cls, data)

    def all_refs(self) -> list[str]:
        collections: tuple[list[Any], ...] = (
            self.children,
            self.adults,
            self.facts,
            self.experiences,
            self.analysis,
            self.dangers,
            self.recommendations,
            self.loose,
        )
        refs = [item.ref for collection in collections for item in collection]
        refs += [factor.ref for danger in self.dangers for factor in danger.factors]
        return refs


def _plain(value):
    """Like dataclasses.asdict, without its deep copies: a large assessment is saved as a
    snapshot on every autosave, so this is on the hot path."""
    if hasattr(value, "__dataclass_fields__"):
        return {name: _plain(getattr(value, name)) for name in value.__dataclass_fields__}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    return value


_NESTED = {
    "children": Child,
    "adults": Adult,
    "facts": Fact,
    "experiences": Experience,
    "analysis": Analysis,
    "dangers": Danger,
    "recommendations": Recommendation,
    "loose": LooseText,
    "factors": Factor,
}


def _build(cls, data):
    """Rebuild dataclasses from plain dicts, ignoring keys a newer version may have added."""
    known = {f.name for f in fields(cls)}
    values = {}
    for key, value in data.items():
        if key not in known:
            continue
        if key in _NESTED and isinstance(value, list):
            value = [_build(_NESTED[key], item) for item in value]
        elif key in ("location", "probability_location") and isinstance(value, dict):
            value = Location(**value)
        values[key] = value
    return cls(**values)
