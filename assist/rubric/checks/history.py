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


def _years(fact_entry):
    owner = fact_entry.owner
    found = [int(year) for year in _YEAR.findall(fact_entry.text)]
    date = getattr(owner, "date", None)
    if isinstance(date, str) and _YEAR.match(date[:4]):
        found.append(int(date[:4]))
    return found


def find(view, prepared: Prepared, sections):
    facts = list(view.all_fields(("facts",)))
    if len(facts) < prepared.min_facts:
        return
    years_by_fact = {entry.item: _years(entry) for entry in facts}
    newest = max((year for years in years_by_fact.values() for year in years), default=None)
    starters = prepared.history.candidates(view.vocabulary)
    historic = []
    for entry in facts:
        owner = entry.owner
        if getattr(owner, "is_historic", False):
            historic.append(entry.item)
        elif newest is not None and any(
            year <= newest - prepared.years for year in years_by_fact[entry.item]
        ):
            historic.append(entry.item)
        elif view.words(entry) & starters and prepared.history.search(view.tokens(entry)):
            historic.append(entry.item)
    if not historic:
        yield Hit(
            "facts",
            detail={
                "problem": "the facts hold no history; gather earlier events from records, "
                "other agencies and the family into the chronology"
            },
        )
        return
    if not (view.has_content("analysis") or view.has_content("risk")):
        return
    if any(getattr(statement, "is_pattern", False) for statement in view.document.analysis):
        return
    historic_refs = set(historic)
    for entry in view.all_fields(("analysis", "risk")):
        if view.cites(entry.item) & historic_refs:
            return
        if prepared.pattern.candidates(view.words(entry)) and prepared.pattern.search(
            view.tokens(entry)
        ):
            return
    first = historic[0]
    yield Hit(
        "analysis",
        detail={
            "problem": f"the facts hold history (such as {first}) that the analysis never "
            "weighs; say what the pattern over time means for the child"
        },
    )
