"""What the whole-word tests read: the demo assessments, the scenarios' model answers and a
generated assessment of about 20,000 words, each as Markdown (recommendations with their text
only) and as the JSON export (recommendations with every field), and a way to tell whether a PDF
shows every word of a source whole."""

from __future__ import annotations

import copy
import re
import unicodedata
from collections import Counter
from pathlib import Path

from assist import document as doc
from assist.practice.scenarios import load_folder

PROJECT = Path(__file__).resolve().parents[2]
_WORD = re.compile(r"[^\W_]+")


def tokens(text: str) -> list[str]:
    """Words as runs of letters and digits: a line wrapped after a hyphen or slash, or text
    laid out in columns, gives the same tokens; a word broken in the middle does not."""
    return _WORD.findall(unicodedata.normalize("NFKC", text).lower())


def split_words(source_texts, pdf_text: str, vocabulary) -> list[str]:
    """The source's words the PDF does not show whole, and the PDF's fragments that are no word
    written into the .docx ("indepen", "dent")."""
    shown = Counter(tokens(pdf_text))
    wanted = Counter(token for text in source_texts for token in tokens(text))
    missing = [word for word, count in wanted.items() if shown[word] < count]
    fragments = [word for word in shown if word not in vocabulary and not word.isdigit()]
    return sorted(missing) + [f"fragment {word!r}" for word in sorted(fragments)]


def item_texts(document: doc.Document):
    """Every piece of text a person wrote, field by field."""
    for child in document.children:
        yield from (child.name, child.ethnicity, child.first_language, child.disability)
        yield child.communication_needs
    for adult in document.adults:
        yield from (adult.name, adult.relationship_to_child, adult.notes)
    for fact in document.facts:
        yield from (fact.text, fact.source)
    for item in document.experiences:
        yield from (item.text, item.how_heard, item.what_was_done)
    for item in document.analysis:
        yield from (item.text, item.alternative_explanation, item.reasoning)
    for danger in document.dangers:
        yield from (danger.text, danger.probability_reasoning)
        for factor in danger.factors:
            yield from (factor.text, factor.how_to_fill)
    for item in document.recommendations:
        yield from (item.action, item.objective, item.reason, item.who, item.how_we_will_know)
    for item in document.loose:
        yield item.text


def as_markdown(document: doc.Document) -> str:
    """The assessment as a worker might write it in Markdown: each item its text only."""
    parts = [f"# {document.title}", "## About the child and household"]
    parts += [f"- Child: {child.name}" for child in document.children]
    parts += [
        f"- {adult.relationship_to_child or 'Adult'}: {adult.name}" for adult in document.adults
    ]
    parts += ["## Facts and chronology", *(f"- {fact.text}" for fact in document.facts)]
    parts += ["## The child's experience", *(f"- {item.text}" for item in document.experiences)]
    parts += ["## Analysis", *(f"- {item.text}" for item in document.analysis)]
    parts.append("## Risk")
    for danger in document.dangers:
        parts.append(f"- Danger: {danger.text}")
        parts += [f"- {factor.kind.replace('_', ' ')}: {factor.text}" for factor in danger.factors]
    parts += ["## Recommendations", *(f"- {item.action}" for item in document.recommendations)]
    return "\n\n".join(part.replace("\n", " ") for part in parts) + "\n"


# Who does what, by when and how we will know, for recommendations that have only their text:
# the long job titles that were split in a narrow column.
_FULL_FIELDS = (
    (
        "Independent domestic violence advocate with the family's housing officer",
        "Kai sleeps in a home where no one is hurt, every night.",
        "Kai's nursery keyworker reports he arrives rested, fed and unafraid for eight weeks.",
    ),
    (
        "Child and adolescent mental health services practitioner",
        "Tyler understands what is happening at home and has someone to talk to.",
        "Tyler tells his teacher and me that he feels listened to, at each monthly review.",
    ),
    (
        "Social worker, with the health visitor",
        "The baby is fed, warm and seen by a doctor when unwell.",
        "Weight checks at the clinic every fortnight show steady growth.",
    ),
)


def with_every_field(document: doc.Document) -> doc.Document:
    """The same assessment with each recommendation's objective, who, by when and how we will
    know filled in, where it had only its text."""
    full = copy.deepcopy(document)
    for number, item in enumerate(full.recommendations):
        who, objective, how = _FULL_FIELDS[number % len(_FULL_FIELDS)]
        item.who = item.who or who
        item.objective = item.objective or objective
        item.how_we_will_know = item.how_we_will_know or how
        item.by_when = item.by_when or f"2027-{number % 12 + 1:02d}-{number % 27 + 1:02d}"
        if not (item.answers or item.fills) and full.dangers:
            item.answers = [full.dangers[number % len(full.dangers)].ref]
        item.reason = item.reason or "It answers the danger the analysis found."
    return full


def scenario_answers():
    return {
        f"scenario-{scenario.slug}": scenario.document()
        for scenario in load_folder(PROJECT / "scenarios")
    }
