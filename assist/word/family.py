"""The family's version of an assessment, as a Word document: the same assessment in the order a
family reads it (the child's experience and what they are asked to do first), with jargon and
short forms spelt out, and without the parts written for professionals (references between
items, the supervisor's sign-off and notes, the rubric's findings).

Working Together 2023 asks practitioners to work in partnership with families, which starts with
a family being able to read what is written about them. Plain Python: the words come from the
rubric's jargon list (``PlainWords.from_rubric``) and ``assist/data/plain-words.txt``."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import docx
from docx.shared import Pt

from assist import document as doc
from assist.labels import fact_date, source_given
from assist.rubric.text import CITATION
from assist.word import labels
from assist.word.export import Details
from assist.word.styles import DETAIL_STYLE, end_quietly, safe, set_up

PLAIN_WORDS = Path(__file__).resolve().parent.parent / "data" / "plain-words.txt"
# What a family reads under the title, where the worker's copy gives its status ("Status:
# Draft"), until the assessment is signed off.
DRAFT_NOTE = "Draft – not yet agreed. It may change before it is final."
DRAFT_HEADER = "Draft – not yet agreed"  # at the top of every page, until it is signed off
JARGON_CRITERION = "unexplained-jargon"
# The rubric's advice for a term it has plain words for: say "a child protection enquiry".
_SAY = re.compile(r'^\s*say\s+"([^"]+)"\s*$', re.IGNORECASE)
_ARTICLE = re.compile(r"^(a|an|the) ", re.IGNORECASE)
# Words before a term that already do the job of the plain words' own "a" or "the".
_DETERMINERS = frozenset(
    [
        "a",
        "an",
        "the",
        "this",
        "that",
        "these",
        "those",
        "his",
        "her",
        "their",
        "our",
        "your",
        "its",
        "my",
        "any",
        "each",
        "every",
    ]
)


def _read_plain_words(path: Path) -> dict[str, str]:
    words = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        term, equals, plain = line.partition("=")
        if equals and not line.lstrip().startswith("#"):
            words[term.strip()] = plain.strip()
    return words


def _as_explanation(plain: str) -> str | None:
    """The words of an explanation written in brackets ("(officer who ...)"), else None."""
    plain = plain.strip()
    return plain[1:-1].strip() if plain.startswith("(") and plain.endswith(")") else None


@dataclass(frozen=True)
class PlainWords:
    """Turns professional words into everyday ones, so that every sentence still reads: a term
    whose plain words can stand in its place is replaced ("the CIN meeting" -> "the child in
    need meeting", "a section 47 enquiry" -> "a child protection enquiry"); any other keeps its
    place and is explained in brackets the first time ("Strategy meeting (a meeting of social
    care, police and health to decide what to do) to be held ..."). The rubric's plain words
    are explanations unless assist/data/plain-words.txt gives a term words to replace it with;
    that file writes an explanation in brackets."""

    terms: dict[str, str]  # lower-case phrase -> plain words, whatever the case in the text
    short_forms: dict[str, str]  # CIN -> child in need, in capitals only
    explained: frozenset[str] = frozenset()  # terms and short forms kept, and explained

    @classmethod
    def from_rubric(cls, rubric, path: Path = PLAIN_WORDS) -> PlainWords:
        try:
            settings = rubric.criterion(JARGON_CRITERION).settings
        except KeyError:  # a rubric without the criterion: this service's own list only
            settings = {}
        words = {}
        for term, advice in (settings.get("terms") or {}).items():
            said = _SAY.match(str(advice))
            if said:
                # Advice on what to say instead, not words made to fit every sentence the
                # term is in ("Strategy meeting to be held ..."): an explanation.
                words[str(term)] = f"({said.group(1)})"
        words.update(_read_plain_words(path))
        allowed = {str(word).upper() for word in settings.get("allowed_acronyms") or ()}
        terms, short_forms, explained = {}, {}, set()
        for term, written in words.items():
            explanation = _as_explanation(written)
            plain = written if explanation is None else explanation
            key = term if term.isupper() else term.lower()
            if term.isupper():
                if term in allowed:
                    continue
                short_forms[key] = plain
            else:
                terms[key] = plain
            if explanation is not None:
                explained.add(key)
        return cls(terms, short_forms, frozenset(explained))

    def __call__(self, text: str) -> str:
        if not text:
            return ""
        text = _without_citations(text)
        done: set[str] = set()  # explained once in this text: later, the term alone
        if self.terms:
            text = _each(
                self._terms_pattern, text, lambda match: self._term(match, _norm(match[0]), done)
            )
        if self.short_forms:
            text = _each(self._short_forms_pattern, text, lambda match: self._short(match, done))
        return text

    @property
    def _terms_pattern(self) -> re.Pattern:
        return _compiled(tuple(self.terms), re.IGNORECASE)

    @property
    def _short_forms_pattern(self) -> re.Pattern:
        names = "|".join(re.escape(term) for term in _longest_first(self.short_forms))
        # "Child in Need (CIN)" and "CIN (child in need)": spelt out already; else "CIN".
        return _cached(
            rf"\s*\((?:{names})\)|(?<![\w-])(?:{names})\s*\(([^()]*)\)|(?<![\w-])(?:{names})(?![\w-])",
            0,
        )

    def _term(self, match: re.Match, key: str, done: set[str]) -> str:
        plain = self.terms.get(key) or self.short_forms[key]
        if key not in self.explained:
            return self._put(match, plain)
        before, after = match.string[: match.start()], match.string[match.end() :]
        if key in done or after.lstrip().startswith("(") or before.rstrip().endswith("("):
            return match[0]  # explained already, here or by the writer, or itself explaining
        done.add(key)
        return f"{match[0]} ({plain})"

    def _short(self, match: re.Match, done: set[str]) -> str:
        whole = match[0]
        if whole.lstrip().startswith("("):
            return ""
        if match[1] is not None:  # explained where it is written: in those words
            if whole.split("(")[0].strip() in self.explained:
                return whole
            return self._put(match, match[1])
        return self._term(match, whole, done)

    @staticmethod
    def _put(match: re.Match, plain: str) -> str:
        before = match.string[: match.start()]
        previous = before.split()[-1].lower() if before.split() else ""
        if previous in _DETERMINERS:
            plain = _ARTICLE.sub("", plain)
        if not before.strip() or before.rstrip()[-1] in ".!?:":
            plain = plain[:1].upper() + plain[1:]
        return plain


_A_OR_AN = re.compile(r"(?<![\w-])([Aa]n?)(\s+)$")


def _each(pattern: re.Pattern, text: str, replace) -> str:
    """``pattern.sub(replace, text)``, with "a" or "an" before each replacement made to fit
    it ("an ICPC" -> "a first child protection conference")."""
    out: list[str] = []
    last = 0
    for match in pattern.finditer(text):
        out.append(text[last : match.start()])
        replacement = replace(match)
        article = _A_OR_AN.search(out[-1])
        if article and replacement and not replacement.startswith(match[0]):
            fitting = _article(article[1], replacement)
            out[-1] = out[-1][: article.start()] + fitting + article[2]
        out.append(replacement)
        last = match.end()
    out.append(text[last:])
    return "".join(out)


def _article(written: str, words: str) -> str:
    right = "an" if words[:1].lower() in "aeiou" else "a"
    return right.capitalize() if written[:1].isupper() else right


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).lower()


def _longest_first(terms) -> list[str]:
    return sorted(terms, key=lambda term: (-len(term), term))


_PATTERNS: dict[tuple[str, int], re.Pattern] = {}


def _cached(pattern: str, flags: int) -> re.Pattern:
    if (pattern, flags) not in _PATTERNS:
        _PATTERNS[pattern, flags] = re.compile(pattern, flags)
    return _PATTERNS[pattern, flags]


def _compiled(terms: tuple[str, ...], flags: int) -> re.Pattern:
    names = "|".join(re.escape(term).replace(r"\ ", r"\s+") for term in _longest_first(terms))
    return _cached(rf"(?<![\w-])(?:{names})(?![\w-])", flags)


def _without_citations(text: str) -> str:
    """References to other items ("[F3, F4]") point into the full assessment, not this one."""
    text = CITATION.sub("", text)
    return re.sub(r"[ \t]+([.,;:!?])", r"\1", re.sub(r"[ \t]{2,}", " ", text)).strip()


# -- the document --------------------------------------------------------------------------------

EXPERIENCE_HEADINGS = {
    "words": "What {name} told us",
    "observation": "What we saw",
    "day_in_life": "A day in {name}'s life",
    "if_nothing_changes": "What life will be like for {name} if nothing changes",
    "barriers_to_hearing": "What made it hard to hear {name}",
}
LIKELIHOOD = {
    "high": "We think this is likely to happen if nothing changes.",
    "medium": "We think this could happen if nothing changes.",
    "low": "We think this is unlikely, but we still need to keep it in mind.",
}
FACTOR_HEADINGS = (
    ("hazard", "What makes this more likely"),
    ("strength", "What is going well"),
    ("information_gap", "What we still need to find out"),
    ("method", "What will help"),
)
# Words in "who" that mean the family does it, beside the adults' own names.
_FAMILY_WORDS = re.compile(
    r"\b(mum|mother|dad|father|parents?|carers?|step-?(mum|dad|parent)|nan|nana|grandma|"
    r"grandmother|grandad|grandfather|grandparents?|aunt|uncle|family|you)\b",
    re.IGNORECASE,
)


def family_bytes(document: doc.Document, details: Details, plain: PlainWords) -> bytes:
    buffer = io.BytesIO()
    build_family(document, details, plain).save(buffer)
    return buffer.getvalue()


def build_family(document: doc.Document, details: Details, plain: PlainWords):
    word = docx.Document()
    set_up(word, details.marking, draft="" if details.signed_off else DRAFT_HEADER)
    # A little larger than the professionals' copy: easier to read, on paper and on a phone.
    word.styles["Normal"].font.size = Pt(12)
    word.core_properties.title = safe(f"{document.title}: the family's version")[:255]
    word.core_properties.author = safe(details.author)[:255]
    word.core_properties.comments = ""
    _FamilyWriter(word, document, details, plain).write()
    end_quietly(word)
    return word


def first_names(document: doc.Document) -> str:
    names = [child.name.split()[0] for child in document.children if child.name.strip()]
    if not names:
        return "your child"
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def by_when(value: str | None) -> str:
    """ "Tuesday 3 March 2026": the day of the week helps plan; a date written as text (from an
    import) is kept as it was written."""
    if not value:
        return ""
    try:
        day = date.fromisoformat(value[:10])
    except ValueError:
        return value
    return f"{day:%A} {labels.uk_day(day)}"


class _FamilyWriter:
    def __init__(self, word, document: doc.Document, details: Details, plain: PlainWords):
        self.word = word
        self.document = document
        self.details = details
        self.plain = plain
        self.detail_style = word.styles[DETAIL_STYLE]
        self.children = {child.ref: child.name.split()[0] for child in document.children}
        self.names = first_names(document)

    def write(self):
        self.word.add_paragraph(safe(f"About {self.names}: what we found"), style="Title")
        self._status()
        self._introduction()
        self._experience()
        self._recommendations()
        self._risk()
        self._analysis()
        self._facts()
        self._people()
        self._other_notes()
        self._closing()

    # -- building blocks ---------------------------------------------------------------------

    def _heading(self, text, level=1):
        self.word.add_heading(safe(text), level=level)

    def _paragraph(self, text, label=None, style=None, plain=True):
        paragraph = self.word.add_paragraph(style=style)
        if label:
            paragraph.add_run(safe(label) + " ").bold = True
        paragraph.add_run(safe(self.plain(text) if plain else text))
        return paragraph

    def _line(self, label, value, plain=True):
        if value:
            self._paragraph(value, label=f"{label}:", plain=plain)

    def _name(self, child_ref):
        return self.children.get(child_ref or "", self.names)

    # -- the parts, in the order a family reads them -----------------------------------------

    def _status(self):
        """Under the title, where the worker's copy gives its status: until a manager signs it
        off, what the family reads may still change, and must say so before anything else."""
        if not self.details.signed_off:
            paragraph = self._paragraph(DRAFT_NOTE, label=f"{labels.STATUS}:", plain=False)
            paragraph.runs[1].bold = True

    def _introduction(self):
        details = self.details
        self._paragraph(
            f"This is the assessment about {self.names}, written for the family in everyday "
            f"words. It says what life is like for {self.names}, what we are asking you and "
            "others to do and by when, what we are worried about and why.",
            plain=False,
        )
        who = f"{details.author}, the social worker" if details.author else "your social worker"
        self._paragraph(
            f"If anything here is wrong, or you do not understand it, please tell {who}. "
            "You can ask for it in another language or format, and you can ask someone you "
            "trust to read it with you.",
            plain=False,
        )
        for label, value in (
            ("Written by", details.author),
            ("Date", labels.uk_day(details.exported)),
            ("Case reference", details.case_reference),
        ):
            if value:
                self._paragraph(value, label=f"{label}:", style=self.detail_style, plain=False)

    def _experience(self):
        self._heading(f"What life is like for {self.names}")
        if not self.document.experiences:
            self._paragraph("We have not written this part yet.", plain=False)
            return
        for item in self.document.experiences:
            heading = EXPERIENCE_HEADINGS.get(item.kind, "What we found")
            self._paragraph(item.text, label=heading.format(name=self._name(item.child_ref)) + ":")
            if item.heard_on:
                self._line("When", labels.uk_date(item.heard_on), plain=False)

    def _recommendations(self):
        recommendations = self.document.recommendations
        if not any(item.who for item in recommendations):
            self._heading("What needs to happen")
            self._recommendation_list(recommendations, "We have not written this part yet.")
            return
        family = [item for item in recommendations if self._for_family(item.who)]
        others = [item for item in recommendations if item not in family]
        self._heading("What we are asking you to do")
        self._recommendation_list(family, "We are not asking you to do anything yourselves yet.")
        if others:
            self._heading("What other people will do")
            self._recommendation_list(others, "")

    def _for_family(self, who):
        adults = {
            part.lower()
            for adult in self.document.adults
            for part in adult.name.split()[:1] + [adult.name]
            if part
        }
        return bool(_FAMILY_WORDS.search(who)) or any(
            re.search(rf"\b{re.escape(name)}\b", who, re.IGNORECASE) for name in adults
        )

    def _recommendation_list(self, items, when_none):
        if not items:
            if when_none:
                self._paragraph(when_none, plain=False)
            return
        for item in items:
            self._heading(self.plain(item.action), level=2)
            self._line("Who", item.who)
            self._line("By when", by_when(item.by_when), plain=False)
            self._line("So that", item.objective)
            self._line("How we will know it has worked", item.how_we_will_know)
            self._line("Why", item.reason)

    def _risk(self):
        self._heading("What we are worried about")
        if not self.document.dangers:
            self._paragraph("We have not written this part yet.", plain=False)
        for danger in self.document.dangers:
            self._heading(self.plain(danger.text), level=2)
            for kind, heading in FACTOR_HEADINGS:
                factors = [factor for factor in danger.factors if factor.kind == kind]
                for factor in factors:
                    self._paragraph(factor.text, label=f"{heading}:")
                    self._line("How we will find out", factor.how_to_fill)
            likely = LIKELIHOOD.get((danger.probability or "").lower(), "")
            reasoning = danger.probability_reasoning or ""
            level = (danger.probability or "").lower()
            if level and reasoning.lower().startswith(level):
                reasoning = reasoning[len(level) :].lstrip(" :.-")
            if likely or reasoning:
                self._paragraph(
                    " ".join(part for part in (likely, self.plain(reasoning)) if part),
                    label="How likely it is:",
                    plain=False,
                )

    def _analysis(self):
        self._heading("What we think this means")
        if not self.document.analysis:
            self._paragraph("We have not written this part yet.", plain=False)
        for item in self.document.analysis:
            self._paragraph(item.text)
            self._line("Another way of seeing it", item.alternative_explanation)
            self._line("Why we think this", item.reasoning)

    def _facts(self):
        self._heading("What has happened")
        if not self.document.facts:
            self._paragraph("We have not written this part yet.", plain=False)
        for fact in self.document.facts:
            when = fact_date(fact)
            earlier = " (earlier history)" if fact.is_historic else ""
            self._paragraph(fact.text, label=f"{when}{earlier}:")
            if source_given(fact.source):  # "not given in the document" says nothing to a family
                self._line("Where we heard this", fact.source)

    def _people(self):
        people = self.document
        if not (people.children or people.adults):
            return
        self._heading("The people in this assessment")
        for child in people.children:
            born = labels.uk_date(child.date_of_birth)
            when = ("due " if child.is_unborn else "born ") + born if born else ""
            self._paragraph(f"{child.name}{', ' + when if when else ''}", plain=False)
        for adult in people.adults:
            relationship = self.plain(adult.relationship_to_child)
            self._paragraph(
                f"{adult.name}{', ' + relationship if relationship else ''}", plain=False
            )

    def _other_notes(self):
        loose = self.document.loose
        if loose:
            self._heading("Other things we wrote")
            for item in loose:
                self._paragraph(item.text)

    def _closing(self):
        self._heading("What happens next")
        self._paragraph(
            "We will talk this through with you. If you do not agree with something, tell us: "
            "what you say will be written down and kept with the assessment.",
            plain=False,
        )
