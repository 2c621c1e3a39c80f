"""The child's words quoted but never used: heard, written down, and then left out of the
thinking that decides what happens to them."""

from __future__ import annotations

from dataclasses import dataclass

from assist.rubric import settings as s
from assist.rubric.checks.child_view import adults_words
from assist.rubric.text import QUOTE
from assist.rubric.view import Hit
from assist.rubric.wordlists import Terms

SETTINGS = {
    "reporting": s.words(),  # said, told, described, in her words, wishes and feelings, ...
}
PLACEHOLDERS = frozenset({"child"})


@dataclass(frozen=True)
class Prepared:
    reporting: Terms


def prepare(settings) -> Prepared:
    return Prepared(Terms(settings["reporting"]))


def find(view, prepared: Prepared, sections):
    doc = view.document
    names = {child.ref: child.name for child in doc.children}
    single = doc.children[0].name if len(doc.children) == 1 else None
    # An adult's account filed as the child's words is not the child's words: missing-child-view
    # says so, and it is not counted here as words that went unused.
    heard = [
        e
        for e in doc.experiences
        if e.kind == "words"
        and (e.text or "").strip()
        and not adults_words(e.text, names.get(e.child_ref) or single)
    ]
    heard_facts = [f for f in doc.facts if f.how_known == "said_by_child" and (f.text or "")]
    if not heard and not heard_facts:
        return
    weighing = list(view.all_fields(("analysis", "risk")))
    if not weighing:
        return
    refs = {item.ref for item in (*heard, *heard_facts)}
    for entry in weighing:
        if view.cites(entry.item) & refs:
            return
        if QUOTE.search(entry.text):
            return
        if prepared.reporting.in_text(entry.text):
            return
    for experience in heard:
        if not view.wanted(experience.ref):
            continue
        child = names.get(experience.child_ref) or "the child"
        yield Hit(
            "child",
            experience.ref,
            "text",
            0,
            len(experience.text),
            experience.text,
            {"child": child},
        )
