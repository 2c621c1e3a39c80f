"""What the team keeps getting wrong: for each quarter, in how many of the team's submitted
assessments each criterion found something. Thematic learning before harm, not after."""

import csv
import io
from dataclasses import dataclass, field

from sqlalchemy.orm import contains_eager

from assist import records
from assist.extensions import db
from assist.models import Assessment
from assist.review.tallies import first_review_counts, tallies_for


@dataclass
class Period:
    label: str  # "2026 Q3"
    assessments: int = 0
    with_finding: dict = field(default_factory=dict)  # criterion id -> assessments

    def percent(self, criterion_id):
        if not self.assessments:
            return 0
        return round(100 * self.with_finding.get(criterion_id, 0) / self.assessments)


@dataclass
class TeamStatistics:
    periods: list  # oldest first
    criteria: list  # [(id, title)] that found something in any period

    @property
    def latest(self):
        return self.periods[-1] if self.periods else None

    def most_common_latest(self):
        """([titles], percent) of the criteria found most often in the latest quarter: every
        one tied at the top, so the page never picks one of equals at random."""
        latest = self.latest
        if latest is None or not latest.with_finding:
            return None
        most = max(latest.with_finding.values())
        titles = [t for c, t in self.criteria if latest.with_finding.get(c, 0) == most]
        return titles, latest.percent(next(c for c, n in latest.with_finding.items() if n == most))


def quarter_of(moment):
    return f"{moment.year} Q{(moment.month - 1) // 3 + 1}"


def team_statistics(supervisor, rubric):
    """Every submitted (not draft, never practice) assessment of the supervisor's teams, by the
    quarter it was submitted in, with its findings as the supervisor first saw them (as they
    stand now for those still waiting for a first decision)."""
    assessments = db.session.scalars(
        records.team_queue(supervisor)
        .where(Assessment.submitted_at.is_not(None))
        .options(contains_eager(Assessment.case))
    ).all()
    # As first reviewed: a returned and corrected assessment still counts what it got wrong.
    first = first_review_counts(assessments, rubric)
    waiting = [a for a in assessments if a.id not in first]
    tallies = tallies_for(waiting, rubric)
    periods = {}
    for assessment in assessments:
        label = quarter_of(assessment.submitted_at)
        period = periods.setdefault(label, Period(label))
        period.assessments += 1
        counts = first[assessment.id] if assessment.id in first else tallies[assessment.id].counts
        for criterion_id, count in counts.items():
            if count:
                period.with_finding[criterion_id] = period.with_finding.get(criterion_id, 0) + 1
    # Most often found first: the top of the page is what the team most needs to learn.
    totals = {}
    for period in periods.values():
        for criterion_id, count in period.with_finding.items():
            totals[criterion_id] = totals.get(criterion_id, 0) + count
    order = {c.id: n for n, c in enumerate(rubric.criteria)}
    criteria = sorted(
        ((c.id, c.title) for c in rubric.criteria if c.id in totals),
        key=lambda pair: (-totals[pair[0]], order[pair[0]]),
    )
    return TeamStatistics(periods=[periods[k] for k in sorted(periods)], criteria=criteria)


FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value):
    """A spreadsheet must never run a cell as a formula (CSV injection): quote such text."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def to_csv(statistics):
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(
        [
            "Quarter",
            "Criterion",
            "Criterion title",
            "Assessments with a finding",
            "Assessments",
            "Percent",
        ]
    )
    for period in statistics.periods:
        for criterion_id, title in statistics.criteria:
            writer.writerow(
                [
                    safe_cell(period.label),
                    safe_cell(criterion_id),
                    safe_cell(title),
                    period.with_finding.get(criterion_id, 0),
                    period.assessments,
                    period.percent(criterion_id),
                ]
            )
    return out.getvalue()
