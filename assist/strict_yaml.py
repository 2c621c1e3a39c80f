"""Strict YAML for the files people write by hand (rubric.yaml, the practice scenarios).

A misspelt key would otherwise quietly switch something off, so unknown keys are errors, not
ignored. Every problem names the file and line, and problems are collected rather than raised
one at a time, so that an author can fix a whole file in one go. Plain Python: no Flask.

Each loader declares its own keys against ``Document.mapping`` and checks its own values, so the
messages about what a value means stay with the file that gives it meaning.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from os import PathLike
from pathlib import Path
from typing import Any

import yaml

_KB = 1024
_MB = 1024 * _KB


class StrictYamlError(Exception):
    """A file that cannot be used; each problem names the file and line."""

    def __init__(self, problems: str | Iterable[str]):
        self.problems = [problems] if isinstance(problems, str) else list(problems)
        super().__init__("\n".join(self.problems))


# libyaml's parser when it is there: several times faster than the pure-Python one.
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_file(path: str | PathLike[str], noun: str, max_bytes: int) -> str:
    """The text of a file, or an error a person can act on (``noun`` is "rubric", say)."""
    path = Path(path)
    try:
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except FileNotFoundError:
        raise StrictYamlError(f"{path}: there is no {noun} file here") from None
    except IsADirectoryError:
        raise StrictYamlError(f"{path}: this is a folder, not a {noun} file") from None
    except OSError as exc:
        raise StrictYamlError(f"{path}: cannot read the {noun} file ({exc.strerror})") from None
    if len(data) > max_bytes:
        raise StrictYamlError(f"{path}: the {noun} file is larger than {_size(max_bytes)}")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise StrictYamlError(f"{path}:{line}: the {noun} file is not valid UTF-8") from None


def _size(count: int) -> str:
    return f"{count // _MB} MB" if count % _MB == 0 else f"{count // _KB} KB"


def describe(node: yaml.Node) -> str:
    """What a node is, in the words an author would use."""
    if isinstance(node, yaml.MappingNode):
        return "a mapping"
    if isinstance(node, yaml.SequenceNode):
        return "a list"
    return "a single value"


class Document:
    """One YAML file kept as nodes, so that every value can be traced to its line.

    A file that is not YAML, is empty or is not a mapping stops at once; everything else is
    collected in ``problems`` by the loader reading it, which then calls ``raise_problems``.
    """

    def __init__(self, text: str, name: str, *, empty: str, not_a_mapping: str):
        self.name = name
        self.problems: list[str] = []
        self._loader = _Loader(text)
        try:
            root = self._loader.get_single_node()
            if root is not None:
                # Building the values once finds what only construction can: unknown tags,
                # unhashable keys, broken merges. It also flattens merge keys (<<) in place.
                self._loader.construct_document(root)
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            line = mark.line + 1 if mark else 1
            raise StrictYamlError(
                f"{name}:{line}: this is not valid YAML ({exc.problem or exc.context})"
            ) from None
        except yaml.YAMLError as exc:
            raise StrictYamlError(f"{name}: this is not valid YAML ({exc})") from None
        finally:
            self._loader.dispose()
        if root is None or (isinstance(root, yaml.ScalarNode) and self.scalar(root) is None):
            raise StrictYamlError(f"{name}:1: {empty}")
        if not isinstance(root, yaml.MappingNode):
            raise StrictYamlError(f"{name}:1: {not_a_mapping}")
        self.root: yaml.MappingNode = root

    # -- reporting --------------------------------------------------------------------------------

    @staticmethod
    def line(node: yaml.Node | None) -> int:
        return node.start_mark.line + 1 if node is not None else 1

    def problem(self, where: yaml.Node | int | None, message: str) -> None:
        """Note a problem at a node, or at a line already worked out (line 1 when neither)."""
        line = where if isinstance(where, int) else self.line(where)
        self.problems.append(f"{self.name}:{line}: {message}")

    def raise_problems(self) -> None:
        if self.problems:
            raise StrictYamlError(self.problems)

    # -- reading ----------------------------------------------------------------------------------

    def scalar(self, node: yaml.Node | None) -> Any:
        """The value of a single-value node; None for a list, a mapping or no node at all."""
        if not isinstance(node, yaml.ScalarNode):
            return None
        return self._loader.construct_object(node, deep=True)

    def lookup(self, node: yaml.MappingNode, key: str) -> tuple[yaml.Node | None, yaml.Node | None]:
        """The key and value nodes for ``key`` (None and None when it is not there), for reading
        one key before, or apart from, checking the whole mapping."""
        for key_node, value_node in node.value:
            if self.scalar(key_node) == key:
                return key_node, value_node
        return None, None

    def mapping(
        self,
        node: yaml.MappingNode,
        allowed: Collection[str],
        what: str,
        required: Iterable[str] = (),
        *,
        missing: str = "{what} has no '{key}'",
        empty_is_missing: bool = False,
    ) -> dict[str, tuple[yaml.Node, yaml.Node]]:
        """The mapping's keys -> (key node, value node). Keys that are not names, repeated or
        not ``allowed`` are problems, and so is each ``required`` key that is not there.

        ``missing`` lets each kind of file keep the words its authors already see for an absent
        key. With ``empty_is_missing`` a key left empty (``title:`` or ``title: ''``) counts as
        absent, for files where an empty value can only be an unfinished one.
        """
        found: dict[str, tuple[yaml.Node, yaml.Node]] = {}
        for key_node, value_node in node.value:
            key = self.scalar(key_node)
            if not isinstance(key, str):
                self.problem(key_node, f"{what} has a key that is not a name")
                continue
            if key in found:
                self.problem(key_node, f"{what} has '{key}' twice")
                continue
            if key not in allowed:
                import difflib  # only for a key that is wrong: a linter starts on what it uses

                hint = difflib.get_close_matches(key, allowed, n=1)
                suggestion = f" (did you mean '{hint[0]}'?)" if hint else ""
                self.problem(
                    key_node,
                    f"{what} has an unknown key '{key}'{suggestion}; allowed: {', '.join(allowed)}",
                )
                continue
            found[key] = (key_node, value_node)
        if empty_is_missing:
            found = {key: nodes for key, nodes in found.items() if not self._is_empty(nodes[1])}
        for key in required:
            if key not in found:
                self.problem(node, missing.format(what=what, key=key))
        return found

    def _is_empty(self, node: yaml.Node) -> bool:
        return isinstance(node, yaml.ScalarNode) and self.scalar(node) in (None, "")
