"""Saved versions: what changed between two, and putting an earlier one back.

Both work on the plain snapshots (``Document.to_dict()``) kept with every save.
"""

from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa

from assist import clock
from assist.document import Document
from assist.extensions import db
from assist.journey import items
from assist.models import (
    Adult,
    AnalysisStatement,
    Child,
    ChildExperience,
    Danger,
    Fact,
    Link,
    Recommendation,
    RiskFactor,
)
from assist.models.content import (
    DatePrecision,
    ExperienceKind,
    HowKnown,
    ItemKind,
    LinkRole,
    Probability,
    RiskFactorKind,
)

COLLECTIONS = [
    ("children", "Children"),
    ("adults", "Adults"),
    ("facts", "Facts"),
    ("experiences", "The child's experience"),
    ("analysis", "Analysis"),
    ("dangers", "Dangers"),
    ("recommendations", "Recommendations"),
]


@dataclass
class Change:
    collection: str
    ref: str
    kind: str  # added, removed, changed
    fields: list  # [(field, before, after)] for changed items


def diff(older: dict, newer: dict):
    """Item-by-item differences, matched by reference (F3 stays F3 across versions)."""
    changes = []
    for collection, _title in COLLECTIONS:
        before = {item["ref"]: item for item in older.get(collection, [])}
        after = {item["ref"]: item for item in newer.get(collection, [])}
        for ref in after.keys() - before.keys():
            changes.append(Change(collection, ref, "added", _fields(None, after[ref])))
        for ref in before.keys() - after.keys():
            changes.append(Change(collection, ref, "removed", _fields(before[ref], None)))
        for ref in before.keys() & after.keys():
            changed = [f for f in _fields(before[ref], after[ref]) if f[1] != f[2]]
            if changed:
                changes.append(Change(collection, ref, "changed", changed))
    order = [name for name, _ in COLLECTIONS]
    changes.sort(key=lambda c: (order.index(c.collection), c.ref[0], int(c.ref[1:] or 0)))
    return changes


def _fields(before, after):
    keys = [k for k in (after or before) if k not in ("ref", "location")]
    return [(key, _plain((before or {}).get(key)), _plain((after or {}).get(key))) for key in keys]


def _plain(value):
    if isinstance(value, list):
        if value and isinstance(value[0], dict):  # a danger's factors
            return "; ".join(f"{v['ref']} {v['text']}" for v in value)
        return ", ".join(value)
    if value is None:
        return ""
    return str(value)


