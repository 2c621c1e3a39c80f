"""A rubric and its criteria, as loaded: plain frozen values plus each criterion's compiled
patterns."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from assist.strict_yaml import StrictYamlError

LEVELS = ("error", "warning", "advice")


# A rubric file that cannot be used: the strict YAML loader's one error, by the rubric's name.
RubricError = StrictYamlError


@dataclass(frozen=True)
class Criterion:
    id: str
    title: str
    level: str
    message: str
    guidance: str
    sections: tuple[str, ...]
    type: str
    settings: dict[str, Any]
    weight: float = 1.0
    # What an answer that meets the criterion does ("The child's own words are used in the
    # analysis"): how trainee feedback names it, so "Met" never reads as a fault found.
    met_when: str = ""
    should_flag: tuple[str, ...] = ()
    should_pass: tuple[str, ...] = ()
    line: int = 0  # where the criterion starts in its rubric file
    prepared: Any = field(default=None, compare=False, repr=False)  # compiled at load time


@dataclass(frozen=True)
class Rubric:
    path: str
    criteria: tuple[Criterion, ...]

    def criterion(self, criterion_id: str) -> Criterion:
        for criterion in self.criteria:
            if criterion.id == criterion_id:
                return criterion
        raise KeyError(criterion_id)

    def only(self, *criterion_ids: str) -> Rubric:
        """The same rubric limited to some criteria (for running one criterion's examples)."""
        return Rubric(self.path, tuple(c for c in self.criteria if c.id in criterion_ids))
