"""Every criterion's own examples, a neutral paragraph that must raise nothing, and a
well-reasoned assessment that every criterion must let pass."""

import pytest

from assist.rubric import parse_rubric
from assist.rubric.examples import findings_for, run_examples
from tests.rubric.helpers import findings, project_rubric

CRITERIA = [criterion.id for criterion in project_rubric().criteria]

# Plain description with nothing to judge: how it is known is clear, nothing is asserted.
NEUTRAL = (
    "Amy is four and lives with her mother, Sarah, in a two-bedroom flat on the third floor. "
    "She goes to Oak Tree Nursery on weekday mornings and sees her grandmother on Sundays. "
    "Sarah works part-time at a bakery. I visited on 3 May 2024 at 10am; Amy showed me her "
    "bedroom and the drawings on her wall, and told me the purple one was her cat."
)
TEXT_LEVEL_RULES = ("unsupported-assertion", "reported-as-fact", "unexplained-jargon")


@pytest.mark.parametrize("criterion_id", CRITERIA)
def test_every_criterion_has_an_example_it_flags(criterion_id):
    assert project_rubric().criterion(criterion_id).should_flag


@pytest.mark.parametrize("criterion_id", CRITERIA)
def test_should_flag_examples_flag(criterion_id):
    rubric = project_rubric()
    criterion = rubric.criterion(criterion_id)
    for text in criterion.should_flag:
        assert findings_for(criterion, rubric, text), f"did not flag: {text!r}"


@pytest.mark.parametrize("criterion_id", CRITERIA)
def test_should_pass_examples_pass(criterion_id):
    rubric = project_rubric()
    criterion = rubric.criterion(criterion_id)
    for text in criterion.should_pass:
        found = findings_for(criterion, rubric, text)
        assert not found, f"flagged {[f.message for f in found]} in {text!r}"


def test_the_neutral_paragraph_raises_nothing_as_plain_text():
    assert findings(NEUTRAL) == []


@pytest.mark.parametrize("heading", ["Facts and chronology", "The child's experience", "Risk"])
def test_the_neutral_paragraph_raises_no_sentence_level_finding_in_any_section(heading):
    found = findings(f"# {heading}\n\n{NEUTRAL}\n")
    assert [f for f in found if f.rule in TEXT_LEVEL_RULES] == []


def test_a_well_reasoned_assessment_raises_nothing_at_all():
    good = project_rubric().criterion("missing-child-view").should_pass[0]
    assert [(f.rule, f.item, f.message) for f in findings(good)] == []


def test_a_criterion_with_nothing_it_flags_fails_its_test():
    rubric = parse_rubric(
        """\
version: 1
criteria:
  - id: never-fires
    title: Never fires
    level: advice
    message: "'{term}'"
    guidance: Why.
    sections: [facts]
    type: terms
    settings:
      terms: [zebra]
    examples:
      should_flag:
        - The children were at school.
  - id: no-examples
    title: No examples
    level: advice
    message: "'{term}'"
    guidance: Why.
    sections: [facts]
    type: terms
    settings:
      terms: [zebra]
"""
    )
    results = {result.criterion.id: result for result in run_examples(rubric)}
    assert not results["never-fires"].ok
    assert not results["never-fires"].examples[0].ok
    assert not results["no-examples"].ok
    assert "no should_flag example" in results["no-examples"].problems[0]
