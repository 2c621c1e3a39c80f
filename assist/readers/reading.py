"""What a reader returns: the document plus what the CLI needs to report on it."""

from __future__ import annotations

from dataclasses import dataclass, field

from assist.document import Document


@dataclass
class Reading:
    document: Document
    notes: list[str] = field(default_factory=list)  # things the user should know, in plain words
    unsorted: bool = False  # no recognisable headings: check only the criteria for any text
    # Where items without their own Location start (people, items of a JSON export).
    positions: dict[str, tuple[int, int]] = field(default_factory=dict)
    section_lines: dict[str, int] = field(default_factory=dict)  # line of each section's heading

    def position_of(self, finding) -> tuple[int, int]:
        """Line and column for a finding: its own location, its item's, its section's, or 1:1."""
        if finding.location is not None:
            return finding.location
        if finding.item is not None and finding.item in self.positions:
            return self.positions[finding.item]
        if finding.section in self.section_lines:
            return self.section_lines[finding.section], 1
        return 1, 1
