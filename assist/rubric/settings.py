"""The kinds of setting a check type can take. Each check type declares its settings with these;
the loader validates a criterion's settings against that declaration and fills in defaults."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

REQUIRED = object()

WORDS = "words"  # a list of words or phrases (see wordlists.py)
WORD_GROUPS = "word-groups"  # a list of word lists: each group is one idea said several ways
PHRASES = "phrases"  # a mapping of word or phrase -> a plain explanation
INTEGER = "integer"
CHOICES = "choices"  # a list drawn from a fixed set of values

KINDS = (WORDS, WORD_GROUPS, PHRASES, INTEGER, CHOICES)


@dataclass(frozen=True)
class Setting:
    kind: str
    default: Any = REQUIRED
    minimum: int | None = None
    choices: tuple[str, ...] = field(default_factory=tuple)

    @property
    def required(self) -> bool:
        return self.default is REQUIRED


def words(default=REQUIRED) -> Setting:
    return Setting(WORDS, default)


def word_groups(default=REQUIRED) -> Setting:
    return Setting(WORD_GROUPS, default)


def phrases(default=REQUIRED) -> Setting:
    return Setting(PHRASES, default)


def integer(default=REQUIRED, minimum=0) -> Setting:
    return Setting(INTEGER, default, minimum=minimum)


def choices(allowed, default=REQUIRED) -> Setting:
    return Setting(CHOICES, default, choices=tuple(allowed))
