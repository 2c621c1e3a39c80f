"""A missing child's-eye view.

For each child: their own words or an observation of them (for a baby or a child who does not
speak, an observation); and somewhere in the analysis or risk, what the situation means for the
child.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assist.rubric import settings as s
from assist.rubric.view import Hit
from assist.rubric.wordlists import Terms, normal

SETTINGS = {
    "child_words": s.words(),  # child, children, baby, son, daughter, ... (besides their names)
    "heard_kinds": s.choices(
        ("words", "observation", "day_in_life", "if_nothing_changes", "barriers_to_hearing"),
        default=("words",),
    ),
    "seen_kinds": s.choices(
        ("words", "observation", "day_in_life", "if_nothing_changes", "barriers_to_hearing"),
        default=("observation", "day_in_life"),
    ),
}
PLACEHOLDERS = frozenset({"problem", "child"})
_CAPITALISED = re.compile(r"\b[A-Z][a-z]+\b")


@dataclass(frozen=True)
class Prepared:
    child_words: Terms
    heard: frozenset
    seen: frozenset


def prepare(settings) -> Prepared:
    return Prepared(
        Terms(settings["child_words"]),
        frozenset(settings["heard_kinds"]),
        frozenset(settings["seen_kinds"]),
    )


def find(view, prepared: Prepared, sections):
    doc = view.document
    if not any(view.has_content(section) for section in ("facts", "child", "analysis", "risk")):
        return  # nothing written yet: other criteria say so
    yield from _unheard(view, prepared, doc)
    yield from _meaning_missing(view, prepared, doc)


def _unheard(view, prepared, doc):
    loose_child_text = any(loose.section == "child" for loose in doc.loose)
    children = doc.children or [None]
    for child in children:
        if child is not None and child.is_unborn:
            continue
        ref = child.ref if child is not None else None
        name = child.name if child is not None and child.name else "the child"
        own = [
            experience
            for experience in doc.experiences
            if experience.child_ref in (None, ref) or len(children) == 1
        ]
        heard = any(e.kind in prepared.heard for e in own) or any(
            fact.how_known == "said_by_child" for fact in doc.facts
        )
        seen = any(e.kind in prepared.seen for e in own) or loose_child_text
        if child is not None and child.is_preverbal:
            if seen:
                continue
            problem = (
                f"{name} cannot tell you in words, so record what you saw of them: how they "
                "looked, moved, played and responded to the adults caring for them"
            )
        elif heard or seen or (loose_child_text and child is None):
            continue
        else:
            problem = (
                f"nothing records {name}'s own words or what you saw of them; say what it is "
                "like to be them, in their words or from what you observed"
            )
        yield Hit("child", ref, None, 0, 0, name, {"problem": problem, "child": name})


_NOT_NAMES = frozenset(
    [
        "i",
        "the",
        "a",
        "an",
        "she",
        "he",
        "they",
        "it",
        "this",
        "that",
        "on",
        "in",
        "at",
        "when",
        "after",
        "before",
        "we",
        "mum",
        "dad",
        "mummy",
        "daddy",
        "mother",
        "father",
        "nan",
        "grandma",
        "words",
        "observation",
        "seen",
        "said",
        "today",
    ]
)


def _names_in(entries):
    names = set()
    for entry in entries:
        for match in _CAPITALISED.finditer(entry.text):
            word = normal(match.group())
            if word not in _NOT_NAMES:
                names.add(word)
    return names


def _meaning_missing(view, prepared, doc):
    fields = list(view.all_fields(("analysis", "risk")))
    if not fields:
        return
    names = {normal(word) for name in view.child_names for word in name.split()}
    if not names:
        # No child recorded by name: the names the child's own section uses stand in for it.
        names = _names_in(view.all_fields(("child",)))
    for entry in fields:
        words = view.words(entry)
        if words & names:
            return
        if prepared.child_words.in_text(entry.text):
            return
    who = doc.children[0].name if len(doc.children) == 1 and doc.children[0].name else "the child"
    yield Hit(
        "analysis",
        detail={
            "problem": f"the analysis and risk never say what this means for {who}",
            "child": who,
        },
    )
