"""Reported information presented as fact.

Two signs: a fact recorded as coming from someone else (a parent, the child, another
professional, an anonymous caller) whose wording never says who said it; and hearsay words
("apparently", "it is believed that") with no source named after them.

A fact taken from records is not reported speech: the record is its source, and the fact's own
source names it ("GP records"), so the check does not ask who said it (``reported_how_known``
leaves records out unless a rubric names them). Hearsay copied from a record is still flagged.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from assist.rubric import settings as s
from assist.rubric.text import QUOTE
from assist.rubric.view import Hit
from assist.rubric.wordlists import Terms
from assist.vocabulary import IMPORTED_SOURCE, HowKnown

HOW_KNOWN = tuple(known.value for known in HowKnown)
# What someone said, as opposed to what the worker saw or a record shows.
SAID_BY_SOMEONE = tuple(
    known.value for known in HowKnown if known not in (HowKnown.SEEN, HowKnown.RECORDS)
)
HOW_KNOWN_WORDS: dict[str, str] = {
    HowKnown.CHILD_SAID: "the child",
    HowKnown.PARENT_SAID: "a parent or carer",
    HowKnown.PROFESSIONAL: "another professional",
    HowKnown.RECORDS: "records",
    HowKnown.ANONYMOUS: "an anonymous source",
}

SETTINGS = {
    "hearsay": s.words(),  # apparently, reportedly, it is believed, ...
    "attribution": s.words(),  # said, told, reported, according to, records show, ...
    "source_follows": s.words(),  # by, according, from: a source named after the hearsay
    "reported_how_known": s.choices(HOW_KNOWN, default=SAID_BY_SOMEONE),
}
PLACEHOLDERS = frozenset({"term", "source", "problem"})


@dataclass(frozen=True)
class Prepared:
    hearsay: Terms
    attribution: Terms
    source_follows: Terms
    reported: frozenset


def prepare(settings) -> Prepared:
    return Prepared(
        Terms(settings["hearsay"]),
        Terms(settings["attribution"]),
        Terms(settings["source_follows"]),
        frozenset(settings["reported_how_known"]),
    )


def find(view, prepared: Prepared, sections):
    for entry in view.fields(sections):
        if entry.kind == "fact" and entry.name == "text":
            how_known = getattr(entry.owner, "how_known", "")
            if how_known in prepared.reported:
                attributed = prepared.attribution.in_text(entry.text)
                if not attributed and not QUOTE.search(entry.text):
                    source = (
                        entry.owner.source
                        if entry.owner.source not in ("", IMPORTED_SOURCE)
                        else HOW_KNOWN_WORDS.get(how_known, how_known)
                    )
                    yield Hit(
                        entry.section,
                        entry.item,
                        entry.name,
                        0,
                        len(entry.text),
                        entry.text,
                        {
                            "term": "",
                            "source": source,
                            "problem": f"this came from {source} but is written as established "
                            "fact",
                        },
                    )
                    continue
        if prepared.hearsay.might_be_in(entry.text):
            yield from _hearsay(view, prepared, entry)


def _hearsay(view, prepared, entry):
    tokens = view.tokens(entry)
    starts = [token[0] for token in tokens]
    for begin, end in view.sentences(entry):
        low, high = bisect_left(starts, begin), bisect_left(starts, end)
        found = prepared.hearsay.search(tokens, low, high)
        if found is None:
            continue
        index, length = found
        # The source is named before what was reported: in "it was reported that Leah is being
        # groomed by an older man", the man is in the report, not its source.
        content = next(
            (p for p in range(index + length, high) if tokens[p][2] == "that"),
            high,
        )
        source = prepared.source_follows.search(tokens, index + length, content)
        if source is not None and (
            # After an adverb ("apparently", "reportedly") the report runs on at once, and
            # only "according to" names whose it is ("...groomed by an older man" does not).
            not tokens[index][2].endswith("ly") or tokens[source[0]][2] == "according"
        ):
            continue
        if QUOTE.search(entry.text, begin, end):
            continue
        term = entry.text[tokens[index][0] : tokens[index + length - 1][1]]
        yield Hit(
            entry.section,
            entry.item,
            entry.name,
            begin,
            end,
            entry.text,
            {
                "term": term,
                "source": "no one named",
                "problem": f"'{term}' passes on what someone said without naming them",
            },
        )
