"""The rubric engine: criteria as data (rubric.yaml), check types as code (checks/), findings as
plain values. Imports no Flask, so the web app, the CLI and the Word export share it.

    from assist.rubric import load_rubric, check
    findings = check(document, load_rubric("rubric.yaml"))
"""

from assist.rubric.engine import check
from assist.rubric.finding import Finding
from assist.rubric.loader import load_rubric, parse_rubric
from assist.rubric.model import LEVELS, Criterion, Rubric, RubricError

__all__ = [
    "LEVELS",
    "Criterion",
    "Finding",
    "Rubric",
    "RubricError",
    "check",
    "load_rubric",
    "parse_rubric",
]
