"""Adults in the household never considered ("hidden men").

Each adult recorded as living in the household, and each kind of adult the facts mention (a
partner, a stepfather, a lodger), should appear somewhere in the analysis or risk: what they
bring to the child's life, for good or ill.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assist.language import TITLES
from assist.rubric import settings as s
from assist.rubric.view import Hit
from assist.rubric.wordlists import WORD, Terms, normal

SETTINGS = {
    # Each group is one kind of adult said several ways: [partner, boyfriend, new partner].
    "household_words": s.word_groups(),
    # Other names for an adult recorded by relationship, which the analysis may use instead:
    # [mother, mum, mam]. Only to know a recorded adult again; these are not looked for.
    "also_called": s.word_groups(),
}
PLACEHOLDERS = frozenset({"person", "problem"})
_TITLES = frozenset(TITLES)
_POSSESSIVE = re.compile(r"['’]s\b")  # "Mum's low mood" speaks of Mum


@dataclass(frozen=True)
class Prepared:
    groups: tuple[Terms, ...]
    names: tuple[Terms, ...]  # the groups and the other names adults are known by


def prepare(settings) -> Prepared:
    groups = tuple(Terms(group) for group in settings["household_words"])
    return Prepared(groups, groups + tuple(Terms(group) for group in settings["also_called"]))


def find(view, prepared: Prepared, sections):
    weighing = list(view.all_fields(("analysis", "risk")))
    if not weighing:
        return  # no analysis yet: other criteria ask for it first
    considered_words = frozenset().union(*(view.words(entry) for entry in weighing))
    # "Lee's drinking" mentions Lee.
    considered_names = considered_words | {
        word[:-2] for word in considered_words if word.endswith("'s")
    }
    doc = view.document

    def considered(terms: Terms) -> bool:
        if not terms.could_match(considered_names):
            return False
        return any(
            terms.in_text(entry.text) or terms.in_text(_POSSESSIVE.sub("", entry.text))
            for entry in weighing
        )

    for adult in doc.adults:
        if not adult.lives_in_household or not view.wanted(adult.ref):
            continue
        names = [
            word
            for word in WORD.findall(normal(adult.name or ""))
            if word not in _TITLES and len(word) > 1
        ]
        if set(names) & considered_names:
            continue
        relationship = (adult.relationship_to_child or "").strip()
        if relationship and considered(Terms([_plain(relationship)])):
            continue
        # "Mother's partner" is considered when the analysis speaks of "Mum's partner", and
        # the mother when it speaks of "Mum".
        if any(terms.in_text(relationship) and considered(terms) for terms in prepared.names):
            continue
        person = adult.name or relationship or adult.ref
        yield Hit(
            "people",
            adult.ref,
            None,
            0,
            0,
            person,
            {
                "person": person,
                "problem": f"{person} lives in the household but the analysis and risk never "
                "mention them",
            },
        )

    mentioned_by_name = {normal(adult.relationship_to_child or "") for adult in doc.adults}
    mentioning = list(view.all_fields(("people", "facts", "child")))
    mentioned_words = frozenset().union(*(view.words(entry) for entry in mentioning))
    for terms in prepared.groups:
        if not terms.could_match(mentioned_words) or considered(terms):
            continue
        first = _first_mention(view, terms)
        if first is None:
            continue
        entry, begin, end = first
        term = entry.text[begin:end]
        if _named_beside(entry.text, begin, end) & considered_names:
            continue  # "her partner Dean Forbes", and the analysis speaks of Dean
        # A recorded adult is judged by name above, however the facts speak of them: "Dad" in a
        # child's words is the adult recorded as "father", the group's plain word. Not one
        # recorded as "step father" or "ex-partner": a new boyfriend is someone else.
        plain_word = _plain(normal(terms.entries[0]))
        if any(
            term.lower() in relationship or _plain(relationship) == plain_word
            for relationship in mentioned_by_name
            if relationship
        ):
            continue
        yield Hit(
            entry.section,
            entry.item,
            entry.name,
            begin,
            end,
            entry.text,
            {
                "person": term,
                # The word as written, quoted: "Daddy" in a child's words reads badly as "the
                # Daddy".
                "problem": f"'{term}' is mentioned, but the analysis and risk never say who "
                "this is or what they bring to the child's life",
            },
        )


_NAMED_AFTER = re.compile(r"\s*,?\s*((?:[A-Z][a-z'-]+\s?){1,3})")
_NAMED_BEFORE = re.compile(
    # (With an age between: "Craig Marsh, 33, father of Alfie".)
    r"((?:[A-Z][a-z'-]+\s?){1,3}),\s*(?:\d{1,3},\s*)?"
    r"(?:[A-Za-z]+'s\s+|her\s+|his\s+|their\s+|the\s+)?$"
)


def _named_beside(text, begin, end) -> set[str]:
    """The name written right beside a kind of adult, in apposition: "her partner Dean
    Forbes", "Dean Forbes, Mum's partner" (lower case, as the analysis's words are)."""
    names: list[str] = []
    after = _NAMED_AFTER.match(text, end)
    if after is not None:
        names += after.group(1).split()
    before = _NAMED_BEFORE.search(text[max(0, begin - 40) : begin])
    if before is not None:
        names += before.group(1).split()
    return {name.lower() for name in names}


def _plain(text):
    return " ".join(WORD.findall(text))


def _first_mention(view, terms):
    for entry in view.all_fields(("people", "facts", "child")):
        if not terms.might_be_in(entry.text):
            continue
        tokens = view.tokens(entry)
        found = terms.search(tokens)
        if found is not None:
            index, length = found
            if not view.wanted(entry.item):
                return None
            return entry, tokens[index][0], tokens[index + length - 1][1]
    return None
