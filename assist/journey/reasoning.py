"""The chain of reasoning as data: which items cite which, which are orphans, and how concerns
accumulate over time. Plain Python over ``items.Contents``."""

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from assist.labels import FACTOR_NOUNS
from assist.models.content import (
    ExperienceKind,
    ItemKind,
    LinkRole,
    RiskFactorKind,
)


@dataclass
class Node:
    ref: str
    kind: ItemKind
    text: str
    cites: list[str] = field(default_factory=list)  # what it rests on, answers or fills
    cited_by: list[str] = field(default_factory=list)  # what rests on it or answers it
    contradicted_by: list[str] = field(default_factory=list)  # facts that point the other way
    points_against: list[str] = field(default_factory=list)  # conclusions a fact weighs against
    alone: list[str] = field(default_factory=list)  # why it stands alone, if it does


@dataclass
class Chain:
    columns: list[tuple[str, list[Node]]]
    links: list[tuple[str, str, str]]  # (from ref, relation, to ref)

    @property
    def orphans(self):
        return [node for _title, nodes in self.columns for node in nodes if node.alone]


RELATION = {
    LinkRole.SUPPORTS: "rests on",
    LinkRole.CONTRADICTS: "is contradicted by",
    LinkRole.ANSWERS: "answers",
    LinkRole.FILLS: "fills",
}
# What the child said or showed is evidence, as a fact is: the analysis should weigh it.
WEIGHED_EXPERIENCES = {
    ExperienceKind.WORDS: "No analysis uses what the child said",
    ExperienceKind.OBSERVATION: "No analysis uses this observation of the child",
}
# A danger rests on what makes it more likely and less likely, not on how it will be managed.
EVIDENCE_FACTORS = (RiskFactorKind.HAZARD, RiskFactorKind.STRENGTH)


class _Citations:
    """Who cites whom, by role, both ways, as references: a fact that points the other way is
    not a fact a conclusion rests on."""

    def __init__(self, contents):
        self.contents = contents
        self.incoming = defaultdict(list)  # (kind, id, role) -> refs of the items citing it
        for link in contents.links:
            source = contents.ref(link.from_kind, link.from_id)
            if source and contents.ref(link.to_kind, link.to_id):
                self.incoming[(link.to_kind, link.to_id, link.role)].append(source)

    def node(self, kind, item, text, rests_on=(LinkRole.SUPPORTS,)):
        contents = self.contents
        return Node(
            contents.ref(kind, item.id),
            kind,
            text,
            cites=self.out(kind, item.id, *rests_on),
            cited_by=self.into(kind, item.id, LinkRole.SUPPORTS, LinkRole.ANSWERS, LinkRole.FILLS),
            contradicted_by=self.out(kind, item.id, LinkRole.CONTRADICTS),
            points_against=self.into(kind, item.id, LinkRole.CONTRADICTS),
        )

    def out(self, kind, item_id, *roles):
        contents = self.contents
        refs = {
            contents.ref(*target)
            for role in roles
            for target in contents.cites(kind, item_id, role)
        }
        return sorted(refs, key=_ref_order)

    def into(self, kind, item_id, *roles):
        refs = {ref for role in roles for ref in self.incoming[(kind, item_id, role)]}
        return sorted(refs, key=_ref_order)


def reasoning_map(contents):
    """Every item in the order of the chain, with what it rests on, what uses it, what points the
    other way, and why it stands alone when it does."""
    citations = _Citations(contents)
    columns = [
        ("Facts and the child's experience", _evidence(contents, citations)),
        ("Analysis", [_analysis(citations, a) for a in contents.analysis]),
        ("Risk", [node for d in contents.dangers for node in _danger(contents, citations, d)]),
        ("Recommendations", [_recommendation(citations, r) for r in contents.recommendations]),
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


def _evidence(contents, citations):
    nodes = []
    for fact in contents.facts:
        node = citations.node(ItemKind.FACT, fact, fact.what_happened)
        if not node.cited_by and not node.points_against:
            node.alone.append("No analysis or risk uses this fact")
        nodes.append(node)
    for experience in contents.experiences:
        node = citations.node(ItemKind.EXPERIENCE, experience, experience.text)
        unused = WEIGHED_EXPERIENCES.get(experience.kind)
        if unused and not node.cited_by:
            node.alone.append(unused)
        nodes.append(node)
    return nodes


def _analysis(citations, statement):
    node = citations.node(ItemKind.ANALYSIS, statement, statement.meaning_for_child)
    if not node.cites:
        node.alone.append("Rests on no facts or the child's experience")
    if not node.cited_by:
        node.alone.append("No risk or recommendation uses this conclusion")
    return node


def _danger(contents, citations, danger):
    """The danger, resting on the facts and analysis its hazards and strengths cite, then each
    of its hazards, strengths, gaps and methods."""
    node = citations.node(ItemKind.DANGER, danger, danger.feared_outcome)
    factors = contents.factors_of(danger)
    parts = [_factor(citations, node.ref, factor) for factor in factors]
    evidence = [part for part, f in zip(parts, factors, strict=True) if f.kind in EVIDENCE_FACTORS]
    node.cites = sorted({ref for part in evidence for ref in part.cites}, key=_ref_order)
    if not evidence:
        node.alone.append("Rests on nothing: it has no hazards or strengths")
    elif not node.cites:
        node.alone.append(
            "Rests on nothing: none of its hazards or strengths cites a fact or analysis"
        )
    if not node.cited_by:
        node.alone.append("No recommendation answers this danger")
    return [node, *parts]


def _factor(citations, danger_ref, factor):
    kind = factor.kind
    node = citations.node(
        ItemKind.RISK_FACTOR, factor, f"{FACTOR_NOUNS[kind][0].capitalize()}: {factor.text}"
    )
    if kind in EVIDENCE_FACTORS and not node.cites:
        node.alone.append("Rests on no facts or analysis")
    # A gap is filled by a recommendation or method that cites it, or by a plan written in it.
    filled = node.cited_by or (factor.how_to_fill or "").strip()
    node.cited_by = [danger_ref, *node.cited_by]
    if kind == RiskFactorKind.INFORMATION_GAP and not filled:
        node.alone.append(
            "Nothing fills this gap: no recommendation or method, and no plan to fill it"
        )
    return node


def _recommendation(citations, recommendation):
    node = citations.node(
        ItemKind.RECOMMENDATION,
        recommendation,
        recommendation.action,
        rests_on=(LinkRole.ANSWERS, LinkRole.FILLS),
    )
    if not node.cites:
        node.alone.append("Answers no danger or conclusion and fills no gap")
    return node


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
