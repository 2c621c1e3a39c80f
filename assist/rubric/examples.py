"""Running each criterion's own examples: every should_flag example must raise the criterion and
every should_pass example must not. A criterion with nothing it flags is a broken rule."""

from __future__ import annotations

from dataclasses import dataclass, field

from assist.document import SECTION_TITLES
from assist.readers.markdown import read_markdown
from assist.rubric.engine import check
from assist.rubric.finding import Finding
from assist.rubric.model import Criterion, Rubric
from assist.rubric.view import UNSORTED


@dataclass(frozen=True)
class ExampleResult:
    expected: str  # should_flag or should_pass
    text: str
    findings: tuple[Finding, ...]

    @property
    def ok(self) -> bool:
        return bool(self.findings) == (self.expected == "should_flag")


@dataclass
class CriterionResult:
    criterion: Criterion
    examples: list[ExampleResult] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems and all(example.ok for example in self.examples)


def findings_for(criterion: Criterion, rubric: Rubric, text: str) -> list[Finding]:
    """Check one example against one criterion. Text without headings is one paragraph of the
    criterion's first section; text with headings is a whole assessment."""
    reading = read_markdown(text)
    if reading.unsorted:
        section = criterion.sections[0]
        if section != UNSORTED:
            reading = read_markdown(f"# {SECTION_TITLES[section]}\n\n{text}")
    sections = (UNSORTED,) if reading.unsorted else None
    return check(reading.document, rubric.only(criterion.id), sections=sections)


def run_examples(rubric: Rubric) -> list[CriterionResult]:
    results = []
    for criterion in rubric.criteria:
        result = CriterionResult(criterion)
        if not criterion.should_flag:
            result.problems.append("it has no should_flag example, so nothing shows it can fire")
        for expected in ("should_flag", "should_pass"):
            for text in getattr(criterion, expected):
                findings = tuple(findings_for(criterion, rubric, text))
                result.examples.append(ExampleResult(expected, text, findings))
        results.append(result)
    return results
