"""One spelling or grammar issue: a plain, frozen value the findings panel, the JSON API and the
tests read. Offsets are characters inside one field of one item, like the rubric's findings."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

CATEGORIES = ("spelling", "grammar", "style")


@dataclass(frozen=True)
class Issue:
    offset: int
    length: int
    message: str
    category: str  # spelling, grammar or style
    suggestions: tuple[str, ...] = ()
    rule: str = ""  # the checker's rule id, e.g. "MORFOLOGIK_RULE_EN_GB" or "hunspell"
    item: str | None = None  # the item's reference ("F3"), set when a document is checked
    field: str | None = None  # which text field of the item
    flagged: str = ""  # the text at offset..offset+length when it was checked
    section: str = ""

    @property
    def end(self) -> int:
        return self.offset + self.length

    def placed(self, item, field_name, section, text) -> Issue:
        return replace(
            self,
            item=item,
            field=field_name,
            section=section,
            flagged=text[self.offset : self.end],
        )

    def to_dict(self) -> dict:
        return {
            "item": self.item,
            "field": self.field,
            "section": self.section,
            "offset": self.offset,
            "length": self.length,
            "flagged": self.flagged,
            "message": self.message,
            "category": self.category,
            "rule": self.rule,
            "suggestions": list(self.suggestions),
        }


@dataclass
class Report:
    """What a check found, and whether grammar was checked (LanguageTool) or only spelling."""

    issues: list[Issue] = field(default_factory=list)
    grammar_checked: bool = False
    # Why grammar checking is off, in words a worker understands; empty when it is on.
    grammar_off_reason: str = ""
