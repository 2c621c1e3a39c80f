"""Drawing a journey page: one helper gives every page of the journey (task list, sections,
an item's form, its conflict page, the map, the chronology, saved versions) the same context:
its navigator and the flags it decides, the rubric's findings and the spelling panel for the
page's section, and the supervisor's comments. Templates only lay these out; none of them
queries or checks anything itself."""

from flask import render_template

from assist.author.journey_forms import ConfirmForm
from assist.findings import findings_for
from assist.journey import items
from assist.navigator import Navigator
from assist.review.comments import threads_for
from assist.spelling_panel import spelling_for


def render_journey(
    template, assessment, nav: Navigator, contents=None, status=200, panels=True, **context
):
    """``panels=False`` for a page that shows nothing saved yet (several facts being checked):
    no findings or spelling panel, which would only repeat the section's."""
    contents = contents or items.load(assessment.id)
    sections = [nav.section] if nav.section else None
    if panels:
        context.setdefault("findings", findings_for(assessment, contents, sections=sections))
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
    return render_journey(template, assessment, nav, section=section, confirm=confirm, **context)
