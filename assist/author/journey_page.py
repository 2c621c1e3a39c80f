"""Drawing a journey page: one helper gives every page of the journey (task list, sections,
an item's form, its conflict page, the map, the chronology, saved versions) the same context:
its navigator and the flags it decides, the rubric's findings and the spelling panel for the
page's section, and the supervisor's comments. Templates only lay these out; none of them
queries or checks anything itself."""

import math
from dataclasses import dataclass

from flask import render_template

from assist.author.journey_forms import ConfirmForm
from assist.author.word_forms import ConfirmImportForm
from assist.findings import findings_for
from assist.journey import items
from assist.journey.sections import sections_to_confirm
from assist.navigator import Navigator
from assist.presentation import ROWS_PER_PAGE
from assist.review.comments import threads_for
from assist.spelling_panel import spelling_for


def render_journey(
    template, assessment, nav: Navigator, contents=None, status=200, panels=True, **context
):
    """``panels=False`` for a page that shows nothing saved yet (several facts being checked):
    no findings or spelling panel, which would only repeat the section's."""
    contents = contents or items.load(assessment.id, every_fact=False)
    sections = [nav.section] if nav.section else None
    if panels:
        if "findings" not in context:  # not setdefault: that checked the rubric even when given
            context["findings"] = findings_for(assessment, contents, sections=sections)
        if len(context["findings"]) > FINDINGS_LISTED and not nav.all_findings:
            context["findings_listed"] = context["findings"][:FINDINGS_LISTED]
    page = render_template(
        template,
        assessment=assessment,
        contents=contents,
        nav=nav,
        editable=nav.editable,
        fixed_by_scenario=nav.fixed_by_scenario,
        can_dismiss=nav.can_dismiss,
        can_fix_spelling=nav.can_fix_spelling,
        findings_section=nav.section,
        spelling_result=spelling_for(assessment, nav.section, contents) if panels else None,
        threads=threads_for(assessment.id, contents),
        **context,
    )
    return page, status


def journey_page(template, assessment, section=None, **context):
    """A page of the journey as the request asked for it; ``section`` (a Section) for a
    section's own page. Its Submit form carries the version the page shows."""
    nav = Navigator.here(assessment, section.key if section is not None else None)
    confirm = ConfirmForm(data={"version": assessment.version})
    if section is not None and nav.editable and section.key in sections_to_confirm(assessment.id):
        # Filled by a Word import: it is not Completed until the worker says they checked it.
        context.setdefault("confirm_import", ConfirmImportForm(data={"section": section.key}))
    return render_journey(template, assessment, nav, section=section, confirm=confirm, **context)


# The most serious first, this many of them (2.4 KB each, with why it matters and a way to
# dismiss it): a finding on each of 3,000 facts made check your answers 8 MB, and 100 still
# took the reasoning map past 500 KB. The heading counts them all; "Show all" lists them.
FINDINGS_LISTED = 50
# GOV.UK pagination: the first and last pages, and those either side of the current one.
_PAGES_AROUND = 1


@dataclass(frozen=True)
class ListPage:
    """One page of a long list (the chronology): ``ROWS_PER_PAGE`` rows a page, or every row with
    ``?show=all``. A page is asked for by its number (``?page=3``) or by a row on it
    (``?fact=F123``), so a link to F123 lands on the page F123 is on, wherever the date order
    has put it since the link was made. A list that fits on one page is never paged."""

    rows: list
    number: int  # the page shown, from 1; 0 when every row is shown
    pages: int
    total: int
    first: int  # the position of the first row shown, from 1

    @classmethod
    def of(cls, everything, args, ref_of, by_ref="fact", rows_of=list):
        """The page the query string asks for (``args``: the request's)."""
        if args.get("show") == "all":
            return cls.at(everything, show_all=True, rows_of=rows_of)
        wanted = args.get(by_ref, "")
        position = next((n for n, row in enumerate(everything) if ref_of(row) == wanted), None)
        if position is not None:
            return cls.at(everything, position // ROWS_PER_PAGE + 1, rows_of=rows_of)
        return cls.at(everything, args.get("page", 1, type=int) or 1, rows_of=rows_of)

    @classmethod
    def at(cls, everything, number=1, show_all=False, rows_of=list):
        """Page ``number`` (from 1; one past either end shows the nearest), or every row.
        ``rows_of`` makes the rows shown from those of ``everything`` on the page: the whole
        facts from their places in the chronology (``Contents.facts_among``)."""
        total = len(everything)
        pages = max(math.ceil(total / ROWS_PER_PAGE), 1)
        if pages == 1 or show_all:
            return cls(rows_of(everything), 0 if pages > 1 else 1, pages, total, 1)
        number = min(max(number, 1), pages)
        start = (number - 1) * ROWS_PER_PAGE
        shown = rows_of(everything[start : start + ROWS_PER_PAGE])
        return cls(shown, number, pages, total, start + 1)

    @property
    def paged(self):
        """More rows than one page holds (whether or not they are all shown now)."""
        return self.pages > 1

    @property
    def last(self):
        return self.first + len(self.rows) - 1

    def pagination(self, url_of_page, landmark_label):
        """The GOV.UK pagination component's parameters; ``url_of_page(n)`` is page n's link."""
        shown = sorted(
            {1, self.pages}
            | set(range(self.number - _PAGES_AROUND, self.number + _PAGES_AROUND + 1))
        )
        page_items, previous = [], 0
        for number in (n for n in shown if 1 <= n <= self.pages):
            if number > previous + 1:
                page_items.append({"ellipsis": True})
            page_items.append(
                {"number": number, "href": url_of_page(number), "current": number == self.number}
            )
            previous = number
        return {
            "landmarkLabel": landmark_label,
            "items": page_items,
            "previous": {"href": url_of_page(self.number - 1)} if self.number > 1 else None,
            "next": {"href": url_of_page(self.number + 1)} if self.number < self.pages else None,
        }
