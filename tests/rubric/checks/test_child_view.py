"""child-view: the child's words or an observation, and what it means for them."""

from tests.rubric.helpers import findings

RULE = "missing-child-view"
ANALYSIS = "\n# Analysis\n\n- What this means for Amy is a hungry start to each day [F1].\n"


def test_words_or_an_observation_of_the_child_are_enough():
    said = "# The child's experience\n\n- Amy told me she gets hungry.\n" + ANALYSIS
    seen = "# The child's experience\n\n- I saw Amy eat quickly at 9am.\n" + ANALYSIS
    assert not findings(said, rule=RULE)
    assert not findings(seen, rule=RULE)


def test_a_baby_needs_to_be_observed_not_quoted():
    text = (
        "# About the child and household\n\n- Child: Ben, a baby aged 7 months\n\n"
        "# The child's experience\n\n- Words: Mum said Ben is happy.\n"
        "\n# Analysis\n\n- Ben's mum is tired, which may mean Ben is left to cry [E1].\n"
    )
    (finding,) = findings(text, rule=RULE)
    assert finding.item == "C1" and "cannot tell you in words" in finding.message


def test_analysis_must_say_what_it_means_for_the_child():
    text = "# The child's experience\n\n- I saw Amy play.\n\n# Analysis\n\n- Money is short [F1].\n"
    (finding,) = findings(text, rule=RULE)
    assert finding.section == "analysis"
