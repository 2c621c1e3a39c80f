"""Loading rubric.yaml strictly: every problem is reported with its file and line, and nothing
half-valid is ever returned. Unknown keys are errors, not silently ignored, because a misspelt
setting would otherwise quietly switch a check off."""

from __future__ import annotations

import re
import string

import yaml

from assist.rubric import settings as kinds
from assist.rubric.checks import TYPES
from assist.rubric.model import LEVELS, Criterion, Rubric
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
    "examples",
)
REQUIRED_KEYS = ("id", "title", "level", "message", "guidance", "sections", "type")
EXAMPLE_KEYS = ("should_flag", "should_pass")
CRITERION_ID = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")
MAX_RUBRIC_BYTES = 1024 * 1024


def load_rubric(path) -> Rubric:
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
        criteria = []
        if "criteria" not in top:
            self.problem(root, "the rubric has no 'criteria:' list")
        else:
            criteria_node = top["criteria"][1]
            if not isinstance(criteria_node, yaml.SequenceNode):
                if self.value_or_none(criteria_node) is not None:
                    self.problem(criteria_node, "'criteria' must be a list")
            else:
                seen = {}
                for node in criteria_node.value:
                    criterion = self.criterion(node, seen)
                    if criterion is not None:
                        criteria.append(criterion)
        self.document.raise_problems()
        return Rubric(self.document.name, tuple(criteria))

    # -- one criterion ---------------------------------------------------------------------------

    def text(self, node, what):
        value = self.value_or_none(node)
        if not isinstance(value, str) or not value.strip():
            self.problem(node, f"{what} must be some text")
            return None
        return value.strip()

    def criterion(self, node, seen):
        before = len(self.document.problems)
        if not isinstance(node, yaml.MappingNode):
            self.problem(node, f"each criterion must be a mapping, not {describe(node)}")
            return None
        # The id names the criterion in its own problems, so it is read before the rest.
        given_id = self.value_or_none(self.document.lookup(node, "id")[1])
        label = f"criterion '{given_id}'" if isinstance(given_id, str) else "a criterion"
        keys = self.document.mapping(node, CRITERION_KEYS, label, REQUIRED_KEYS)

        values = {}
        if "id" in keys:
            criterion_id = self.value_or_none(keys["id"][1])
            if not isinstance(criterion_id, str) or not CRITERION_ID.match(criterion_id):
                self.problem(
                    keys["id"][1], f"{label}: the id must be lower-case words joined by hyphens"
                )
            elif criterion_id in seen:
                self.problem(
                    keys["id"][1],
                    f"the id '{criterion_id}' is already used on line {seen[criterion_id]}",
                )
            else:
                seen[criterion_id] = node.start_mark.line + 1
                values["id"] = criterion_id
        for key in ("title", "message", "guidance"):
            if key in keys:
                values[key] = self.text(keys[key][1], f"{label}: '{key}'")
        if "level" in keys:
            level = self.value_or_none(keys["level"][1])
            if level not in LEVELS:
                self.problem(
                    keys["level"][1],
                    f"{label}: unknown level {level!r}; use one of {', '.join(LEVELS)}",
                )
            else:
                values["level"] = level
        if "sections" in keys:
            values["sections"] = self.sections(keys["sections"][1], label)
        check_type = None
        if "type" in keys:
            type_name = self.value_or_none(keys["type"][1])
            if type_name not in TYPES:
                self.problem(
                    keys["type"][1],
                    f"{label}: unknown check type {type_name!r}; "
                    f"use one of {', '.join(sorted(TYPES))}",
                )
            else:
                check_type = TYPES[type_name]
                values["type"] = type_name
        if check_type is not None:
            settings_node = keys.get("settings", (None, None))[1]
            values["settings"] = self.settings(settings_node, check_type, label, node)
            if values.get("message"):
                self.placeholders(keys["message"][1], values["message"], check_type, label)
        if "weight" in keys:
            weight = self.value_or_none(keys["weight"][1])
            if isinstance(weight, bool) or not isinstance(weight, int | float) or weight < 0:
                self.problem(keys["weight"][1], f"{label}: weight must be a number, 0 or more")
            else:
                values["weight"] = float(weight)
        should_flag, should_pass = (), ()
        if "examples" in keys:
            should_flag, should_pass = self.examples(keys["examples"][1], label)

        if len(self.document.problems) > before:
            return None
        try:
            prepared = check_type.prepare(values["settings"])
        except ValueError as exc:
            self.problem(keys.get("settings", (None, node))[1], f"{label}: {exc}")
            return None
        return Criterion(
            id=values["id"],
            title=values["title"],
            level=values["level"],
            message=values["message"],
            guidance=values["guidance"],
            sections=values["sections"],
            type=values["type"],
            settings=values["settings"],
            weight=values.get("weight", 1.0),
            should_flag=should_flag,
            should_pass=should_pass,
            line=node.start_mark.line + 1,
            prepared=prepared,
        )

    def sections(self, node, label):
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

    def placeholders(self, node, message, check_type, label):
        allowed = getattr(check_type, "PLACEHOLDERS", frozenset())
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

    def examples(self, node, label):
        if not isinstance(node, yaml.MappingNode):
            self.problem(node, f"{label}: 'examples' must have should_flag and should_pass lists")
            return (), ()
        keys = self.document.mapping(node, EXAMPLE_KEYS, f"{label} examples")
        lists = {}
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

    def settings(self, node, check_type, label, criterion_node):
        declared = check_type.SETTINGS
        given = {}
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

    def setting(self, node, setting, what):
        if setting.kind == kinds.WORDS:
            return self.word_list(node, what)
        if setting.kind == kinds.WORD_GROUPS:
            if not isinstance(node, yaml.SequenceNode):
                self.problem(node, f"{what} must be a list of word lists")
                return ()
            return tuple(self.word_list(group, what) for group in node.value)
        if setting.kind == kinds.PHRASES:
            if not isinstance(node, yaml.MappingNode):
                self.problem(node, f"{what} must map each word or phrase to plain words")
                return {}
            phrases = {}
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
        if setting.kind == kinds.INTEGER:
            value = self.value_or_none(node)
            if isinstance(value, bool) or not isinstance(value, int):
                self.problem(node, f"{what} must be a whole number")
                return setting.default
            if setting.minimum is not None and value < setting.minimum:
                self.problem(node, f"{what} must be {setting.minimum} or more")
            return value
        if setting.kind == kinds.CHOICES:
            if not isinstance(node, yaml.SequenceNode):
                self.problem(node, f"{what} must be a list")
                return ()
            chosen = []
            for entry in node.value:
                value = self.value_or_none(entry)
                if value not in setting.choices:
                    self.problem(
                        entry, f"{what}: {value!r} is not one of {', '.join(setting.choices)}"
                    )
                else:
                    chosen.append(value)
            return tuple(chosen)
        raise AssertionError(f"unknown setting kind {setting.kind}")  # a bug in a check type

    def word_list(self, node, what):
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
        seen = set()
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
