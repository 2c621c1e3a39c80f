"""The assessment's contents as a plain ``Document``: what the rubric reads and what every
saved version keeps."""

from assist import document as doc
from assist.journey.items import Contents, load
from assist.models.content import ItemKind, LinkRole


def _iso(value):
    return value.isoformat() if value is not None else None


def to_document(assessment, contents: Contents | None = None) -> doc.Document:
    contents = contents or load(assessment.id)
    ref = contents.ref
    child_refs = {child.id: f"C{n}" for n, child in enumerate(contents.children, start=1)}

    def cited(kind, item_id, role=LinkRole.SUPPORTS):
        return [ref(k, i) for k, i in contents.cites(kind, item_id, role)]

    return doc.Document(
        title=assessment.title,
        children=[
            doc.Child(
                ref=child_refs[c.id],
                name=c.name,
                date_of_birth=_iso(c.date_of_birth),
                is_unborn=c.is_unborn,
                is_preverbal=c.is_preverbal,
                ethnicity=c.ethnicity or "",
                first_language=c.first_language or "",
                disability=c.disability or "",
                communication_needs=c.communication_needs or "",
            )
            for c in contents.children
        ],
        adults=[
            doc.Adult(
                ref=f"P{n}",
                name=a.name,
                relationship_to_child=a.relationship_to_child,
                lives_in_household=a.lives_in_household,
                notes=a.notes or "",
            )
            for n, a in enumerate(contents.adults, start=1)
        ],
        facts=[
            doc.Fact(
                ref=f.reference,
                text=f.what_happened,
                date=_iso(f.occurred_on),
                date_precision=f.date_precision.value,
                source=f.source,
                how_known=f.how_known.value,
                corroborated=f.corroborated,
                category=f.category or "",
                is_historic=f.is_historic,
            )
            for f in contents.facts
        ],
        experiences=[
            doc.Experience(
                ref=ref(ItemKind.EXPERIENCE, e.id),
                kind=e.kind.value,
                text=e.text,
                child_ref=child_refs.get(e.child_id),
                heard_on=_iso(e.heard_on),
                how_heard=e.how_heard or "",
                what_was_done=e.what_was_done or "",
            )
            for e in contents.experiences
        ],
        analysis=[
            doc.Analysis(
                ref=a.reference,
                text=a.meaning_for_child,
                alternative_explanation=a.alternative_explanation or "",
                reasoning=a.reasoning or "",
                is_pattern=a.is_pattern,
                cites=cited(ItemKind.ANALYSIS, a.id),
                contradicted_by=cited(ItemKind.ANALYSIS, a.id, LinkRole.CONTRADICTS),
            )
            for a in contents.analysis
        ],
        dangers=[
            doc.Danger(
                ref=d.reference,
                text=d.feared_outcome,
                child_ref=child_refs.get(d.child_id),
                probability=d.probability.value if d.probability else None,
                probability_reasoning=d.probability_reasoning or "",
                factors=[
                    doc.Factor(
                        ref=ref(ItemKind.RISK_FACTOR, f.id),
                        kind=f.kind.value,
                        text=f.text,
                        how_to_fill=f.how_to_fill or "",
                        cites=cited(ItemKind.RISK_FACTOR, f.id),
                    )
                    for f in contents.factors_of(d)
                ],
            )
            for d in contents.dangers
        ],
        recommendations=[
            doc.Recommendation(
                ref=r.reference,
                action=r.action,
                objective=r.objective_for_child or "",
                reason=r.reason or "",
                who=r.who or "",
                by_when=_iso(r.by_when),
                how_we_will_know=r.how_we_will_know or "",
                answers=cited(ItemKind.RECOMMENDATION, r.id, LinkRole.ANSWERS),
                fills=cited(ItemKind.RECOMMENDATION, r.id, LinkRole.FILLS),
            )
            for r in contents.recommendations
        ],
    )


def shared_document(assessment, contents: Contents) -> doc.Document:
    """The document for ``contents``, built once however many read-only checks ask for it on
    one page (the rubric's findings and the spelling panel both do). Callers must not change
    it; use ``to_document`` for a copy of your own."""
    built = getattr(contents, "_document", None)
    if built is None or built[0] != (assessment.id, assessment.version):
        built = ((assessment.id, assessment.version), to_document(assessment, contents))
        contents._document = built
    return built[1]
