"""Jumps from facts to action without the working shown.

Three signs: recommendations with no analysis or no risk reasoning; a recommendation that
answers no danger, conclusion or wish of the child's and gives no reason of its own; and actions
written into the facts, where they skip the thinking in between.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from assist.language import lexicon, tag
from assist.rubric import settings as s
from assist.rubric.text import QUOTE, sentences
from assist.rubric.view import Hit
from assist.rubric.wordlists import Terms

SETTINGS = {
    "reason_markers": s.words(),  # because, given, due to, to address, ...
    "action_words": s.words(),  # should, needs to, will be referred, recommend, ...
    "reporting": s.words(),  # said, told, advised: someone else's view of what should happen
    # Kinds of item a recommendation can answer: D danger, A analysis, H hazard, S strength,
    # G information gap, E the child's experience.
    "answers": s.choices("DAHSGEM", default=tuple("DAHSG")),
}
PLACEHOLDERS = frozenset({"problem"})


@dataclass(frozen=True)
class Prepared:
    reasons: Terms
    actions: Terms
    reporting: Terms
    answer_letters: frozenset


def prepare(settings) -> Prepared:
    return Prepared(
        Terms(settings["reason_markers"]),
        Terms(settings["action_words"]),
        Terms(settings["reporting"]),
        frozenset(settings["answers"]),
    )


def find(view, prepared: Prepared, sections):
    recommendations = list(view.all_fields(("recommendations",)))
    if recommendations:
        # "No risk reasoning", not "the risk section is empty": a file may have no such
        # heading at all.
        for section, what in (
            ("analysis", "analysis"),
            ("risk", 'risk reasoning (under a heading such as "Risk")'),
        ):
            if not view.has_content(section):
                yield Hit(
                    "recommendations",
                    detail={
                        "problem": f"there are recommendations but no {what}; say what the "
                        "facts mean and what could happen before what should be done"
                    },
                )
    yield from _unanswered(view, prepared)
    yield from _actions_in_facts(view, prepared)


def _unanswered(view, prepared):
    reasoning = None
    for entry in view.fields(("recommendations",), names=("action", "text")):
        if entry.kind not in ("recommendation", "loose"):
            continue
        if any(ref[:1] in prepared.answer_letters for ref in view.cites(entry.item)):
            continue
        owner = entry.owner
        if (getattr(owner, "reason", "") or "").strip():
            continue
        if prepared.reasons.in_text(entry.text):
            continue
        if reasoning is None:
            reasoning = _reasoning_sentences(view)
        if shares_subject(entry.text, reasoning):
            continue  # "Dean to leave the home" answers "It is less likely if Dean leaves the home"
        yield Hit(
            entry.section,
            entry.item,
            entry.name,
            0,
            len(entry.text),
            entry.text,
            {
                "problem": "this recommendation answers no danger, conclusion or wish of the "
                "child's; link it to the one it answers (cite that item's reference, such as D1 "
                "or A2, or use its words), or say why it is needed ('because ...')"
            },
        )


# Verbs that say nothing of what is done: sharing one is no shared subject.
_EMPTY_VERBS = frozenset({"be", "have", "do", "get", "make", "will", "can", "may", "need"})


def content(text) -> tuple[frozenset[str], frozenset[str]]:
    """(every content word's lemma, those that are not names): nouns and verbs of substance."""
    words = lexicon()
    every, common = set(), set()
    for token in tag(text).tokens:
        if token.tag in ("NN", "NNS"):
            lemma = (words.lemmas(token.word, "n") or (token.word,))[0]
        elif token.tag.startswith("VB"):
            lemma = (words.lemmas(token.word, "v") or (token.word,))[0]
            if lemma in _EMPTY_VERBS:
                continue
        elif token.tag in ("NNP", "NNPS"):
            every.add(token.word)
            continue
        else:
            continue
        if len(lemma) > 2:
            every.add(lemma)
            common.add(lemma)
    return frozenset(every), frozenset(common)


def _reasoning_sentences(view):
    """The content words of each sentence of the analysis, the risk reasoning and the child's
    experience (a recommendation may answer what the child asked for: "I want to see Jamie")."""
    found = []
    for entry in view.all_fields(("analysis", "risk", "child")):
        for begin, end in sentences(entry.text):
            found.append(content(entry.text[begin:end]))
    return found


def shares_subject(text, reasoning) -> bool:
    """The recommendation and one sentence of the reasoning share two words of substance, one
    of them not a name: it answers what that sentence says (the child's name alone, which is
    everywhere, does not)."""
    every, common = content(text)
    return any(
        len(every & other_every) >= 2 and common & other_common
        for other_every, other_common in reasoning
    )


def _actions_in_facts(view, prepared):
    for entry in view.fields(("facts",)):
        if not prepared.actions.might_be_in(entry.text):
            continue
        tokens = view.tokens(entry)
        starts = [token[0] for token in tokens]
        quotes = [match.span() for match in QUOTE.finditer(entry.text)]
        for begin, end in view.sentences(entry):
            low, high = bisect_left(starts, begin), bisect_left(starts, end)
            if prepared.reporting.search(tokens, low, high) is not None:
                continue  # what someone else said should happen is itself a fact
            for index, _length in prepared.actions.find(tokens, low, high):
                position = tokens[index][0]
                if any(a <= position < b for a, b in quotes):
                    continue  # someone's own words, recorded as they said them
                yield Hit(
                    entry.section,
                    entry.item,
                    entry.name,
                    begin,
                    end,
                    entry.text,
                    {
                        "problem": "this fact says what should happen; keep the facts to what "
                        "happened and put the action in a recommendation, with its reasons"
                    },
                )
                break
