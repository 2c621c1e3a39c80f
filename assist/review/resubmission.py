"""What changed since the last review: the items that were added, removed or changed (compared
with the version the supervisor reviewed), and what became of each finding: dismissed (by the
worker or a supervisor), resolved, remaining or new. Every finding is in exactly one of these.

Findings are matched by criterion and item (F3 stays F3 across versions), the same words first:
a finding whose item was reworded but still trips the same criterion "remains", which is what a
supervisor asks; of two in one item ("core group" and "strategy meeting"), the one whose words
went is resolved and the other remains."""

from dataclasses import dataclass

from assist.document import Document
from assist.journey import history, version_store
from assist.journey.snapshot import to_document
from assist.open_findings import checked, dismissals
from assist.rubric import check


@dataclass
class SinceReview:
    decision: object
    reviewed_version: int
    changes: list
    resolved: list
    remaining: list
    new: list
    dismissed: list  # [(finding, its dismissal)]

    @property
    def findings(self):
        """(what the finding is now, finding, its dismissal or None): each finding once."""
        for label, group in (("Resolved", self.resolved), ("Remains", self.remaining)):
            yield from ((label, finding, None) for finding in group)
        yield from (("Dismissed", finding, dismissal) for finding, dismissal in self.dismissed)
        yield from (("New", finding, None) for finding in self.new)


def reviewed_snapshot(assessment_id, reviewed_version):
    """The content the supervisor read: the last saved version at or before the review (a
    status change bumps the version number without saving new content)."""
    number = version_store.kept_at_or_before(assessment_id, reviewed_version)
    return version_store.snapshot_at(assessment_id, number) if number is not None else None


def since_review(assessment, decision, contents, current_findings, rubric):
    """What changed since ``decision`` and what became of the findings of ``rubric`` (
    ``current_findings``: the open findings as they stand)."""
    if decision is None:
        return None
    older = reviewed_snapshot(assessment.id, decision.reviewed_version)
    if older is None:
        return None
    newer = to_document(assessment, contents).to_dict()
    now = [(finding, None) for finding in current_findings]
    if dismissals(assessment.id):  # the open findings leave out the dismissed ones
        now = checked(assessment, rubric, contents)
    pairs, resolved, new = _matched(check(Document.from_dict(older), rubric), now)
    return SinceReview(
        decision=decision,
        reviewed_version=decision.reviewed_version,
        changes=history.worded(history.diff(older, newer), older, newer),
        resolved=resolved,
        remaining=[finding for finding, dismissal in pairs if dismissal is None],
        new=[finding for finding, dismissal in new if dismissal is None],
        dismissed=[pair for pair in pairs + new if pair[1] is not None],
    )


def _matched(before, now):
    """(the findings now that were there before, those that went, those that are new), each
    finding once and in the order given: matched within a criterion and item, the same words
    first, then whichever is left (the words were changed but the criterion still trips)."""
    waiting = {}
    for finding in before:
        waiting.setdefault((finding.rule, finding.item), []).append(finding)
    was_there = [False] * len(now)
    for same_words in (True, False):
        for position, (finding, _dismissal) in enumerate(now):
            left = waiting.get((finding.rule, finding.item))
            if was_there[position] or not left:
                continue
            match = next((old for old in left if _words(old) == _words(finding)), None)
            if match is None and not same_words:
                match = left[0]
            if match is not None:
                left.remove(match)
                was_there[position] = True
    pairs = [current for current, there in zip(now, was_there, strict=True) if there]
    new = [current for current, there in zip(now, was_there, strict=True) if not there]
    gone = {id(finding) for left in waiting.values() for finding in left}
    return pairs, [finding for finding in before if id(finding) in gone], new


def _words(finding):
    return (finding.field, " ".join(finding.excerpt.split()).casefold())
