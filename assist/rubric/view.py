"""The document as the check types see it: every text field with its section, item reference
and place in the input file, plus the links between items. Built once per check."""

from __future__ import annotations

from collections import defaultdict
from functools import cached_property
from typing import NamedTuple

from assist.document import SECTIONS, Document
from assist.rubric.text import cited_refs, sentences
from assist.rubric.wordlists import tokens_of, words_of

# Paragraphs an import could not place (no heading, or a heading the rubric does not know).
UNSORTED = "unsorted"
ALL_SECTIONS = (*SECTIONS, UNSORTED)


class Field(NamedTuple):
    section: str
    item: str
    kind: str  # fact, experience, analysis, danger, hazard, strength, information_gap, ...
    name: str  # the field of the item: text, action, objective, reasoning, ...
    text: str
    location: tuple[int, int] | None  # where this text starts in the input file, if known
    owner: object  # the document item itself
    words: frozenset[str]  # its distinct words, normalised: checks skip fields sharing none


class Hit(NamedTuple):
    """What a check type reports; the engine turns it into a Finding."""

    section: str
    item: str | None = None
    field: str | None = None
    start: int = 0
    end: int = 0
    text: str = ""  # the field's text (for the excerpt and the digest)
    detail: dict | None = None  # values for the message's {placeholders}


# Fields with a file location of their own, and the attribute that holds it.
_FIELD_LOCATIONS = {"probability_reasoning": "probability_location"}


def _location(item):
    return _location_of(getattr(item, "location", None))


def _location_of(location):
    return (location.line, location.column) if location else None


