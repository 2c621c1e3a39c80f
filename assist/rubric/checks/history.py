"""History not weighed ("start again syndrome").

Neglect is a pattern, not an event: earlier incidents only show their weight when they are
gathered and weighed. Flags facts that hold no history at all, and history in the facts that the
analysis never weighs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assist.rubric import settings as s
from assist.rubric.view import Hit
from assist.rubric.wordlists import Terms

SETTINGS = {
    "history_words": s.words(),  # in the facts: previously, in 2019, years ago, history of, ...
    "pattern_words": s.words(),  # in the analysis: pattern, history, repeated, over time, ...
    "years": s.integer(default=1, minimum=0),  # facts this much older than the newest are history
    "min_facts": s.integer(default=3, minimum=1),  # too few facts to expect history
}
PLACEHOLDERS = frozenset({"problem"})

_YEAR = re.compile(r"\b(?:19[5-9]\d|20\d\d)\b")


@dataclass(frozen=True)
class Prepared:
    history: Terms
    pattern: Terms
    years: int
    min_facts: int


def prepare(settings) -> Prepared:
    return Prepared(
        Terms(settings["history_words"]),
        Terms(settings["pattern_words"]),
        settings["years"],
        settings["min_facts"],
    )


def _years(entry):
    """Years the fact names in its text or its date."""
    text = entry.text
    # Most facts name no year; a substring test is far cheaper than a regex call.
    found = [int(year) for year in _YEAR.findall(text)] if ("19" in text or "20" in text) else []
    date = getattr(entry.owner, "date", None)
    if isinstance(date, str) and _YEAR.match(date[:4]):
        found.append(int(date[:4]))
    return found


def _is_historic(prepared, entry, newest) -> bool:
    if getattr(entry.owner, "is_historic", False):
        return True
    if newest is not None and any(year <= newest - prepared.years for year in _years(entry)):
        return True
    return prepared.history.in_text(entry.text)


def _historic(prepared, facts, newest):
    """The facts that are history, in order (lazily: often the first one settles it)."""
    return (entry.item for entry in facts if _is_historic(prepared, entry, newest))


def find(view, prepared: Prepared, sections):
    facts = list(view.all_fields(("facts",)))
    if len(facts) < prepared.min_facts:
        return
    years = [int(year) for year in _YEAR.findall("\n".join(entry.text for entry in facts))]
    dated = [
        int(entry.owner.date[:4])
        for entry in facts
        if isinstance(getattr(entry.owner, "date", None), str) and _YEAR.match(entry.owner.date[:4])
    ]
    newest = max(years + dated, default=None)
    historic = _historic(prepared, facts, newest)
    first = next(historic, None)
    if first is None:
        yield Hit(
            "facts",
            detail={
                "problem": "the facts hold no history; gather earlier events from records, "
                "other agencies and the family into the chronology"
            },
        )
        return
    weighing = list(view.all_fields(("analysis", "risk")))
    if not weighing:
        return
    if any(getattr(statement, "is_pattern", False) for statement in view.document.analysis):
        return
    if any(prepared.pattern.in_text(entry.text) for entry in weighing):
        return
    cited = set().union(*(view.cites(entry.item) for entry in weighing))
    if first in cited or any(ref in cited for ref in historic):
        return
    yield Hit(
        "analysis",
        detail={
            "problem": f"the facts hold history (such as {first}) that the analysis never "
            "weighs; say what the pattern over time means for the child"
        },
    )
