"""The review queue: ordered by what needs attention, filtered, counted without running the
rubric per row on every view, and never showing practice."""

from datetime import timedelta

import pytest
import sqlalchemy as sa

from assist import clock
from assist.extensions import db
from assist.models import AssessmentStatus, FindingTally
from assist.review.queue import age_of
from tests.pages import parse
from tests.review.conftest import fresh, submit_as_worker

pytestmark = pytest.mark.db  # SQLite and PostgreSQL


def queue_titles(pages, **args):
    response = pages.client.get(pages.url("supervisor.dashboard"), query_string=args)
    assert response.status_code == 200
    page = parse(response)
    return [a.get_text(strip=True) for a in page.select("main table tbody th a")], page


def test_errors_first_then_longest_waiting(pages, world):
    submit_as_worker(pages, world)  # has a "must fix" finding, submitted just now
    will = world.assessments["will_submitted"]
    will.submitted_at = clock.now() - timedelta(days=9)
    db.session.commit()
    pages.sign_in(world.user("nadia"))
    titles, page = queue_titles(pages)
    assert titles == ["wendy draft", "will submitted", "wendy submitted"]
    first = [
        td.get_text(" ", strip=True) for td in page.select("main table tbody tr")[0].select("td")
    ]
    assert first[1] == "Wendy Worker"
    assert first[2].startswith("Child of wendy_draft")
    assert first[3] == "1"  # must fix
    assert "The child's view is missing: 1" in first[4]
    waited = page.select("main table tbody tr")[1].select("td")[-1].get_text(strip=True)
    assert waited == "9 days"


def test_filters_by_worker_status_and_criterion(pages, world):
    submit_as_worker(pages, world)
    pages.sign_in(world.user("nadia"))
    will = world.user("will")
    assert queue_titles(pages, worker=will.id)[0] == ["will submitted"]
    assert queue_titles(pages, criterion="missing-child-view")[0] == ["wendy draft"]
    titles, page = queue_titles(pages, status="resubmitted")
    assert titles == [] and "Nothing in the queue matches these filters." in page.get_text()
    # Nonsense filters are ignored, not an error.
    assert len(queue_titles(pages, worker="x' OR 1=1", criterion="<b>", status="draft")[0]) == 3


def test_findings_are_counted_once_and_again_after_resubmission(pages, world):
    submitted = submit_as_worker(pages, world)
    pages.sign_in(world.user("nadia"))
    pages.get("supervisor.dashboard")
    first = db.session.scalar(
        sa.select(FindingTally.computed_at).where(FindingTally.assessment_id == submitted.id)
    )
    pages.get("supervisor.dashboard")
    db.session.expire_all()
    assert (
        db.session.scalar(
            sa.select(FindingTally.computed_at).where(FindingTally.assessment_id == submitted.id)
        )
        == first
    )
    assessment = fresh(submitted)
    assessment.submitted_at = clock.now() + timedelta(seconds=1)
    db.session.commit()
    pages.get("supervisor.dashboard")
    db.session.expire_all()
    assert (
        db.session.scalar(
            sa.select(FindingTally.computed_at).where(FindingTally.assessment_id == submitted.id)
        )
        > first
    )


def test_practice_never_reaches_the_queue(pages, world):
    practice = world.assessments["tara_practice"]
    practice.status = AssessmentStatus.SUBMITTED
    practice.submitted_at = clock.now()
    db.session.commit()
    pages.sign_in(world.user("nadia"))
    titles, page = queue_titles(pages)
    assert "tara practice" not in titles
    assert "Tara Trainee" not in page.select_one("#worker").get_text()


def test_a_childs_age_reads_as_a_person_would_say_it():
    from datetime import date
    from types import SimpleNamespace

    today = date(2026, 11, 23)

    def child(born, unborn=False):
        return SimpleNamespace(date_of_birth=born, is_unborn=unborn)

    assert age_of(child(date(2020, 11, 24)), today) == "5 years"
    assert age_of(child(date(2025, 10, 23)), today) == "13 months"
    assert age_of(child(date(2026, 10, 24)), today) == "0 months"
    assert age_of(child(date(2026, 10, 23)), today) == "1 month"
    assert age_of(child(None, unborn=True), today) == "unborn"
    assert age_of(child(None), today) == "age not recorded"
    assert age_of(None, today) == "No child recorded"


def test_the_queue_names_every_child_youngest_first(pages, world):
    from assist.models import Child

    will = world.assessments["will_submitted"]
    today = clock.now().date()
    db.session.add_all(
        [
            Child(
                assessment_id=will.id,
                name="Ellie Marsh",
                position=0,
                date_of_birth=today - timedelta(days=8 * 365 + 10),
            ),
            Child(assessment_id=will.id, name="Ruby Marsh", position=1),
            Child(
                assessment_id=will.id,
                name="Alfie Marsh",
                position=2,
                date_of_birth=today - timedelta(days=365 + 40),
            ),
            Child(assessment_id=will.id, name="Baby Marsh", position=3, is_unborn=True),
        ]
    )
    db.session.commit()
    pages.sign_in(world.user("nadia"))
    _, page = queue_titles(pages)
    row = next(tr for tr in page.select("main table tbody tr") if "will submitted" in tr.th.text)
    children = [" ".join(li.get_text().split()) for li in row.select("td")[2].select("li")]
    assert children == [
        "Baby Marsh, unborn",
        "Alfie Marsh, 13 months",
        "Ellie Marsh, 8 years",
        "Ruby Marsh, age not recorded",
    ]
    other = page.select("main table tbody tr")
    assert "No child recorded" in [
        td.get_text(strip=True) for tr in other for td in tr.select("td")
    ]


def test_a_childs_age_turns_at_midnight_in_the_uk(pages, world, monkeypatch):
    from datetime import UTC, date, datetime

    from assist.models import Child

    will = world.assessments["will_submitted"]
    db.session.add(Child(assessment_id=will.id, name="June Marsh", date_of_birth=date(2025, 7, 1)))
    db.session.commit()
    pages.sign_in(world.user("nadia"))
    # 11:30pm UTC on 30 June is 12:30am on 1 July in the UK: her first birthday.
    monkeypatch.setattr(clock, "now", lambda: datetime(2026, 6, 30, 23, 30, tzinfo=UTC))
    _, page = queue_titles(pages)
    row = next(tr for tr in page.select("main table tbody tr") if "will submitted" in tr.th.text)
    assert row.select("td")[2].get_text(" ", strip=True) == "June Marsh, 12 months"
