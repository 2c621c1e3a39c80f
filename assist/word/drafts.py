"""An imported document made ready to become a draft assessment: every field fits its column and
its allowed values, and nothing is dropped. Text the reader could not place in a structured slot
becomes a fact marked for sorting, a fact with no date has its date not known (never a day made
up), words about a child need a child to belong to, and a "by when" that is not a date is kept
in the recommendation's reason. Plain Python; no Flask."""

from __future__ import annotations

import copy
from datetime import date

from assist import document as doc
from assist.labels import how_known_from, how_known_said
from assist.readers.dates import leading_date
from assist.vocabulary import DatePrecision, HowKnown
from assist.word import labels

IMPORTED = labels.IMPORTED_SOURCE  # the source of a fact the document gave none for
UNSORTED_CATEGORY = "imported: sort me"
PLACEHOLDER_CHILD = "The child (add their name)"
LIMITS = {
    "name": 120,
    "relationship_to_child": 200,
    "source": 300,
    "how_heard": 300,
    "who": 200,
    "category": 80,
}


def draft_document(imported: doc.Document, today: date) -> doc.Document:
    document = copy.deepcopy(imported)
    for child in document.children:
        child.name = _fit(child.name, "name") or PLACEHOLDER_CHILD
        child.ethnicity = child.ethnicity[:120]
        child.first_language = child.first_language[:80]
        if child.date_of_birth and not _is_date(child.date_of_birth):
            # "31 February 2020" or "about 2019": kept as a fact to sort, never dropped.
            document.loose.append(
                doc.LooseText(
                    ref=f"L{len(document.loose) + 1}",
                    section="people",
                    text=f"{child.name}'s date of birth in the document: {child.date_of_birth}",
                )
            )
            child.date_of_birth = None
    for adult in document.adults:
        adult.name = _fit(adult.name, "name") or "Adult (add their name)"
        adult.relationship_to_child = _fit(adult.relationship_to_child, "relationship_to_child")
    numbers = [int(fact.ref[1:]) for fact in document.facts]
    next_fact = max(numbers, default=0) + 1
    for loose in document.loose:
        # Text from no section may still start with its date ("12/09/2026 - Mum rang", or
        # "Unknown - Mum rang"): the fact to sort keeps it, as a chronology's would.
        written, rest = leading_date(loose.text, today=today)
        dated = not written.error and bool(written.text) and bool(rest.strip())
        # A date its reading cannot say ("Spring 2019 ...") stays in the words as well.
        cut = dated and not written.more_exact_than_written
        document.facts.append(
            doc.Fact(
                ref=f"F{next_fact}",
                text=rest if cut else loose.text,
                date=written.iso if dated else None,
                date_precision=written.precision.value if dated else DatePrecision.EXACT.value,
                source=IMPORTED,
                how_known="",  # from its words, below
                category=UNSORTED_CATEGORY,
            )
        )
        next_fact += 1
    document.loose = []
    for fact in document.facts:
        _fit_fact(fact)
    if document.experiences and not document.children:
        document.children.append(doc.Child(ref="C1", name=PLACEHOLDER_CHILD))
    first_child = document.children[0].ref if document.children else None
    known_children = {child.ref for child in document.children}
    for experience in document.experiences:
        if experience.child_ref not in known_children:
            experience.child_ref = first_child
        experience.how_heard = _fit(experience.how_heard, "how_heard")
    for recommendation in document.recommendations:
        recommendation.who = _fit(recommendation.who, "who")
        if recommendation.by_when and not _is_date(recommendation.by_when):
            kept = f"By when (from the document): {recommendation.by_when}"
            recommendation.reason = "\n".join(p for p in (recommendation.reason, kept) if p)
            recommendation.by_when = None
    return document


def _fit_fact(fact: doc.Fact) -> None:
    """A fact's date, source, category and how known as a draft's must be."""
    if not _is_date(fact.date):
        # No date in the document is no date known: never today's, "about" it, which
        # read as a date on every page, the Word export and the family's version.
        if fact.date:  # a date written as words the reader could not place: kept
            fact.text = "\n".join(p for p in (fact.text, f"Date in the document: {fact.date}") if p)
        fact.date = None
        fact.date_precision = DatePrecision.UNKNOWN.value
    elif fact.date_precision == DatePrecision.UNKNOWN.value:
        fact.date_precision = DatePrecision.EXACT.value  # a day is known after all
    fact.source = _fit(fact.source, "source")
    if fact.source in ("", labels.SOURCE_NOT_GIVEN):  # none, or our export's words for none
        fact.source = IMPORTED
    fact.category = _fit(fact.category, "category")
    if fact.how_known not in set(HowKnown):
        # As the document wrote it ("told by mum"), or said in its words ("Source: class
        # teacher", "Mum told me", "during my home visit"), else from records: the fact
        # does come from one, the document.
        given = fact.source if fact.source != IMPORTED else ""
        fact.how_known = (
            how_known_from(fact.how_known or "")
            or how_known_said(fact.text, given)
            or HowKnown.RECORDS.value
        )


def _fit(text, field):
    return (text or "").strip()[: LIMITS[field]]


def _is_date(value):
    if not value:
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True
