"""The closed set of check types. Each criterion in rubric.yaml names one; each is one module
with the same shape:

    SETTINGS      what the criterion's ``settings:`` may hold (see assist.rubric.settings)
    PLACEHOLDERS  the {names} its ``message:`` may use
    prepare(settings) -> prepared     run once, when the rubric loads (patterns are built here)
    find(view, prepared, sections) -> Hits   run on every check
    clear_caches()  (optional) forget what it remembered of texts read

A new criterion needs no Python; a new kind of check is a new module listed here.
"""

from assist.rubric.checks import (
    attribution,
    child_view,
    count,
    evidence,
    follows_from,
    gaps,
    history,
    household,
    objective,
    plain_language,
    risk_parts,
    so_what,
    specificity,
    terms,
    voice,
)

TYPES = {
    "evidence": evidence,
    "attribution": attribution,
    "specificity": specificity,
    "objective": objective,
    "follows-from": follows_from,
    "so-what": so_what,
    "child-view": child_view,
    "risk-parts": risk_parts,
    "count": count,
    "history": history,
    "household": household,
    "gaps": gaps,
    "voice": voice,
    "plain-language": plain_language,
    "terms": terms,
}


def clear_caches():
    """Forget what any check remembers of the texts it has read."""
    for module in TYPES.values():
        forget = getattr(module, "clear_caches", None)
        if forget is not None:
            forget()
