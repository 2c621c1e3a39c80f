"""Description without analysis: the "so what?" left unanswered.

Facts that no analysis or risk uses, and analysis that only restates facts without saying what
they mean for the child.
"""

from __future__ import annotations

from dataclasses import dataclass

from assist.rubric import settings as s
from assist.rubric.view import Hit
from assist.rubric.wordlists import Terms

SETTINGS = {
    "meaning_markers": s.words(),  # means, suggests, because, likely, impact, for the child, ...
    # More unused facts than this are reported once, for the whole chronology, rather than one
    # by one: a long chronology has many minor entries, and a flood of findings helps no one.
    "list_up_to": s.integer(default=10, minimum=0),
}
PLACEHOLDERS = frozenset({"problem"})


@dataclass(frozen=True)
class Prepared:
    markers: Terms
    list_up_to: int


def prepare(settings) -> Prepared:
    return Prepared(Terms(settings["meaning_markers"]), settings["list_up_to"])


def find(view, prepared: Prepared, sections):
    yield from _unused_facts(view, prepared.list_up_to)
    yield from _restated(view, prepared.markers)


def _unused_facts(view, list_up_to):
    facts = list(view.all_fields(("facts",)))
    if not facts:
        return
    if not (view.has_content("analysis") or view.has_content("risk")):
        yield Hit(
            "analysis",
            detail={
                "problem": "there are facts but no analysis; say what they mean for the child "
                "and what is likely to happen if nothing changes"
            },
        )
        return
    fact_refs = {entry.item for entry in facts}
    if not fact_refs & view.cited:
        yield Hit(
            "facts",
            detail={
                "problem": "no analysis or risk cites a fact, so the reader cannot see which "
                "facts each conclusion rests on; cite them, for example [F3] for the third fact "
                "in the chronology"
            },
        )
        return
    unused = [entry for entry in facts if entry.item not in view.cited]
    if len(unused) > list_up_to and view.only_items is None:
        refs = list(dict.fromkeys(entry.item for entry in unused))
        examples = ", ".join(refs[:3])
        yield Hit(
            "facts",
            detail={
                "problem": f"{len(refs)} facts (such as {examples}) are not used by any analysis "
                "or risk; say what the important ones mean, and whether the rest are needed"
            },
        )
        return
    seen = set()
    for entry in unused:
        if entry.item in seen or not view.wanted(entry.item):
            continue
        seen.add(entry.item)
        yield Hit(
            entry.section,
            entry.item,
            entry.name,
            0,
            len(entry.text),
            entry.text,
            # (Answerable as it says: a new user wrote why not into the fact itself, which
            # no check can read as the analysis citing it.)
            {
                "problem": "no analysis or risk cites this fact; say what it means in the "
                "analysis and cite it there, or, if it is background only, say so where you "
                "cite it"
            },
        )


def _restated(view, markers):
    for entry in view.fields(("analysis",), names=("text",)):
        owner = entry.owner
        if (getattr(owner, "reasoning", "") or "").strip():
            continue
        if markers.in_text(entry.text):
            continue
        yield Hit(
            entry.section,
            entry.item,
            entry.name,
            0,
            len(entry.text),
            entry.text,
            {
                # Not "restates facts": an opinion here says no more what it means.
                "problem": "this says what is, not what it means for the child; answer "
                "'so what?' (what is it like for them, and what is likely to happen)"
            },
        )