class View:
    def __init__(self, document: Document, items=None):
        self.document = document
        self.only_items = frozenset(items) if items is not None else None
        self.fields_in_order: list[Field] = []
        self.item_order: dict[str, int] = {}
        self.item_section: dict[str, str] = {}
        self.item_location: dict[str, tuple[int, int] | None] = {}
        self._by_section: dict[str, list[Field]] = defaultdict(list)
        self._by_name: dict[tuple[str, str], Field] = {}
        self._collect()

    # -- building -------------------------------------------------------------------------------

    def _add(self, section, item, kind, names):
        ref = item.ref
        if ref not in self.item_order:
            self.item_order[ref] = len(self.item_order)
            self.item_section[ref] = section
            self.item_location[ref] = _location(item)
        for position, name in enumerate(names):
            text = getattr(item, name, None)
            if not isinstance(text, str) or not text.strip():
                continue
            # The file location is the item's, for its first text field; another field may have
            # its own ("probability_reasoning" read from its own line).
            location = (
                self.item_location[ref]
                if position == 0
                else _location_of(getattr(item, _FIELD_LOCATIONS.get(name, ""), None))
            )
            entry = Field(section, ref, kind, name, text, location, item, words_of(text))
            self.fields_in_order.append(entry)
            self._by_name[(ref, name)] = entry
            self._by_section[section].append(entry)

    def _collect(self):
        doc = self.document
        for child in doc.children:
            self._add("people", child, "child", ("communication_needs",))
        for adult in doc.adults:
            self._add("people", adult, "adult", ("notes",))
        for fact in doc.facts:
            self._add("facts", fact, "fact", ("text",))
        for experience in doc.experiences:
            self._add("child", experience, "experience", ("text", "what_was_done"))
        for statement in doc.analysis:
            self._add(
                "analysis", statement, "analysis", ("text", "reasoning", "alternative_explanation")
            )
        for danger in doc.dangers:
            self._add("risk", danger, "danger", ("text", "probability_reasoning"))
            for factor in danger.factors:
                self._add("risk", factor, factor.kind, ("text", "how_to_fill"))
        for recommendation in doc.recommendations:
            self._add(
                "recommendations",
                recommendation,
                "recommendation",
                ("action", "objective", "reason", "how_we_will_know"),
            )
        for loose in doc.loose:
            section = loose.section if loose.section in ALL_SECTIONS else UNSORTED
            self._add(section, loose, "loose", ("text",))

    # -- reading ----------------------------------------------------------------------------------

    def fields(self, sections, kinds=None, names=None):
        """Text fields in these sections, limited to the edited items when there are any."""
        for section in sections:
            for entry in self._by_section.get(section, ()):
                if self.only_items is not None and entry.item not in self.only_items:
                    continue
                if kinds is not None and entry.kind not in kinds:
                    continue
                if names is not None and entry.name not in names:
                    continue
                yield entry

    def all_fields(self, sections):
        """Every text field in these sections, whatever was edited: for whole-document reasoning."""
        for section in sections:
            yield from self._by_section.get(section, ())

    def field_location(self, ref, name) -> tuple[int, int] | None:
        entry = self._by_name.get((ref, name))
        return entry.location if entry is not None else None

    def wanted(self, ref) -> bool:
        return self.only_items is None or ref in self.only_items

    @staticmethod
    def sentences(entry: Field):
        return sentences(entry.text)

    @staticmethod
    def words(entry: Field) -> frozenset[str]:
        return entry.words

    @staticmethod
    def tokens(entry: Field):
        return tokens_of(entry.text)

    @cached_property
    def vocabulary(self) -> frozenset[str]:
        return frozenset().union(*(self.words(entry) for entry in self.fields_in_order))

    def has_content(self, section) -> bool:
        return bool(self._by_section.get(section))

    @cached_property
    def _linked(self) -> dict[str, set[str]]:
        """For each item, the references recorded as its links (chosen in the app, or read from
        a file's citations)."""
        links: dict[str, set[str]] = defaultdict(set)
        doc = self.document
        for statement in doc.analysis:
            links[statement.ref].update(statement.cites, statement.contradicted_by)
        for danger in doc.dangers:
            for factor in danger.factors:
                links[factor.ref].update(factor.cites)
        for recommendation in doc.recommendations:
            links[recommendation.ref].update(recommendation.answers, recommendation.fills)
        for loose in doc.loose:
            links[loose.ref].update(loose.cites)
        return links

    @cached_property
    def _written(self) -> dict[str, list[str]]:
        """For each item, the references written in its text ("[F3]")."""
        written: dict[str, list[str]] = defaultdict(list)
        for entry in self.fields_in_order:
            if "[" in entry.text or "(" in entry.text:
                written[entry.item].extend(cited_refs(entry.text))
        return written

    @cached_property
    def citations(self) -> dict[str, set[str]]:
        """For each item, the references it cites: recorded links plus [F3] written in the text,
        of items the assessment holds."""
        known = self._known_refs
        linked, written = self._linked, self._written
        return {
            item: {ref for ref in (*linked.get(item, ()), *written.get(item, ())) if known(ref)}
            for item in linked.keys() | written.keys()
        }

    def linked_beyond_its_text(self, ref) -> bool:
        """Whether the item has links of its own beside what its text cites: a whole item
        linked to facts rests on them; a citation written in one sentence shows that sentence."""
        known = self._known_refs
        written = set(self._written.get(ref, ()))
        return any(known(cited) and cited not in written for cited in self._linked.get(ref, ()))

    @cached_property
    def unknown_citations(self) -> dict[str, list[str]]:
        """For each item, what its text cites that this assessment does not hold ("[F99]" with
        facts F1 to F12): a citation that points nowhere shows nothing."""
        known = self._known_refs
        unknown = {
            item: [ref for ref in refs if not known(ref)] for item, refs in self._written.items()
        }
        return {item: refs for item, refs in unknown.items() if refs}

    @cached_property
    def _known_refs(self):
        """Whether a reference is to an item this assessment holds. A kind of item the document
        has none of is trusted: a paragraph checked on its own ("...hungry [F1]") is a part of
        an assessment whose facts are elsewhere."""
        refs = frozenset(self.document.all_refs())
        letters = frozenset(ref[:1] for ref in refs)
        return lambda ref: ref in refs or ref[:1] not in letters

    @cached_property
    def cited(self) -> set[str]:
        """Every reference some other item cites."""
        return {ref for refs in self.citations.values() for ref in refs}

    def cites(self, ref) -> set[str]:
        return self.citations.get(ref, set())

    @cached_property
    def child_names(self) -> list[str]:
        names = []
        for child in self.document.children:
            name = (child.name or "").strip()
            if name:
                names.append(name)
                names.append(name.split()[0])
        return list(dict.fromkeys(names))
