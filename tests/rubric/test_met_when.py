"""A criterion may say what an answer that meets it does (met_when): trainee feedback names it
that way. The project's rubric says it for every criterion; an empty one is a mistake."""

from assist.rubric import parse_rubric
from tests.rubric.helpers import project_rubric
from tests.rubric.test_loader import GOOD, broken, problems_of


def test_met_when_is_read_and_may_be_left_out():
    assert parse_rubric(GOOD).criterion("house-style").met_when == ""
    with_it = broken("    weight: 1\n", "    weight: 1\n    met_when: Our house style is used\n")
    assert parse_rubric(with_it).criterion("house-style").met_when == "Our house style is used"


def test_an_empty_met_when_names_its_line(tmp_path):
    path, problems = problems_of(
        broken("    weight: 1\n", "    weight: 1\n    met_when: ''\n"), tmp_path
    )
    assert f"{path}:11: criterion 'house-style': 'met_when' must be some text" in problems


def test_every_criterion_of_the_project_rubric_says_what_meeting_it_looks_like():
    for criterion in project_rubric().criteria:
        assert criterion.met_when, criterion.id
        assert criterion.met_when != criterion.title
