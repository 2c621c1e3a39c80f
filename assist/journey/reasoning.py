"""The chain of reasoning as data: which items cite which, which are orphans, and how concerns
accumulate over time. Plain Python over ``items.Contents``."""

from collections import Counter
from dataclasses import dataclass, field

from assist.models.content import ItemKind, LinkRole, RiskFactorKind


@dataclass
class Node:
    ref: str
    kind: ItemKind
    text: str
    cites: list[str] = field(default_factory=list)
    cited_by: list[str] = field(default_factory=list)
    orphan: str | None = None  # why it stands alone, if it does


@dataclass
class Chain:
    columns: list[tuple[str, list[Node]]]
    links: list[tuple[str, str, str]]  # (from ref, relation, to ref)

    @property
    def orphans(self):
        return [node for _title, nodes in self.columns for node in nodes if node.orphan]


RELATION = {
    LinkRole.SUPPORTS: "rests on",
    LinkRole.CONTRADICTS: "is contradicted by",
    LinkRole.ANSWERS: "answers",
    LinkRole.FILLS: "fills",
}


def reasoning_map(contents):
    def node(kind, item, text, orphan_if_no_cites=None, orphan_if_unused=None, role=None):
        cites = [contents.ref(k, i) for k, i in contents.cites(kind, item.id, role)]
        cited_by = [contents.ref(k, i) for k, i in contents.cited_by(kind, item.id)]
        orphan = None
        if orphan_if_no_cites and not cites:
            orphan = orphan_if_no_cites
        elif orphan_if_unused and not cited_by:
            orphan = orphan_if_unused
        return Node(contents.ref(kind, item.id), kind, text, cites, cited_by, orphan)

    # A danger rests on the facts and analysis its hazards and strengths cite.
    dangers = []
    for danger in contents.dangers:
        item = node(
            ItemKind.DANGER,
            danger,
            danger.feared_outcome,
            orphan_if_unused="No recommendation answers this danger",
        )
        item.cites = sorted(
            {
                ref
                for factor in contents.factors_of(danger)
                for ref in (
                    contents.ref(k, i) for k, i in contents.cites(ItemKind.RISK_FACTOR, factor.id)
                )
            }
        )
        dangers.append(item)
    columns = [
        (
            "Facts",
            [
                node(
                    ItemKind.FACT,
                    f,
                    f.what_happened,
                    orphan_if_unused="No analysis or risk uses this fact",
                )
                for f in contents.facts
            ],
        ),
        (
            "Analysis",
            [
                node(
                    ItemKind.ANALYSIS,
                    a,
                    a.meaning_for_child,
                    orphan_if_no_cites="Rests on no facts",
                    role=LinkRole.SUPPORTS,
                )
                for a in contents.analysis
            ],
        ),
        ("Dangers", dangers),
        (
            "Recommendations",
            [
                node(
                    ItemKind.RECOMMENDATION,
                    r,
                    r.action,
                    orphan_if_no_cites="Answers no danger or conclusion",
                    role=LinkRole.ANSWERS,
                )
                for r in contents.recommendations
            ],
        ),
    ]
    links = [
        (
            contents.ref(link.from_kind, link.from_id),
            RELATION[link.role],
            contents.ref(link.to_kind, link.to_id),
        )
        for link in contents.links
        if contents.ref(link.from_kind, link.from_id) and contents.ref(link.to_kind, link.to_id)
    ]
    links.sort(key=lambda row: _ref_order(row[0]))
    return Chain(columns, links)


def _ref_order(ref):
    order = "FEAHSGMDR"
    return (order.index(ref[0]) if ref[0] in order else 99, int(ref[1:] or 0))


@dataclass
class Period:
    label: str
    counts: Counter
    running: Counter


def chronology_by_period(contents):
    """Facts by category per year (or per month when they span less than two years), with a
    running total, because neglect shows as a pattern that builds, not as one event."""
    dated = [f for f in contents.facts if f.category != "strength"]
    if not dated:
        return [], []
    first, last = dated[0].occurred_on, dated[-1].occurred_on
    monthly = (last.year - first.year) * 12 + (last.month - first.month) < 24

    def period_of(day):
        return f"{day:%b %Y}" if monthly else str(day.year)

    periods, running = [], Counter()
    for fact in dated:
        label = period_of(fact.occurred_on)
        if not periods or periods[-1].label != label:
            periods.append(Period(label, Counter(), Counter()))
        periods[-1].counts[fact.category or "other"] += 1
    for period in periods:
        running.update(period.counts)
        period.running = Counter(running)
    categories = sorted(running, key=lambda c: -running[c])
    return periods, categories


__all__ = ["Chain", "Node", "Period", "RiskFactorKind", "chronology_by_period", "reasoning_map"]
