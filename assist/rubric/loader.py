"""Loading rubric.yaml strictly: every problem is reported with its file and line, and nothing
half-valid is ever returned. Unknown keys are errors, not silently ignored, because a misspelt
setting would otherwise quietly switch a check off."""

from __future__ import annotations

import re
import string
from os import PathLike
from types import ModuleType
from typing import Any

import yaml

from assist.rubric import settings as kinds
from assist.rubric.checks import TYPES
from assist.rubric.model import LEVELS, Criterion, Rubric
from assist.rubric.settings import Setting
from assist.rubric.view import ALL_SECTIONS
from assist.rubric.wordlists import entry_problem
from assist.strict_yaml import Document, describe, read_file

TOP_KEYS = ("version", "criteria")
CRITERION_KEYS = (
    "id",
    "title",
    "level",
    "message",
    "guidance",
    "sections",
    "type",
    "settings",
    "weight",
    "met_when",
    "examples",
)
REQUIRED_KEYS = ("id", "title", "level", "message", "guidance", "sections", "type")
EXAMPLE_KEYS = ("should_flag", "should_pass")
CRITERION_ID = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")
MAX_RUBRIC_BYTES = 1024 * 1024

# A mapping's keys -> (key node, value node), as Document.mapping gives them.
Keys = dict[str, tuple[yaml.Node, yaml.Node]]


def load_rubric(path: str | PathLike[str]) -> Rubric:
    text = read_file(path, "rubric", MAX_RUBRIC_BYTES)
    return parse_rubric(text, str(path))


def parse_rubric(text: str, name: str = "<rubric>") -> Rubric:
    document = Document(
        text,
        name,
        empty="the rubric file is empty (expected 'criteria:')",
        not_a_mapping="the rubric must be a mapping with 'criteria:'",
    )
    return _Reader(document).read()


