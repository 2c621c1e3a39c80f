"""Template helpers for the journey pages: labels for stored values and links to items."""

from flask import url_for

from assist.findings import marked
from assist.journey.sections import BY_KEY, SECTION_OF_KIND
from assist.models.content import ItemKind, RiskFactorKind
from assist.navigator import Navigator
from assist.worker import bp
from assist.worker.journey_forms import (
    CATEGORY_LABELS,
    EXPERIENCE_KINDS,
    EXPERIENCE_LABELS,
    HOW_KNOWN_LABELS,
)

FACTOR_KINDS = [  # (kind, heading, what the "Add" link says)
    (RiskFactorKind.HAZARD.value, "Hazards", "a hazard"),
    (RiskFactorKind.STRENGTH.value, "Strengths", "a strength"),
    (RiskFactorKind.INFORMATION_GAP.value, "Information gaps", "an information gap"),
    (RiskFactorKind.METHOD.value, "Methods to reduce the danger", "a method"),
]


@bp.app_context_processor
def journey_labels():
    return {
        "experience_kinds": EXPERIENCE_KINDS,
        "factor_kinds": FACTOR_KINDS,
        "sections_by_key": BY_KEY,
    }


bp.add_app_template_global(marked)


@bp.app_template_global()
def journey_source():
    """Keep "came from check your answers" on the links a section page offers."""
    return Navigator.here(None).source


@bp.app_template_global()
def item_href(assessment_id, kind, ref):
    section = BY_KEY[SECTION_OF_KIND[ItemKind(kind)]]
    return f"{url_for(section.endpoint, assessment_id=assessment_id)}#{ref}"


@bp.app_template_global()
def category_label(value):
    return CATEGORY_LABELS.get(value or "", value or "No category")


@bp.app_template_global()
def how_known_label(value):
    return HOW_KNOWN_LABELS.get(getattr(value, "value", value), "")


@bp.app_template_global()
def experience_label(value):
    return EXPERIENCE_LABELS.get(getattr(value, "value", value), "")


@bp.app_template_filter()
def join_ref(kind_and_id, contents):
    return contents.ref(*kind_and_id)


# Singular and plural, for counting a danger's parts: "1 hazard, 2 strengths".
FACTOR_NOUNS = {
    "hazard": ("hazard", "hazards"),
    "strength": ("strength", "strengths"),
    "information_gap": ("information gap", "information gaps"),
    "method": ("method", "methods"),
}


@bp.app_template_filter()
def factor_counts(factors):
    """ "1 hazard, 2 strengths and 1 method", or "no hazards, strengths, gaps or methods yet"."""
    counts = {}
    for factor in factors:
        kind = getattr(factor.kind, "value", factor.kind)
        counts[kind] = counts.get(kind, 0) + 1
    parts = [
        f"{counts[kind]} {one if counts[kind] == 1 else many}"
        for kind, (one, many) in FACTOR_NOUNS.items()
        if counts.get(kind)
    ]
    if not parts:
        return "no hazards, strengths, gaps or methods yet"
    return parts[0] if len(parts) == 1 else f"{', '.join(parts[:-1])} and {parts[-1]}"
