"""Any of a list of words or phrases, wherever they appear in the criterion's sections: the
simplest check, for an authority's own house style ("service user", "kids")."""

from __future__ import annotations

from assist.rubric import settings as s
from assist.rubric.view import Hit
from assist.rubric.wordlists import Terms

SETTINGS = {"terms": s.words()}
PLACEHOLDERS = frozenset({"term"})


def prepare(settings) -> Terms:
    return Terms(settings["terms"])


def find(view, terms: Terms, sections):
    for entry in view.fields(sections):
        if not terms.might_be_in(entry.text):
            continue
        tokens = view.tokens(entry)
        for index, length in terms.find(tokens):
            begin, end = tokens[index][0], tokens[index + length - 1][1]
            yield Hit(
                entry.section,
                entry.item,
                entry.name,
                begin,
                end,
                entry.text,
                {"term": entry.text[begin:end]},
            )
