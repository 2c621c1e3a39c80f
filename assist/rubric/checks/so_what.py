"""Description without analysis: the "so what?" left unanswered.

Facts that no analysis or risk uses, and analysis that only restates facts without saying what
they mean for the child.
"""

from __future__ import annotations

from assist.rubric import settings as s
from assist.rubric.view import Hit
from assist.rubric.wordlists import Terms

SETTINGS = {
    "meaning_markers": s.words(),  # means, suggests, because, likely, impact, for the child, ...
}
PLACEHOLDERS = frozenset({"problem"})


def prepare(settings) -> Terms:
    return Terms(settings["meaning_markers"])


def find(view, markers: Terms, sections):
    yield from _unused_facts(view)
    yield from _restated(view, markers)


def _unused_facts(view):
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
                "facts each conclusion rests on; cite them, for example [F3]"
            },
        )
        return
    seen = set()
    for entry in facts:
        if entry.item in seen or entry.item in view.cited or not view.wanted(entry.item):
            continue
        seen.add(entry.item)
        yield Hit(
            entry.section,
            entry.item,
            entry.name,
            0,
            len(entry.text),
            entry.text,
            {"problem": "no analysis or risk uses this fact; say what it means, or why not"},
        )


def _restated(view, markers):
    for entry in view.fields(("analysis",), names=("text",)):
        owner = entry.owner
        if (getattr(owner, "reasoning", "") or "").strip():
            continue
        if markers.search(view.tokens(entry)) is not None:
            continue
        yield Hit(
            entry.section,
            entry.item,
            entry.name,
            0,
            len(entry.text),
            entry.text,
            {
                "problem": "this restates facts without saying what they mean for the child; "
                "answer 'so what?'"
            },
        )
