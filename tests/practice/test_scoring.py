"""Scoring never rewards omission: a criterion whose subject is absent is not met, and feedback
names each criterion for what a good answer does, so "Met" is always good news."""

import pytest
import sqlalchemy as sa

from assist.extensions import db
from assist.models import Child
from assist.practice.scenarios import load_scenario
from assist.practice.scoring import score
from tests.pages import text_of
from tests.practice.conftest import start, version_of
from tests.rubric.helpers import project_rubric

pytestmark = pytest.mark.db


def results(page):
    """{criterion as the feedback names it: its result} from the feedback's table."""
    table = page.select_one("main table")
    return {
        " ".join(tr.th.get_text().split()): " ".join(tr.select("td")[0].get_text().split())
        for tr in table.select("tbody tr")
    }


def write_and_submit(pages, attempt, endpoint, **answers):
    """Add one item to the answer, submit it, and read the feedback."""
    values = {"assessment_id": attempt.id}
    pages.post(endpoint, {"version": version_of(attempt), **answers}, values=values)
    pages.post("author.submit", {"version": version_of(attempt)}, values=values)
    return pages.get("trainee.feedback", assessment_id=attempt.id)


def test_an_answer_without_the_childs_words_or_the_father_does_not_meet_those(
    pages, world, scenarios
):
    """Leo (8) lives with his mother and father. The answer records what was seen of Leo and
    nothing else: none of his words, and no analysis or risk to say a word about his father."""
    pages.sign_in(world.user("tara"))
    attempt = start(pages, scenarios["primary-domestic-abuse"])
    leo = db.session.scalar(sa.select(Child.id).where(Child.assessment_id == attempt.id))
    page = write_and_submit(
        pages,
        attempt,
        "author.experience_new",
        child_id=str(leo),
        kind="observation",
        text="Leo sat close to his teacher and kept his coat on all morning.",
    )

    shown = results(page)
    assert shown["The child's own words are used in the analysis"] == "Not met"
    assert shown["Every adult in the child's household is considered"] == "Not met"
    # Nothing in the answer meets anything: an empty section scores nothing for what it holds.
    assert set(shown.values()) == {"Not met"}
    assert "Submission 1: 0 out of" in text_of(page, ".govuk-body-l")
    words = text_of(page, "#criterion-child-words-unused")
    assert "Your answer records none of the child's own words in The child's experience." in words
    adults = text_of(page, "#criterion-adult-not-considered")
    assert "Your answer has nothing in Analysis or Risk yet." in adults
    recommendations = text_of(page, "#criterion-too-many-recommendations")
    assert "Your answer has nothing in Recommendations yet." in recommendations

    # With an analysis that still says nothing of his father or his words: still not met.
    page = write_and_submit(
        pages,
        attempt,
        "author.analysis_new",
        meaning_for_child="Leo is anxious at school, which means he may be worried about what "
        "happens at home.",
    )
    shown = results(page)
    assert shown["The child's own words are used in the analysis"] == "Not met"
    assert shown["Every adult in the child's household is considered"] == "Not met"
    assert "Craig Hartley" in text_of(page, "#criterion-adult-not-considered")


def test_a_model_answer_meets_every_criterion_by_name_and_a_babys_words_do_not_apply():
    from pathlib import Path

    rubric = project_rubric()
    ids = [c.id for c in rubric.criteria]
    baby = load_scenario(Path("scenarios/baby-parental-substance-misuse.yaml"), ids)
    scored = score(baby.document(), rubric)
    by_id = {c["id"]: c for c in scored["criteria"]}
    # A baby has no words to quote: left out of the score, not failed and not passed.
    assert by_id["child-words-unused"]["result"] == "does_not_apply"
    assert scored["max_score"] == sum(c.weight for c in rubric.criteria) - 2
    assert scored["score"] == scored["max_score"]
    for criterion in rubric.criteria:
        assert by_id[criterion.id]["title"] == criterion.met_when
        assert by_id[criterion.id]["problem"] == criterion.title
