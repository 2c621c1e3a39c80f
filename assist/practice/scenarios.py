"""Scenario files: a fictional family, its facts, the task, the traps it sets and a model answer.

Loading is strict, like the rubric's: an unknown key, a missing part, a citation of a fact that
is not there or a trap naming a criterion the rubric does not have is an error naming the file
and line, and nothing half-valid is returned. Plain Python: the CLI, the tests and the web app
share it.

Items are numbered in the order they are listed, as the journey numbers them: children C1, C2,
adults P1, facts F1, F2, ...; in an answer, experiences E1, analysis A1, dangers D1, hazards H1,
strengths S1, information gaps G1, methods M1 and recommendations R1.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from os import PathLike
from pathlib import Path
from typing import Any

import yaml

from assist import strict_yaml
from assist.document import Document
from assist.strict_yaml import StrictYamlError as ScenarioError

# From the vocabulary, not assist.models, which would bring Flask-SQLAlchemy with it.
from assist.vocabulary import DatePrecision, ExperienceKind, HowKnown, Probability

MAX_BYTES = 256 * 1024
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


@dataclass
class ScenarioFile:
    slug: str
    title: str
    summary: str
    max_attempts: int
    content: dict  # what the database keeps: family, people, facts, task, traps, answers, notes
    digest: str
    path: str = ""
    weak_answer: dict | None = None

    def document(self, answer: dict | None = None) -> Document:
        """The scenario's people and facts with an answer (the model answer by default)."""
        return answer_document(
            self.content, self.content["model_answer"] if answer is None else answer
        )


def answer_document(content: dict, answer: dict) -> Document:
    return Document.from_dict(
        {
            "title": content.get("title", ""),
            "children": content.get("children", []),
            "adults": content.get("adults", []),
            "facts": content.get("facts", []),
            **answer,
        }
    )


# -- the shape of a file, as data: key -> (kind, required) ---------------------------------------

TEXT, DATE, BOOL, INT, REFS, LIST, MAP = "text", "date", "bool", "int", "refs", "list", "map"

TOP = {
    "slug": (TEXT, True),
    "title": (TEXT, True),
    "summary": (TEXT, True),
    "max_attempts": (INT, False),
    "family": (TEXT, True),
    "children": (LIST, True),
    "adults": (LIST, True),
    "facts": (LIST, True),
    "task": (TEXT, True),
    "traps": (LIST, True),
    "model_answer": (MAP, True),
    "weak_answer": (MAP, False),
    "tutor_notes": (TEXT, True),
}
CHILD = {
    "name": (TEXT, True),
    "date_of_birth": (DATE, False),
    "is_unborn": (BOOL, False),
    "is_preverbal": (BOOL, False),
    "ethnicity": (TEXT, False),
    "first_language": (TEXT, False),
    "disability": (TEXT, False),
    "communication_needs": (TEXT, False),
}
ADULT = {
    "name": (TEXT, True),
    "relationship_to_child": (TEXT, True),
    "lives_in_household": (BOOL, False),
    "notes": (TEXT, False),
}
FACT = {
    "date": (DATE, True),
    "date_precision": (TEXT, False),
    "text": (TEXT, True),
    "source": (TEXT, True),
    "how_known": (TEXT, True),
    "corroborated": (BOOL, False),
    "category": (TEXT, False),
    "is_historic": (BOOL, False),
}
TRAP = {"criteria": (LIST, True), "what": (TEXT, True)}
ANSWER = {
    "experiences": (LIST, False),
    "analysis": (LIST, False),
    "dangers": (LIST, False),
    "recommendations": (LIST, False),
}
EXPERIENCE = {
    "child": (TEXT, True),
    "kind": (TEXT, True),
    "text": (TEXT, True),
    "heard_on": (DATE, False),
    "how_heard": (TEXT, False),
    "what_was_done": (TEXT, False),
}
ANALYSIS = {
    "text": (TEXT, True),
    "cites": (REFS, False),
    "contradicted_by": (REFS, False),
    "alternative_explanation": (TEXT, False),
    "reasoning": (TEXT, False),
    "is_pattern": (BOOL, False),
}
FACTOR = {"text": (TEXT, True), "cites": (REFS, False), "how_to_fill": (TEXT, False)}
DANGER = {
    "child": (TEXT, True),
    "text": (TEXT, True),
    "probability": (TEXT, False),
    "probability_reasoning": (TEXT, False),
    "hazards": (LIST, False),
    "strengths": (LIST, False),
    "information_gaps": (LIST, False),
    "methods": (LIST, False),
}
FACTOR_KINDS = {
    "hazards": ("hazard", "H"),
    "strengths": ("strength", "S"),
    "information_gaps": ("information_gap", "G"),
    "methods": ("method", "M"),
}
RECOMMENDATION = {
    "action": (TEXT, True),
    "objective": (TEXT, False),
    "reason": (TEXT, False),
    "who": (TEXT, False),
    "by_when": (DATE, False),
    "how_we_will_know": (TEXT, False),
    "answers": (REFS, False),
    "fills": (REFS, False),
}
CHOICES = {
    "how_known": [k.value for k in HowKnown],
    "date_precision": [p.value for p in DatePrecision],
    "kind": [k.value for k in ExperienceKind],
    "probability": [p.value for p in Probability],
}


