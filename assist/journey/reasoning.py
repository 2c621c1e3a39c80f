"""The chain of reasoning as data: which items cite which, which are orphans, and how concerns
accumulate over time. Plain Python over ``items.Contents``."""

from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from assist.labels import DATE_NOT_KNOWN, FACTOR_NOUNS
from assist.models.content import (
    DatePrecision,
    ExperienceKind,
    ItemKind,
    LinkRole,
    RiskFactorKind,
)
from assist.readers.dates import granularity


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

    @property
    def orphans_by_reason(self):
        """[(why they stand alone, [their references])], each reason once, in the chain's order:
        3,000 facts nothing uses read as one line of references, not 3,000 lines."""
        grouped: dict[str, list[str]] = {}
        for node in self.orphans:
            for reason in node.alone:
                grouped.setdefault(reason, []).append(node.ref)
        return list(grouped.items())

    @property
    def lone_facts(self):
        return sum(1 for node in self.orphans if node.kind == ItemKind.FACT)

    def without_lone_facts(self):
        """The chain less the facts that stand alone (they are listed among the orphans): in a
        long chronology most facts are not used yet, and drawn they would bury the reasoning."""
        columns = [
            (title, [node for node in nodes if not (node.kind == ItemKind.FACT and node.alone)])
            for title, nodes in self.columns
        ]
        return Chain(columns, self.links)


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
        self.linked = set()  # (kind, id) of every item at either end of a link
        for link in contents.links:
            source = contents.ref(link.from_kind, link.from_id)
            if source and contents.ref(link.to_kind, link.to_id):
                self.incoming[(link.to_kind, link.to_id, link.role)].append(source)
                self.linked.update(((link.from_kind, link.from_id), (link.to_kind, link.to_id)))

    def node(self, kind, item, text, rests_on=(LinkRole.SUPPORTS,)):
        contents = self.contents
        if (kind, item.id) not in self.linked:
            # Nothing to look up: most of a long chronology is not cited yet.
            return Node(contents.ref(kind, item.id), kind, text)
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


@dataclass(frozen=True)
class _Unit:
    """A length of time the chart counts by: where one starts, where the next starts, and what
    a period of it is called, when a date falls in it and when a date is known only to it."""

    name: str
    start: Callable[[date], date]
    following: Callable[[date], date]
    label: Callable[[date], str]
    stretch: Callable[
        [date, date], str
    ]  # several quiet periods, by the starts of the first and last
    unknown: Callable[[date], str] = str

    def period(self, start, fine=True):
        label = self.label(start) if fine else self.unknown(start)
        return Period(label, Counter(), start=start, end=self.following(start) - timedelta(days=1))


WEEK = _Unit(
    "week",
    start=lambda day: day - timedelta(days=day.weekday()),
    following=lambda start: start + timedelta(days=7),
    label=lambda start: f"Week of {start.day} {start:%b %Y}",
    stretch=lambda first, last: f"Weeks of {first.day} {first:%b %Y} to {last.day} {last:%b %Y}",
)
MONTH = _Unit(
    "month",
    start=lambda day: day.replace(day=1),
    following=lambda start: (start + timedelta(days=32)).replace(day=1),
    label=lambda start: f"{start:%b %Y}",
    stretch=lambda first, last: f"{first:%b %Y} to {last:%b %Y}",
    unknown=lambda start: f"{start:%b %Y} (week not known)",
)
YEAR = _Unit(
    "year",
    start=lambda day: day.replace(month=1, day=1),
    following=lambda start: start.replace(year=start.year + 1),
    label=lambda start: str(start.year),
    stretch=lambda first, last: f"{first.year} to {last.year}",
    unknown=lambda start: f"{start.year} (month not known)",
)
UNITS = (WEEK, MONTH, YEAR)  # shortest first
KNOWN_TO = {DatePrecision.MONTH: MONTH, DatePrecision.YEAR: YEAR}
# Concerns that span less than this are counted week by week; longer, month by month.
WEEKLY_UNDER = timedelta(weeks=8)


@dataclass
class Period:
    label: str
    counts: Counter  # the concerns dated to this period, by category
    running: Counter = field(default_factory=Counter)  # every concern up to its end
    refs: list[str] = field(default_factory=list)  # its facts, oldest first
    start: date | None = None
    end: date | None = None

    @property
    def total(self):
        return sum(self.counts.values())

    @property
    def running_total(self):
        return sum(self.running.values())


def chronology_by_period(contents):
    """Concerns by category per month (per week when they span under eight weeks), every
    period from the first to the last, with a running total, because neglect shows as a pattern
    that builds, not as one event. A stretch with none is one row, and a fact whose date is known
    only to the month or year is counted there, after the periods it might fall in, never placed
    in a week or month it may not belong to. Facts whose date is not known are counted last, on
    a line of their own, and set no period's bounds. Returns (periods, categories commonest
    first)."""
    concerns = [f for f in contents.facts if f.category != "strength"]
    if not concerns:
        return [], []
    dated_facts = [fact for fact in concerns if fact.occurred_on is not None]
    periods = _periods(contents, dated_facts)
    undated = [fact for fact in concerns if fact.occurred_on is None]
    if undated:
        period = Period(DATE_NOT_KNOWN, Counter())
        for fact in undated:
            period.counts[fact.category or "other"] += 1
            period.refs.append(contents.ref(ItemKind.FACT, fact.id))
        periods.append(period)
    running = Counter()
    for period in periods:
        running.update(period.counts)
        period.running = Counter(running)
    categories = sorted(running, key=lambda c: -running[c])
    return periods, categories


def _periods(contents, facts):
    """The periods of the dated facts, oldest first, quiet stretches joined."""
    if not facts:
        return []
    days = [fact.occurred_on for fact in facts]
    unit = WEEK if max(days) - min(days) < WEEKLY_UNDER else MONTH
    found = {}
    for fact in facts:
        of = _unit_of(fact, unit)
        start = of.start(fact.occurred_on)
        if (of.name, start) not in found:
            found[(of.name, start)] = of.period(start, fine=of is unit)
        period = found[(of.name, start)]
        period.counts[fact.category or "other"] += 1
        period.refs.append(contents.ref(ItemKind.FACT, fact.id))
    dated = sorted(start for name, start in found if name == unit.name)
    if dated:
        start = dated[0]
        while start < dated[-1]:
            start = unit.following(start)
            found.setdefault((unit.name, start), unit.period(start))
    ordered = sorted(found.values(), key=lambda p: (p.end, -p.start.toordinal()))
    return _quiet_stretches_joined(ordered, unit)


def _unit_of(fact, unit):
    known_to = KNOWN_TO.get(granularity(fact.occurred_on, fact.date_precision))
    if known_to is not None and UNITS.index(known_to) > UNITS.index(unit):
        return known_to
    return unit


def _quiet_stretches_joined(periods, unit):
    joined = []
    for period in periods:
        previous = joined[-1] if joined else None
        if previous is not None and not previous.counts and not period.counts:
            previous.label = unit.stretch(previous.start, period.start)
            previous.end = period.end
        else:
            joined.append(period)
    return joined


__all__ = ["Chain", "Node", "Period", "RiskFactorKind", "chronology_by_period", "reasoning_map"]
