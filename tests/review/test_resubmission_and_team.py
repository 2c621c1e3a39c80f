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


def return_and_resubmit_with_f1_seen(pages, world):
    """Worker submits; supervisor returns it; worker rewrites F1 as seen at a visit and
    resubmits. The supervisor is signed in at the end."""
    draft = world.assessments["wendy_draft"]
    fact = world.items[("wendy_draft", "Fact")]
    pages.sign_in(world.user("wendy"))
    post(pages, "author.fact_new", fact_answers(draft), assessment_id=draft.id)
    post(pages, "author.submit", {"version": fresh(draft).version}, assessment_id=draft.id)
    pages.sign_in(world.user("nadia"))
    post(
        pages,
        "supervisor.decide_view",
        {"decision": "returned", "reason": "Who saw it?", "version": fresh(draft).version},
        assessment_id=draft.id,
    )
    pages.sign_in(world.user("wendy"))
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
    assert "F1 Changed" in since and "what happened :" in since
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