# -- loading -------------------------------------------------------------------------------------


def load_scenario(
    path: str | PathLike[str], criterion_ids: Iterable[str] | None = None
) -> ScenarioFile:
    text = strict_yaml.read_file(path, "scenario", MAX_BYTES)
    scenario = parse_scenario(text, str(path), criterion_ids)
    scenario.path = str(path)
    return scenario


def load_folder(
    folder: str | PathLike[str], criterion_ids: Iterable[str] | None = None
) -> list[ScenarioFile]:
    """Every ``*.yaml`` scenario in a folder; all problems in all files are reported together."""
    scenarios: list[ScenarioFile] = []
    problems: list[str] = []
    for path in sorted(Path(folder).glob("*.yaml")):
        try:
            scenarios.append(load_scenario(path, criterion_ids))
        except ScenarioError as error:
            problems.extend(error.problems)
    slugs: dict[str, str] = {}  # slug -> the file that has it
    for scenario in scenarios:
        if scenario.slug in slugs:
            problems.append(
                f"{scenario.path}:1: slug '{scenario.slug}' is also used by {slugs[scenario.slug]}"
            )
        slugs[scenario.slug] = scenario.path
    if problems:
        raise ScenarioError(problems)
    return scenarios


def parse_scenario(
    text: str, name: str = "<scenario>", criterion_ids: Iterable[str] | None = None
) -> ScenarioFile:
    document = strict_yaml.Document(
        text,
        name,
        empty="the scenario file is empty",
        not_a_mapping="a scenario must be a mapping of keys such as 'title:'",
    )
    scenario = _Reader(document, criterion_ids).read(document.root)
    document.raise_problems()
    scenario.digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return scenario


