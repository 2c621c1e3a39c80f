"""One finding: a plain, frozen value that the live panel, the JSON API, the CLI, the supervisor
queue and the Word appendix all render in their own way."""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass
from functools import lru_cache


@lru_cache(maxsize=32768)
def text_digest(text: str) -> str:
    """A digest of the text a finding is about, so a dismissal lasts only while it is unchanged."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Finding:
    rule: str  # the criterion's stable id, e.g. "unsupported-assertion"
    level: str  # error, warning or advice
    section: str  # people, facts, child, analysis, risk, recommendations or unsorted
    item: str | None  # the item's reference ("A2"), or None for the whole assessment
    field: str | None  # which text field of the item ("text", "action", "objective")
    start: int  # character span inside that field's text
    end: int
    excerpt: str
    message: str
    guidance: str
    location: tuple[int, int] | None = None  # (line, column) in the input file, 1-based
    digest: str = ""  # text_digest of the field's text (or of the excerpt for the whole assessment)

    @property
    def key(self) -> str:
        """Stable across re-checks while the item's text is unchanged: what a dismissal stores."""
        return f"{self.rule}:{self.item or '-'}:{self.digest}"

    @property
    def line(self) -> int | None:
        return self.location[0] if self.location else None

    @property
    def column(self) -> int | None:
        return self.location[1] if self.location else None

    def to_dict(self) -> dict:
        data = asdict(self)
        data["location"] = (
            {"line": self.location[0], "column": self.location[1]} if self.location else None
        )
        data["key"] = self.key
        return data