def restore(assessment, snapshot: dict):
    """Make the assessment's live contents match ``snapshot``. Numbered items (F, A, D, R) keep
    their numbers; everything else is recreated; every link is rebuilt from the snapshot."""
    document = Document.from_dict(snapshot)
    now = clock.now()
    aid = assessment.id
    ids = {}  # ref in the snapshot -> (kind, new id)
    for model in (Child, Adult, ChildExperience, RiskFactor):
        db.session.execute(
            sa.update(model)
            .where(model.assessment_id == aid, model.deleted_at.is_(None))
            .values(deleted_at=now)
        )
    db.session.execute(sa.delete(Link).where(Link.assessment_id == aid))

    child_ids = {}
    for position, child in enumerate(document.children):
        row = Child(
            assessment_id=aid,
            name=child.name,
            position=position,
            date_of_birth=_date(child.date_of_birth),
            is_unborn=child.is_unborn,
            is_preverbal=child.is_preverbal,
            ethnicity=child.ethnicity or None,
            first_language=child.first_language or None,
            disability=child.disability or None,
            communication_needs=child.communication_needs or None,
        )
        db.session.add(row)
        db.session.flush()
        child_ids[child.ref] = row.id
    for position, adult in enumerate(document.adults):
        db.session.add(
            Adult(
                assessment_id=aid,
                name=adult.name,
                position=position,
                relationship_to_child=adult.relationship_to_child,
                lives_in_household=adult.lives_in_household,
                notes=adult.notes or None,
            )
        )

    def numbered(model, ref, **values):
        number = int(ref[1:])
        row = db.session.scalar(
            sa.select(model).where(model.assessment_id == aid, model.number == number)
        )
        if row is None:
            row = model(assessment_id=aid, number=number)
            db.session.add(row)
        for key, value in values.items():
            setattr(row, key, value)
        row.deleted_at = None
        db.session.flush()
        return row

    kept = {Fact: set(), AnalysisStatement: set(), Danger: set(), Recommendation: set()}
    for fact in document.facts:
        row = numbered(
            Fact,
            fact.ref,
            occurred_on=_date(fact.date) or now.date(),
            date_precision=DatePrecision(fact.date_precision),
            what_happened=fact.text,
            source=fact.source,
            how_known=HowKnown(fact.how_known),
            corroborated=fact.corroborated,
            category=fact.category or None,
            is_historic=fact.is_historic,
        )
        ids[fact.ref] = (ItemKind.FACT, row.id)
        kept[Fact].add(row.id)
    for experience in document.experiences:
        if experience.child_ref not in child_ids:
            continue
        row = ChildExperience(
            assessment_id=aid,
            child_id=child_ids[experience.child_ref],
            kind=ExperienceKind(experience.kind),
            text=experience.text,
            heard_on=_date(experience.heard_on),
            how_heard=experience.how_heard or None,
            what_was_done=experience.what_was_done or None,
        )
        db.session.add(row)
        db.session.flush()
        ids[experience.ref] = (ItemKind.EXPERIENCE, row.id)
    for statement in document.analysis:
        row = numbered(
            AnalysisStatement,
            statement.ref,
            meaning_for_child=statement.text,
            alternative_explanation=statement.alternative_explanation or None,
            reasoning=statement.reasoning or None,
            is_pattern=statement.is_pattern,
        )
        ids[statement.ref] = (ItemKind.ANALYSIS, row.id)
        kept[AnalysisStatement].add(row.id)
    factor_links = []
    for danger in document.dangers:
        row = numbered(
            Danger,
            danger.ref,
            feared_outcome=danger.text,
            child_id=child_ids.get(danger.child_ref),
            probability=Probability(danger.probability) if danger.probability else None,
            probability_reasoning=danger.probability_reasoning or None,
        )
        ids[danger.ref] = (ItemKind.DANGER, row.id)
        kept[Danger].add(row.id)
        for factor in danger.factors:
            factor_row = RiskFactor(
                assessment_id=aid,
                danger_id=row.id,
                kind=RiskFactorKind(factor.kind),
                text=factor.text,
                how_to_fill=factor.how_to_fill or None,
            )
            db.session.add(factor_row)
            db.session.flush()
            ids[factor.ref] = (ItemKind.RISK_FACTOR, factor_row.id)
            factor_links.append((factor_row.id, factor.cites))
    for recommendation in document.recommendations:
        row = numbered(
            Recommendation,
            recommendation.ref,
            action=recommendation.action,
            objective_for_child=recommendation.objective or None,
            reason=recommendation.reason or None,
            who=recommendation.who or None,
            by_when=_date(recommendation.by_when),
            how_we_will_know=recommendation.how_we_will_know or None,
        )
        ids[recommendation.ref] = (ItemKind.RECOMMENDATION, row.id)
        kept[Recommendation].add(row.id)
        items.set_links(
            aid,
            ItemKind.RECOMMENDATION,
            row.id,
            LinkRole.ANSWERS,
            _targets(ids, recommendation.answers),
        )
        items.set_links(
            aid,
            ItemKind.RECOMMENDATION,
            row.id,
            LinkRole.FILLS,
            _targets(ids, recommendation.fills),
        )
    for statement in document.analysis:
        kind_id = ids[statement.ref][1]
        items.set_links(
            aid, ItemKind.ANALYSIS, kind_id, LinkRole.SUPPORTS, _targets(ids, statement.cites)
        )
        items.set_links(
            aid,
            ItemKind.ANALYSIS,
            kind_id,
            LinkRole.CONTRADICTS,
            _targets(ids, statement.contradicted_by),
        )
    for factor_id, cites in factor_links:
        items.set_links(
            aid, ItemKind.RISK_FACTOR, factor_id, LinkRole.SUPPORTS, _targets(ids, cites)
        )
    for model, keep in kept.items():
        db.session.execute(
            sa.update(model)
            .where(
                model.assessment_id == aid, model.deleted_at.is_(None), model.id.not_in(keep or {0})
            )
            .values(deleted_at=now)
        )


def _targets(ids, refs):
    return [ids[ref] for ref in refs if ref in ids]


def _date(value):
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None
