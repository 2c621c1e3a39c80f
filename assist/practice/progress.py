"""Progress over time: each submission's score per criterion, ready for a chart and a table."""

from dataclasses import dataclass, field


@dataclass
class CriterionProgress:
    id: str
    title: str
    weight: float
    earned: list = field(default_factory=list)  # per submission, oldest first; None if absent


@dataclass
class Progress:
    submissions: list  # (label, submitted_at, score, max_score)
    criteria: list


def progress_of(submissions):
    """``submissions`` oldest first, across any number of attempts."""
    rows: list = []
    by_id: dict = {}
    for index, submission in enumerate(submissions):
        title = submission.assessment.scenario.title if submission.assessment else ""
        rows.append((f"{index + 1}", title, submission))
        for criterion in submission.feedback.get("criteria", []):
            entry = by_id.setdefault(
                criterion["id"],
                CriterionProgress(criterion["id"], criterion["title"], criterion["weight"]),
            )
            entry.earned += [None] * (index - len(entry.earned))
            entry.earned.append(criterion["earned"])
    for entry in by_id.values():
        entry.earned += [None] * (len(rows) - len(entry.earned))
    return Progress(rows, list(by_id.values()))
