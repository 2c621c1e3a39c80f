"""check(document, rubric) -> findings: the one function the live panel, the JSON API, the CLI,
the supervisor queue, trainee scoring and the Word appendix all call."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from assist.document import Document
from assist.language import lexicons
from assist.language import tag as tagger
from assist.rubric import checks, text, wordlists
from assist.rubric.checks import TYPES
from assist.rubric.finding import Finding, text_digest
from assist.rubric.model import Rubric
from assist.rubric.text import collapse
from assist.rubric.view import ALL_SECTIONS, View

EXCERPT_LIMIT = 300
_SECTION_ORDER = {section: position for position, section in enumerate(ALL_SECTIONS)}


class _Blank(dict):
    """Message values: a placeholder a check did not fill in reads as nothing, not an error."""

    def __missing__(self, key):
        return ""


def check(
    document: Document,
    rubric: Rubric,
    sections: Iterable[str] | None = None,
    items: Iterable[str] | None = None,
) -> list[Finding]:
    """Every finding of every criterion, in document order.

    ``sections`` limits the check to some sections (the live panel on one page); ``items`` to
    some items by reference (one edited item). Whole-document reasoning (is there any analysis?
    is this fact cited anywhere?) still reads the whole document, so a finding about one item is
    the same whichever way it was asked for. Findings about the whole assessment are left out
    when ``items`` is given.
    """
    wanted_sections = frozenset(sections) if sections is not None else None
    wanted_items = frozenset(items) if items is not None else None
    view = View(document, wanted_items)
    findings = []
    for criterion in rubric.criteria:
        scope = criterion.sections
        if wanted_sections is not None:
            scope = tuple(section for section in scope if section in wanted_sections)
        if not scope:
            continue
        for hit in TYPES[criterion.type].find(view, criterion.prepared, scope):
            if hit.section not in scope:
                continue
            if wanted_items is not None and hit.item not in wanted_items:
                continue
            findings.append(_finding(criterion, hit, view))
    findings.sort(
        key=lambda f: (
            _SECTION_ORDER.get(f.section, len(_SECTION_ORDER)),
            -1 if f.item is None else view.item_order.get(f.item, len(view.item_order)),
            f.field or "",
            f.start,
            f.rule,
        )
    )
    return findings


def clear_caches():
    """Forget every text read so far, so the next check reads everything afresh (the benchmark
    uses this to time the first check of a document)."""
    wordlists.clear_caches()
    tagger.cache_clear()
    lexicons.forget()
    text.sentences.cache_clear()
    text_digest.cache_clear()
    _message.cache_clear()
    checks.clear_caches()


@lru_cache(maxsize=4096)
def _message(template: str, detail: tuple) -> str:
    return template.format_map(_Blank(detail)).strip()


def _finding(criterion, hit, view) -> Finding:
    message = _message(criterion.message, tuple(sorted(hit.detail.items())) if hit.detail else ())
    excerpt = collapse(hit.text[hit.start : hit.end] if hit.end > hit.start else hit.text)
    if len(excerpt) > EXCERPT_LIMIT:
        excerpt = excerpt[: EXCERPT_LIMIT - 1].rstrip() + "…"
    digest = text_digest(hit.text if hit.item is not None else message)
    return Finding(
        rule=criterion.id,
        level=criterion.level,
        section=hit.section,
        item=hit.item,
        field=hit.field,
        start=hit.start,
        end=hit.end,
        excerpt=excerpt,
        message=message,
        guidance=criterion.guidance,
        location=_location(view, hit),
        digest=digest,
    )


def _location(view, hit):
    """Line and column in the input file: the field's start, moved on to the span's start."""
    if hit.item is None:
        return None
    start_of_field = view.field_location(hit.item, hit.field)
    if start_of_field is None:
        return view.item_location.get(hit.item)
    line, column = start_of_field
    text = hit.text
    newlines = text.count("\n", 0, hit.start)
    if newlines == 0:
        return line, column + hit.start
    return line + newlines, hit.start - text.rfind("\n", 0, hit.start)
