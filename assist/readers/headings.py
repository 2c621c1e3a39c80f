"""Which section a heading names. Case does not matter, nor numbering ("2. Analysis"), emphasis,
a trailing colon, or curly apostrophes. A heading that starts with a known name ("Chronology of
significant events") counts too, when it is marked up as a heading."""

from __future__ import annotations

import re

ALIASES = {
    "people": (
        "about the child and household",
        "about the child and family",
        "about the child",
        "about the family",
        "the family",
        "family",
        "household",
        "the household",
        "family and household",
        "family composition",
        "household composition",
        "household members",
        "family members",
        "people",
        "who lives in the household",
    ),
    "facts": (
        "facts",
        "the facts",
        "facts and chronology",
        "chronology",
        "chronology of significant events",
        "significant events",
        "background",
        "background and history",
        "history",
        "family history",
        "family background",
        "the family's history",
        "social history",
        "key facts",
        "what happened",
        "information gathered",
    ),
    "child": (
        "the child's experience",
        "child's experience",
        "the child's view",
        "the child's views",
        "child's view",
        "child's views",
        "voice of the child",
        "the voice of the child",
        "child's voice",
        "the child's voice",
        "views of the child",
        "the child's views and wishes",
        "the child's lived experience",
        "child's lived experience",
        "lived experience",
        "wishes and feelings",
        "the child's wishes and feelings",
        "a day in the life",
        "day in the life",
        "what it is like to be this child",
    ),
    "analysis": (
        "analysis",
        "the analysis",
        "assessment analysis",
        "analysis and conclusions",
        "summary and analysis",
        "summary of facts and conclusions",
        "conclusions",
        "so what",
        "what this means",
        "professional analysis",
    ),
    "risk": (
        "risk",
        "risks",
        "the risk",
        "risk assessment",
        "risk analysis",
        "analysis of risk",
        "dangers",
        "dangers and strengths",
        "risk and protective factors",
        "what we are worried about",
    ),
    "recommendations": (
        "recommendations",
        "recommendation",
        "the recommendations",
        "recommendations and plan",
        "plan",
        "the plan",
        "action plan",
        "care plan",
        "child's plan",
        "the child's plan",
        "plan for the child",
        "actions",
        "next steps",
        "what needs to happen",
    ),
}

# A table of contents' own heading: neither a section nor text.
CONTENTS = ("contents", "table of contents")

_EXACT = {alias: section for section, aliases in ALIASES.items() for alias in aliases}
_BY_LENGTH = sorted(_EXACT, key=len, reverse=True)
_NUMBERING = re.compile(r"^(?:(?:section|part|step)\s+)?(?:\d+(?:\.\d+)*|[a-z]|[ivx]+)[.):-]?\s+")


def normalise(heading: str) -> str:
    text = heading.strip().lower().replace("’", "'").replace("‘", "'")
    text = re.sub(r"[*_`#]+", "", text)
    text = text.replace("&", " and ")
    text = re.sub(r"\s+", " ", text).strip()
    text = _NUMBERING.sub("", text)
    text = text.rstrip(" :.-–—?")
    return text


def section_for(heading: str, prefix: bool = True) -> str | None:
    """The section a heading names, or None. ``prefix`` also accepts "Chronology of events"."""
    text = normalise(heading)
    if text in _EXACT:
        return _EXACT[text]
    if prefix:
        for alias in _BY_LENGTH:
            if text.startswith(alias) and not text[len(alias) : len(alias) + 1].isalnum():
                return _EXACT[alias]
    return None


def plain_heading(line: str) -> str | None:
    """A line of plain text that is only a section name ("ANALYSIS", "Risk:"), or None."""
    stripped = line.strip()
    if not stripped or len(stripped) > 60:
        return None
    return section_for(stripped, prefix=False)
