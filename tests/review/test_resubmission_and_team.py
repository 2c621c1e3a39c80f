"""A resubmission shows what changed since the last review; the team page counts findings by
criterion per quarter, as a chart, a table and a CSV."""

import csv
import io
from datetime import UTC, datetime

import pytest

from assist.extensions import db
from assist.models import AssessmentStatus, FirstReviewTally
from assist.review.tallies import tally_of
from assist.review.team import safe_cell
from tests.pages import text_of
from tests.review.conftest import fresh, post
from tests.rubric.helpers import project_rubric
from tests.test_journey import fact_answers

pytestmark = pytest.mark.db  # SQLite and PostgreSQL


def submit_and_return(pages, world, draft, reason):
    """The worker (signed in) submits; the supervisor returns it for ``reason``; the worker is
    signed in again."""
    post(pages, "author.submit", {"version": fresh(draft).version}, assessment_id=draft.id)
    pages.sign_in(world.user("nadia"))
    post(
        pages,
        "supervisor.decide_view",
        {"decision": "returned", "reason": reason, "version": fresh(draft).version},
        assessment_id=draft.id,
    )
    pages.sign_in(world.user("wendy"))


def return_and_resubmit_with_f1_seen(pages, world):
    """Worker submits; supervisor returns it; worker rewrites F1 as seen at a visit and
    resubmits. The supervisor is signed in at the end."""
    draft = world.assessments["wendy_draft"]
    fact = world.items[("wendy_draft", "Fact")]
    pages.sign_in(world.user("wendy"))
    post(pages, "author.fact_new", fact_answers(draft), assessment_id=draft.id)
    submit_and_return(pages, world, draft, "Who saw it?")
    edited = fact_answers(
        draft,
        what_happened="I saw a bruise on his left cheek at the home visit",
        source="My home visit",
        how_known="seen_by_me",
        occurred_on=["2", "3", "2026"],
    )
    response = post(pages, "author.fact_item", edited, assessment_id=draft.id, item_id=fact.id)
    assert response.status_code == 302
    post(pages, "author.submit", {"version": fresh(draft).version}, assessment_id=draft.id)
    assert fresh(draft).status == AssessmentStatus.RESUBMITTED
    pages.sign_in(world.user("nadia"))
    return draft


def test_a_resubmission_shows_changed_items_and_findings(pages, world):
    draft = return_and_resubmit_with_f1_seen(pages, world)
    page = pages.get("supervisor.assessment", assessment_id=draft.id)
    since = text_of(page, "#since-review")
    assert "F1 Changed" in since and "What happened :" in since
    # Word by word: what was struck out and what was added, said aloud too.
    changed = page.select_one("#since-review td ul li")
    assert [d.get_text() for d in changed.select("del")] == ["[removed: Nursery]"]
    assert [i.get_text() for i in changed.select("ins")] == [
        "[added: I]",
        "[added: left]",
        "[added: at the home visit]",
    ]
    assert "saw a bruise on his" in changed.get_text()
    assert "Resolved Whole assessment" not in since  # the child's view is still missing
    assert "Remains" in since and "resolved" in since


def test_the_team_page_counts_by_quarter_and_downloads_safely(pages, world):
    a = world.assessments
    a["wendy_submitted"].submitted_at = datetime(2026, 2, 1, tzinfo=UTC)
    a["wendy_draft"].status = AssessmentStatus.SIGNED_OFF
    a["wendy_draft"].submitted_at = datetime(2026, 8, 1, tzinfo=UTC)
    a["will_submitted"].submitted_at = datetime(2026, 8, 2, tzinfo=UTC)
    a["tara_practice"].status = AssessmentStatus.SUBMITTED  # practice: never counted
    a["tara_practice"].submitted_at = datetime(2026, 8, 3, tzinfo=UTC)
    a["sasha_draft"].status = AssessmentStatus.SUBMITTED  # another team: never counted
    a["sasha_draft"].submitted_at = datetime(2026, 8, 3, tzinfo=UTC)
    db.session.commit()
    pages.sign_in(world.user("nadia"))
    page = pages.get("supervisor.team")
    # Every criterion tied at the top is named, never one of equals at random.
    assert " ".join(page.select_one(".govuk-inset-text").get_text().split()) == (
        "Most often in 2026 Q3: the child's view is missing, an action with no outcome for the "
        "child, risk reasoning with parts missing and reported information presented as fact, "
        "each in 50% of the 2 assessments submitted."
    )
    table = page.select_one("main table")
    head = [th.get_text(" ", strip=True) for th in table.select("thead th")]
    assert head == ["Finding", "2026 Q1 (1 assessment)", "2026 Q3 (2 assessments)"]
    row = next(tr for tr in table.select("tbody tr") if "child's view" in tr.th.get_text())
    assert [td.get_text(strip=True) for td in row.select("td")] == ["0 (0%)", "1 (50%)"]
    assert page.select_one(".assist-chart svg rect") is not None
    response = pages.client.get(pages.url("supervisor.team_csv"))
    assert response.mimetype == "text/csv"
    rows = list(csv.reader(io.StringIO(response.get_data(as_text=True))))
    assert rows[0][0] == "Quarter"
    assert ["2026 Q3", "missing-child-view", "The child's view is missing", "1", "2", "50"] in rows


