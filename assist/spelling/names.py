"""People's names are not spelling mistakes. The assessment's children and adults and the
professionals named where facts came from (a fact's source: "Dr Adeyemi, GP") are known words
for that assessment. Any other word the dictionary does not know, written where a name goes, is
asked about ("Is “Okafor” a name?": the panel offers to add it to the assessment's names) and
never given replacements: a capitalised word inside a sentence, any word after a title ("Mrs
Okafor", "Dr. adeyemi"), or a capitalised word that starts a sentence when it is followed by
another capitalised word ("Aarav Sharma said ..."), is written where a name goes elsewhere in
the assessment, or is no slip of the keyboard away from an English word ("Okafor said ...").

A capitalised word starting a sentence one slip from a word is checked as usual: "Nursary said"
is most likely "Nursery"."""

from __future__ import annotations

import re
from dataclasses import replace

from assist.spelling.offline import near_a_word
from assist.spelling.words import WORD, stem

NAME_RULE = "likely-name"
PROMPT = "Is “{name}” a name?"
# Titles before a name, with or without a full stop: "Mr. Okafor" does not end a sentence.
TITLES = frozenset(
    "mr mrs ms miss mx dr prof sir dame lady lord rev revd fr cllr pc dc ds sgt st".split()  # noqa: SIM905
)
OPENING = "“‘\"'([{"  # before a word, neither a sentence's end nor a word
CLOSING = "”’\"')]}"
BULLETS = "-–—*•·"
SENTENCE_ENDS = ".!?…"
_TITLE_BEFORE = re.compile(r"([^\W\d_]+)\.?\s+$")
_WORD_BEFORE_STOP = re.compile(r"([^\W_]+)\.$")
_NEXT_WORD = re.compile(r"[ \t-]+([^\W\d_]+)")
# Two to six capitals, perhaps plural: how the field writes its abbreviations ("DV", "PPNs").
_ABBREVIATION = re.compile(r"[A-Z]{2,6}s?")


def known_names(document) -> frozenset[str]:
    """Every word of every child's and adult's name, and of the people named in the facts'
    sources, as ``stem`` makes them."""
    names = set()
    for person in (*document.children, *document.adults):
        names.update(stem(word) for word in WORD.findall(person.name or ""))
    # Each source once: a chronology of 3,000 facts may have a few dozen.
    for source in {fact.source or "" for fact in document.facts}:
        names.update(named_in(source))
    return frozenset(names)


def named_in(text: str) -> set[str]:
    """The words of ``text`` written where names go: "Jo Achebe, school nurse" names Jo and
    Achebe; "Health visitor" names nobody."""
    named = {
        stem(match.group())
        for match in WORD.finditer(text)
        if where_a_name_goes(text, match.start(), match.group())
        or (match.group()[:1].isupper() and _capitalised_next(text, match.end()))
    }
    return named - TITLES


def where_a_name_goes(text: str, start: int, word: str) -> bool:
    """After a title, or capitalised inside a sentence."""
    return after_title(text, start) or (word[:1].isupper() and not starts_sentence(text, start))


def after_title(text: str, start: int) -> bool:
    found = _TITLE_BEFORE.search(text, max(0, start - 40), start)
    return found is not None and found.group(1).lower() in TITLES


def starts_sentence(text: str, start: int) -> bool:
    """Whether the word at ``start`` begins the text, a line, a list item or a sentence. Opening
    quotes and brackets are passed over; a full stop after a title or an initial ("J. Okafor")
    ends no sentence."""
    before = text[:start].rstrip(" \t" + OPENING)
    line = before.rsplit("\n", 1)[-1]
    if not line.strip(" \t" + BULLETS):
        return True
    before = before.rstrip(CLOSING)
    if not before.endswith(tuple(SENTENCE_ENDS)):
        return False
    if before.endswith("."):
        word = _WORD_BEFORE_STOP.search(before)
        if word and (word.group(1).lower() in TITLES or _is_initial(word.group(1))):
            return False
    return True


def _is_initial(word):
    return len(word) == 1 and word.isupper()


def _capitalised_next(text, end):
    following = _NEXT_WORD.match(text, end)
    return following is not None and following.group(1)[:1].isupper() and following.group(1) != "I"


def ask_about_names(found):
    """``found`` is (issue, its field's text) for each issue placed in a document: each spelling
    issue about a word written where a name goes becomes a question with no replacements."""
    found = list(found)
    places = [_name_place(issue, text) for issue, text in found]
    names = {stem(issue.flagged) for (issue, _), place in zip(found, places, strict=True) if place}
    asked = []
    for (issue, _), place in zip(found, places, strict=True):
        if _is_spelling(issue) and _ABBREVIATION.fullmatch(issue.flagged):
            continue  # "DV", "PPN": an abbreviation, no name and no slip (plain language asks)
        asked.append(as_question(issue) if place or _named(issue, names) else issue)
    return asked


def _named(issue, names):
    """A capitalised word starting a sentence, not found where a name goes: a name when it is
    written where a name goes elsewhere ("Aarav said ...", then "I asked Aarav"), or when no
    slip of the keyboard makes it from an English word ("Okafor", not "Nursary")."""
    if not (_is_spelling(issue) and issue.flagged[:1].isupper()):
        return False
    return stem(issue.flagged) in names or not near_a_word(bare_name(issue.flagged))


def _is_spelling(issue):
    return issue.category == "spelling" and WORD.fullmatch(issue.flagged) is not None


def _name_place(issue, text):
    if not _is_spelling(issue):
        return False
    return where_a_name_goes(text, issue.offset, issue.flagged) or (
        issue.flagged[:1].isupper() and _capitalised_next(text, issue.end)
    )


def as_question(issue):
    return replace(
        issue, message=PROMPT.format(name=bare_name(issue.flagged)), suggestions=(), rule=NAME_RULE
    )


def bare_name(word: str) -> str:
    """The name without a possessive ending, as written: "Okafor's" is "Okafor"."""
    return re.sub(r"['’]s$", "", word)