class _Reader:
    def __init__(self, document: strict_yaml.Document, criterion_ids: Iterable[str] | None):
        self.document = document
        self.problem = document.problem
        self.criterion_ids = set(criterion_ids) if criterion_ids is not None else None

    def fields(self, node, spec, what):
        """The mapping's values, converted; unknown, missing and mistyped keys are problems.
        Lists and mappings are kept as nodes, for the caller to read with their own spec."""
        required = [key for key, (_, needed) in spec.items() if needed]
        found = self.document.mapping(
            node, spec, what, required, missing="{what} is missing '{key}'", empty_is_missing=True
        )
        values = {}
        for key in spec:
            if key in found:
                key_node, value_node = found[key]
                value = self.convert(value_node, spec[key][0], key, what, key_node)
                if value is not None:
                    values[key] = value
        return values

    def convert(self, node: yaml.Node, kind: str, key: str, what: str, where: yaml.Node) -> Any:
        """The value as the content keeps it; None once its problem is noted."""
        if kind == LIST:
            return self.nested(node, yaml.SequenceNode, where, f"{what}: '{key}' must be a list")
        if kind == MAP:
            return self.nested(node, yaml.MappingNode, where, f"{what}: '{key}' must be a mapping")
        if kind == REFS:
            return self.refs(node, key, what, where)
        value = self.document.scalar(node)
        if kind == TEXT:
            return self.text(value, key, what, where)
        if kind == DATE:
            return self.date(value, key, what, where)
        if kind == BOOL:
            if isinstance(value, bool):
                return value
            self.problem(where, f"{what}: '{key}' must be true or false")
            return None
        if kind == INT:
            if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 20:
                return value
            self.problem(where, f"{what}: '{key}' must be a whole number from 1 to 20")
            return None
        raise AssertionError(f"unknown kind {kind}")  # a bug in a spec above

    def nested(
        self, node: yaml.Node, shape: type[yaml.Node], where: yaml.Node, problem: str
    ) -> yaml.Node | None:
        """A list or mapping, kept as its node for the caller to read with its own spec."""
        if isinstance(node, shape):
            return node
        self.problem(where, problem)
        return None

    def text(self, value: Any, key: str, what: str, where: yaml.Node) -> str | None:
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            self.problem(where, f"{what}: '{key}' must be text")
            return None
        # A 'text' is prose whose line breaks are the author's; the other values are single
        # lines however the YAML happened to wrap them.
        text = str(value).strip() if key == "text" else " ".join(str(value).split())
        if key in CHOICES and text not in CHOICES[key]:
            self.problem(
                where, f"{what}: '{key}' must be one of {', '.join(CHOICES[key])}, not '{text}'"
            )
            return None
        return text

    def date(self, value: Any, key: str, what: str, where: yaml.Node) -> str | None:
        if isinstance(value, dt.date):
            return value.isoformat()
        if isinstance(value, str):
            try:
                return dt.date.fromisoformat(value).isoformat()
            except ValueError:
                pass
        self.problem(where, f"{what}: '{key}' must be a date like 2026-03-14")
        return None

    def refs(self, node: yaml.Node, key: str, what: str, where: yaml.Node) -> list[str] | None:
        """References such as [F1, F3]; a single one may be written without the brackets."""
        if isinstance(node, yaml.SequenceNode):
            value = [self.document.scalar(entry) for entry in node.value]
        else:
            value = self.document.scalar(node)
        if isinstance(value, str):
            value = [value]
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            return [v.strip() for v in value]
        self.problem(where, f"{what}: '{key}' must be a list of references like [F1, F3]")
        return None

    def items(self, values, key, spec, prefix, noun, required=False):
        found = []
        entries = values.get(key)
        if required and not _entries(entries):
            self.problem(entries, f"the scenario needs at least one {noun}")
        for number, entry in enumerate(_entries(entries), start=1):
            ref = f"{prefix}{number}"
            if not isinstance(entry, yaml.MappingNode):
                self.problem(entries, f"{noun} {ref} must be a mapping")
                continue
            item = self.fields(entry, spec, f"{noun} {ref}")
            item["ref"] = ref
            item["_line"] = self.document.line(entry)
            found.append(item)
        return found

    def read(self, root) -> ScenarioFile:
        top = self.fields(root, TOP, "the scenario")
        slug = top.get("slug", "")
        if slug and not SLUG.match(slug):
            self.problem(
                self.document.lookup(root, "slug")[0],
                "the slug must be lower-case words joined by hyphens, like 'baby-amir'",
            )
        children = self.items(top, "children", CHILD, "C", "child", required=True)
        adults = self.items(top, "adults", ADULT, "P", "adult", required=True)
        facts = self.items(top, "facts", FACT, "F", "fact", required=True)
        for fact in facts:
            fact.setdefault("date_precision", "exact")
            fact.setdefault("is_historic", False)
        people_refs = {c["ref"] for c in children}
        fact_refs = {f["ref"] for f in facts}
        traps = []
        for number, entry in enumerate(_entries(top.get("traps")), start=1):
            if not isinstance(entry, yaml.MappingNode):
                self.problem(
                    top["traps"], f"trap {number} must be a mapping with 'criteria' and 'what'"
                )
                continue
            trap = self.fields(entry, TRAP, f"trap {number}")
            criteria = [self.document.scalar(node) for node in _entries(trap.get("criteria"))]
            for criterion in criteria:
                if self.criterion_ids is not None and criterion not in self.criterion_ids:
                    self.problem(
                        entry,
                        f"trap {number} names '{criterion}', which is not a rubric criterion",
                    )
            traps.append({"criteria": [str(c) for c in criteria], "what": trap.get("what", "")})
        if "traps" in top and not traps:
            self.problem(
                self.document.lookup(root, "traps")[0], "the scenario needs at least one trap"
            )
        model = self.answer(top.get("model_answer"), "model answer", people_refs, fact_refs)
        weak = self.answer(top.get("weak_answer"), "weak answer", people_refs, fact_refs)
        if model is not None and not (
            model["analysis"] and model["dangers"] and model["recommendations"]
        ):
            self.problem(
                self.document.lookup(root, "model_answer")[0],
                "the model answer needs analysis, dangers and recommendations",
            )
        strip = lambda items: [{k: v for k, v in item.items() if k != "_line"} for item in items]  # noqa: E731
        content = {
            "title": top.get("title", ""),
            "family": top.get("family", ""),
            "task": top.get("task", ""),
            "children": strip(children),
            "adults": strip(adults),
            "facts": [{k: v for k, v in f.items() if k != "_line"} for f in facts],
            "traps": traps,
            "model_answer": model or {},
            "tutor_notes": top.get("tutor_notes", ""),
        }
        return ScenarioFile(
            slug=slug,
            title=top.get("title", ""),
            summary=top.get("summary", ""),
            max_attempts=top.get("max_attempts", 3),
            content=content,
            digest="",
            weak_answer=weak,
        )

    def answer(
        self,
        mapping: yaml.MappingNode | None,
        what: str,
        child_refs: set[str],
        fact_refs: set[str],
    ) -> dict[str, list[dict]] | None:
        if mapping is None:
            return None
        values = self.fields(mapping, ANSWER, f"the {what}")
        answer = {
            "experiences": self.items(values, "experiences", EXPERIENCE, "E", f"{what} experience"),
            "analysis": self.items(values, "analysis", ANALYSIS, "A", f"{what} analysis"),
            "dangers": self.items(values, "dangers", DANGER, "D", f"{what} danger"),
            "recommendations": self.items(
                values, "recommendations", RECOMMENDATION, "R", f"{what} recommendation"
            ),
        }
        factor_refs = self.factors(answer["dangers"], what)
        self.check_citations(answer, what, child_refs, fact_refs, factor_refs)
        for item in answer["experiences"] + answer["dangers"]:
            item["child_ref"] = item.pop("child", None)
        # Lines were only for the problems above; the content keeps no trace of the file.
        for collection in answer.values():
            for item in collection:
                item.pop("_line", None)
                for factor in item.get("factors", []):
                    factor.pop("_line", None)
        return answer

    def factors(self, dangers: list[dict], what: str) -> set[str]:
        """Moves each danger's hazards, strengths, gaps and methods into its ``factors``, numbered
        across the whole answer (H1, H2, ... S1, ...), and gives back every number used."""
        counters = dict.fromkeys("HSGM", 0)
        factor_refs = set()
        for danger in dangers:
            factors = []
            for key, (kind, prefix) in FACTOR_KINDS.items():
                for entry in _entries(danger.pop(key, None)):
                    counters[prefix] += 1
                    ref = f"{prefix}{counters[prefix]}"
                    if not isinstance(entry, yaml.MappingNode):
                        self.problem(danger["_line"], f"{what} {ref} must be a mapping with 'text'")
                        continue
                    factor = self.fields(entry, FACTOR, f"{what} {ref}")
                    factor.update(ref=ref, kind=kind, _line=self.document.line(entry))
                    factors.append(factor)
                    factor_refs.add(ref)
            danger["factors"] = factors
        return factor_refs

    def check_citations(
        self,
        answer: dict[str, list[dict]],
        what: str,
        child_refs: set[str],
        fact_refs: set[str],
        factor_refs: set[str],
    ) -> None:
        """Every reference in the answer names something this scenario has, of the right kind."""
        experience_refs = {e["ref"] for e in answer["experiences"]}
        analysis_refs = {a["ref"] for a in answer["analysis"]}
        danger_refs = {d["ref"] for d in answer["dangers"]}
        gap_refs = {r for r in factor_refs if r.startswith("G")}

        def check(item: dict, key: str, allowed: Collection[str], kinds: str) -> None:
            for ref in item.get(key, []):
                if ref not in allowed:
                    self.problem(
                        item["_line"],
                        f"{what} {item['ref']}: '{key}' names {ref}, which is not one of"
                        f" the {kinds} in this scenario",
                    )

        for experience in answer["experiences"]:
            check({**experience, "c": [experience.get("child", "")]}, "c", child_refs, "children")
        for statement in answer["analysis"]:
            check(statement, "cites", fact_refs | experience_refs, "facts or experiences")
            check(statement, "contradicted_by", fact_refs, "facts")
        for danger in answer["dangers"]:
            check({**danger, "c": [danger.get("child", "")]}, "c", child_refs, "children")
            for factor in danger["factors"]:
                check(
                    factor,
                    "cites",
                    fact_refs | analysis_refs | experience_refs,
                    "facts, experiences or analysis",
                )
        for recommendation in answer["recommendations"]:
            check(recommendation, "answers", danger_refs | analysis_refs, "dangers or analysis")
            check(recommendation, "fills", gap_refs, "information gaps")


def _entries(node):
    """The entries of a list that ``fields`` checked, or none when the key was left out."""
    return node.value if node is not None else []