def test_spreadsheet_formulas_are_quoted():
    assert safe_cell('=HYPERLINK("x")') == '\'=HYPERLINK("x")'
    assert safe_cell("@SUM(A1)") == "'@SUM(A1)"
    assert safe_cell("Plain words") == "Plain words"
    assert safe_cell(3) == 3


def test_the_team_page_counts_what_was_found_before_review_put_it_right(app, pages, world):
    draft = return_and_resubmit_with_f1_seen(pages, world)
    first = db.session.get(FirstReviewTally, draft.id).counts
    with app.test_request_context():
        now = tally_of(fresh(draft), app.extensions["assist.rubric"]).counts
    put_right = [rule for rule, n in first.items() if n and not now.get(rule)]
    assert put_right, (first, now)  # rewriting F1 resolved at least one finding
    titles = {c.id: c.title for c in project_rubric().criteria}
    # Kept at the decision; and for a decision made before they were kept, worked out once from
    # the version the supervisor read.
    for kept in (True, False):
        if not kept:
            db.session.delete(db.session.get(FirstReviewTally, draft.id))
            db.session.commit()
        page = pages.get("supervisor.team")
        rows = {
            tr.th.get_text(" ", strip=True): [td.get_text(strip=True) for td in tr.select("td")]
            for tr in page.select("main table tbody tr")
        }
        for rule in put_right:
            assert rows[titles[rule]][-1].startswith("1 ("), (rule, kept, rows)
    db.session.expire_all()
    assert db.session.get(FirstReviewTally, draft.id).counts == first


def findings_since(page):
    """[(what the finding is now, item, message)] as the table under "What changed" shows them."""
    table = next(
        t for t in page.select("#since-review table") if "Findings since" in t.caption.get_text()
    )
    return [
        tuple(" ".join(td.get_text(" ").split()) for td in tr.select("td, th"))
        for tr in table.select("tbody tr")
    ]


def test_every_finding_since_the_review_is_dismissed_resolved_remaining_or_new(pages, world):
    """A worker resolves one of two jargon findings in A1, dismisses another finding and moves
    F1's date: the supervisor sees each finding once, under the one word that is true of it."""
    draft = world.assessments["wendy_draft"]
    fact = world.items[("wendy_draft", "Fact")]
    analysis = world.items[("wendy_draft", "AnalysisStatement")]
    pages.sign_in(world.user("wendy"))

    def write_a1(meaning):
        response = post(
            pages,
            "author.analysis_item",
            {
                "version": fresh(draft).version,
                "meaning_for_child": meaning,
                "cites": [f"fact:{fact.id}"],
            },
            assessment_id=draft.id,
            item_id=analysis.id,
        )
        assert response.status_code == 302

    write_a1("He may be hit at home; the core group and the strategy meeting both said so.")
    submit_and_return(pages, world, draft, "Plain words")
    write_a1("He may be hit at home; the core group said so.")  # "strategy meeting" is gone
    moved = fact_answers(
        draft,
        what_happened="Nursery saw a bruise on his cheek",
        source="Nursery manager",
        occurred_on=["31", "1", "2026"],
        category="physical harm",
    )
    assert post(pages, "author.fact_item", moved, assessment_id=draft.id, item_id=fact.id)
    # The worker dismisses the one finding about the danger.
    risk = pages.get("author.risk", assessment_id=draft.id)
    form = next(
        f
        for f in risk.select("form[action$='/findings/dismiss']")
        if ":D1:" in f.select_one("input[name=key]")["value"]
    )
    dismissed_key = form.select_one("input[name=key]")["value"]
    post(
        pages,
        "author.dismiss_finding",
        {"key": dismissed_key, "reason": "Said in the hazard", "back": "/"},
        assessment_id=draft.id,
    )
    post(pages, "author.submit", {"version": fresh(draft).version}, assessment_id=draft.id)
    pages.sign_in(world.user("nadia"))
    page = pages.get("supervisor.assessment", assessment_id=draft.id)

    rows = findings_since(page)
    by_state = {}
    for state, item, message in rows:
        by_state.setdefault(state, []).append((item, message))
    jargon = [(s, m) for s, item, m in rows if item == "A1" and "may not be clear" in m]
    assert sorted(jargon) == [
        (
            "Remains",
            "'core group' may not be clear to the family: say \"the group of workers "
            'and family members who carry out the plan".',
        ),
        (
            "Resolved",
            "'strategy meeting' may not be clear to the family: say \"a meeting of "
            'social care, police and health to decide what to do".',
        ),
    ]
    d1 = [state for state, item, _ in rows if item == "D1"]
    assert "Dismissed" in d1 and "Resolved" not in d1, rows
    assert "Said in the hazard" in " ".join(m for s, _, m in rows if s == "Dismissed")
    # The sentence counts what the table lists, each finding once.
    counts = {state: len(found) for state, found in by_state.items()}
    summary = text_of(page, "#since-review .assist-since-counts")
    assert summary == (
        f"Findings: {counts.get('Resolved', 0)} resolved, {counts.get('Remains', 0)} remain, "
        f"{counts.get('Dismissed', 0)} dismissed, {counts.get('New', 0)} new."
    )
    # Dates read as every other date does.
    since = text_of(page, "#since-review")
    assert "31 January 2026" in since and "2026-01-31" not in since