class _Reader:
    def __init__(self, document: Document):
        self.document = document
        self.problem = document.problem
        self.value_or_none = document.scalar

    def read(self) -> Rubric:
        root = self.document.root
        top = self.document.mapping(root, TOP_KEYS, "the rubric")
        if "version" in top:
            version_node = top["version"][1]
            if self.value_or_none(version_node) != 1:
                self.problem(version_node, "version must be 1")
        criteria: list[Criterion] = []
        if "criteria" not in top:
            self.problem(root, "the rubric has no 'criteria:' list")
        else:
            criteria_node = top["criteria"][1]
            if not isinstance(criteria_node, yaml.SequenceNode):
                if self.value_or_none(criteria_node) is not None:
                    self.problem(criteria_node, "'criteria' must be a list")
            else:
                seen: dict[str, int] = {}  # id -> the line of the criterion that has it
                for node in criteria_node.value:
                    criterion = self.criterion(node, seen)
                    if criterion is not None:
                        criteria.append(criterion)
        self.document.raise_problems()
        return Rubric(self.document.name, tuple(criteria))

    # -- one criterion ---------------------------------------------------------------------------

    # Each step below reports its own problems and hands back a stand-in ('' or a default) for a
    # value it could not use, so that one criterion's every mistake is found in one pass; any
    # problem at all then drops the criterion, so a stand-in never reaches a Criterion.

    def criterion(self, node: yaml.Node, seen: dict[str, int]) -> Criterion | None:
        before = len(self.document.problems)
        if not isinstance(node, yaml.MappingNode):
            self.problem(node, f"each criterion must be a mapping, not {describe(node)}")
            return None
        # The id names the criterion in its own problems, so it is read before the rest.
        given_id = self.value_or_none(self.document.lookup(node, "id")[1])
        label = f"criterion '{given_id}'" if isinstance(given_id, str) else "a criterion"
        keys = self.document.mapping(node, CRITERION_KEYS, label, REQUIRED_KEYS)
        line = self.document.line(node)

        criterion_id = self.criterion_id(keys, label, seen, line)
        title = self.text(keys, "title", label)
        message = self.text(keys, "message", label)
        guidance = self.text(keys, "guidance", label)
        met_when = self.text(keys, "met_when", label)
        level = self.level(keys, label)
        sections = self.sections(keys["sections"][1], label) if "sections" in keys else ()
        check = self.check_type(keys, label)
        settings: dict[str, Any] = {}
        if check is not None:
            settings_node = keys.get("settings", (None, None))[1]
            settings = self.settings(settings_node, check[1], label, node)
            if message:
                self.placeholders(keys["message"][1], message, check[1], label)
        weight = self.weight(keys, label)
        should_flag, should_pass = (
            self.examples(keys["examples"][1], label) if "examples" in keys else ((), ())
        )

        if len(self.document.problems) > before or check is None:
            return None
        type_name, check_type = check
        try:
            prepared = check_type.prepare(settings)
        except ValueError as exc:
            self.problem(keys.get("settings", (None, node))[1], f"{label}: {exc}")
            return None
        return Criterion(
            id=criterion_id,
            title=title,
            level=level,
            message=message,
            guidance=guidance,
            sections=sections,
            type=type_name,
            settings=settings,
            weight=weight,
            met_when=met_when,
            should_flag=should_flag,
            should_pass=should_pass,
            line=line,
            prepared=prepared,
        )

    def criterion_id(self, keys: Keys, label: str, seen: dict[str, int], line: int) -> str:
        if "id" not in keys:
            return ""
        node = keys["id"][1]
        criterion_id = self.value_or_none(node)
        if not isinstance(criterion_id, str) or not CRITERION_ID.match(criterion_id):
            self.problem(node, f"{label}: the id must be lower-case words joined by hyphens")
            return ""
        if criterion_id in seen:
            self.problem(
                node, f"the id '{criterion_id}' is already used on line {seen[criterion_id]}"
            )
            return ""
        seen[criterion_id] = line
        return criterion_id

    def text(self, keys: Keys, key: str, label: str) -> str:
        if key not in keys:
            return ""
        node = keys[key][1]
        value = self.value_or_none(node)
        if not isinstance(value, str) or not value.strip():
            self.problem(node, f"{label}: '{key}' must be some text")
            return ""
        return value.strip()

    def level(self, keys: Keys, label: str) -> str:
        if "level" not in keys:
            return ""
        level = self.value_or_none(keys["level"][1])
        if level not in LEVELS:
            self.problem(
                keys["level"][1],
                f"{label}: unknown level {level!r}; use one of {', '.join(LEVELS)}",
            )
            return ""
        return level

    def check_type(self, keys: Keys, label: str) -> tuple[str, ModuleType] | None:
        """The check type's name and module; None when there is none to read the settings by."""
        if "type" not in keys:
            return None
        type_name = self.value_or_none(keys["type"][1])
        if type_name not in TYPES:
            self.problem(
                keys["type"][1],
                f"{label}: unknown check type {type_name!r}; use one of {', '.join(sorted(TYPES))}",
            )
            return None
        return type_name, TYPES[type_name]

    def weight(self, keys: Keys, label: str) -> float:
        if "weight" not in keys:
            return 1.0
        weight = self.value_or_none(keys["weight"][1])
        if isinstance(weight, bool) or not isinstance(weight, int | float) or weight < 0:
            self.problem(keys["weight"][1], f"{label}: weight must be a number, 0 or more")
            return 1.0
        return float(weight)

    def sections(self, node: yaml.Node, label: str) -> tuple[str, ...]:
        if not isinstance(node, yaml.SequenceNode) or not node.value:
            self.problem(node, f"{label}: 'sections' must be a list of one or more sections")
            return ()
        found = []
        for entry in node.value:
            section = self.value_or_none(entry)
            if section not in ALL_SECTIONS:
                self.problem(
                    entry,
                    f"{label}: unknown section {section!r}; use {', '.join(ALL_SECTIONS)}",
                )
            elif section in found:
                self.problem(entry, f"{label}: the section '{section}' is listed twice")
            else:
                found.append(section)
        return tuple(found)

    def placeholders(
        self, node: yaml.Node, message: str, check_type: ModuleType, label: str
    ) -> None:
        allowed: frozenset[str] = getattr(check_type, "PLACEHOLDERS", frozenset())
        try:
            names = {name for _, name, _, _ in string.Formatter().parse(message) if name}
        except ValueError:
            self.problem(node, f"{label}: the message has an unmatched {{ or }}")
            return
        for name in sorted(names - set(allowed)):
            offered = ", ".join("{" + n + "}" for n in sorted(allowed)) or "none"
            self.problem(
                node,
                f"{label}: the message uses {{{name}}}, which this check type does not "
                f"fill in (it offers: {offered})",
            )

    def examples(self, node: yaml.Node, label: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """The should_flag and should_pass texts."""
        if not isinstance(node, yaml.MappingNode):
            self.problem(node, f"{label}: 'examples' must have should_flag and should_pass lists")
            return (), ()
        keys = self.document.mapping(node, EXAMPLE_KEYS, f"{label} examples")
        lists: dict[str, tuple[str, ...]] = {}
        for key in EXAMPLE_KEYS:
            if key not in keys:
                lists[key] = ()
                continue
            list_node = keys[key][1]
            if not isinstance(list_node, yaml.SequenceNode):
                self.problem(list_node, f"{label}: '{key}' must be a list of texts")
                lists[key] = ()
                continue
            texts = []
            for entry in list_node.value:
                value = self.value_or_none(entry)
                if not isinstance(value, str) or not value.strip():
                    self.problem(entry, f"{label}: each example in '{key}' must be some text")
                else:
                    texts.append(value)
            lists[key] = tuple(texts)
        return lists["should_flag"], lists["should_pass"]

    # -- settings --------------------------------------------------------------------------------

    def settings(
        self,
        node: yaml.Node | None,
        check_type: ModuleType,
        label: str,
        criterion_node: yaml.Node,
    ) -> dict[str, Any]:
        declared: dict[str, Setting] = check_type.SETTINGS
        given: Keys = {}
        if node is not None:
            if isinstance(node, yaml.MappingNode):
                given = self.document.mapping(node, tuple(declared), f"{label} settings")
            elif self.value_or_none(node) is not None:
                self.problem(node, f"{label}: 'settings' must be a mapping")
        values = {}
        for name, setting in declared.items():
            if name not in given:
                if setting.required:
                    self.problem(node or criterion_node, f"{label}: settings need '{name}'")
                else:
                    values[name] = setting.default
                continue
            values[name] = self.setting(given[name][1], setting, f"{label}: setting '{name}'")
        return values

    def setting(self, node: yaml.Node, setting: Setting, what: str) -> Any:
        if setting.kind == kinds.WORDS:
            return self.word_list(node, what)
        if setting.kind == kinds.WORD_GROUPS:
            return self.word_groups(node, what)
        if setting.kind == kinds.PHRASES:
            return self.phrases(node, what)
        if setting.kind == kinds.INTEGER:
            return self.integer(node, setting, what)
        if setting.kind == kinds.CHOICES:
            return self.choices(node, setting, what)
        raise AssertionError(f"unknown setting kind {setting.kind}")  # a bug in a check type

    def word_groups(self, node: yaml.Node, what: str) -> tuple[tuple[str, ...], ...]:
        if not isinstance(node, yaml.SequenceNode):
            self.problem(node, f"{what} must be a list of word lists")
            return ()
        return tuple(self.word_list(group, what) for group in node.value)

    def phrases(self, node: yaml.Node, what: str) -> dict[str, str]:
        """Each word or phrase -> its plain explanation."""
        if not isinstance(node, yaml.MappingNode):
            self.problem(node, f"{what} must map each word or phrase to plain words")
            return {}
        phrases: dict[str, str] = {}
        for key_node, value_node in node.value:
            key = self.value_or_none(key_node)
            problem = entry_problem(key)
            if problem:
                self.problem(key_node, f"{what}: {problem}")
                continue
            if key.lower() in {k.lower() for k in phrases}:
                self.problem(key_node, f"{what}: {key!r} is listed twice")
                continue
            explanation = self.value_or_none(value_node)
            if not isinstance(explanation, str) or not explanation.strip():
                self.problem(value_node, f"{what}: {key!r} needs a plain explanation")
                continue
            phrases[key] = explanation.strip()
        return phrases

    def integer(self, node: yaml.Node, setting: Setting, what: str) -> Any:
        value = self.value_or_none(node)
        if isinstance(value, bool) or not isinstance(value, int):
            self.problem(node, f"{what} must be a whole number")
            return setting.default
        if setting.minimum is not None and value < setting.minimum:
            self.problem(node, f"{what} must be {setting.minimum} or more")
        return value

    def choices(self, node: yaml.Node, setting: Setting, what: str) -> tuple[str, ...]:
        if not isinstance(node, yaml.SequenceNode):
            self.problem(node, f"{what} must be a list")
            return ()
        chosen = []
        for entry in node.value:
            value = self.value_or_none(entry)
            if value not in setting.choices:
                self.problem(entry, f"{what}: {value!r} is not one of {', '.join(setting.choices)}")
            else:
                chosen.append(value)
        return tuple(chosen)

    def word_list(self, node: yaml.Node, what: str) -> tuple[str, ...]:
        if not isinstance(node, yaml.SequenceNode):
            self.problem(
                node,
                f"{what} must be a list of words (one per line, each starting with '- '), "
                f"not {describe(node)}",
            )
            return ()
        if not node.value:
            self.problem(node, f"{what} is an empty list")
            return ()
        entries = []
        seen: set[str] = set()  # folded, so that case and curly quotes do not make a new entry
        for entry_node in node.value:
            entry = self.value_or_none(entry_node)
            problem = entry_problem(entry)
            if problem:
                self.problem(entry_node, f"{what}: {problem}")
                continue
            folded = entry.lower().replace("’", "'")
            if folded in seen:
                self.problem(entry_node, f"{what}: {entry!r} is listed twice")
                continue
            seen.add(folded)
            entries.append(entry)
        return tuple(entries)
