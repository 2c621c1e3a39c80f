"""risk-parts: each danger with hazards, strengths, probability and information gaps."""

from tests.rubric.helpers import findings

RULE = "incomplete-risk"


def test_the_missing_parts_are_named():
    text = (
        "# Risk\n\n- Danger: Amy is hurt.\n- Hazard: Lee drinks [F1].\n"
        "- Probability: medium, given the drinking.\n"
    )
    (finding,) = findings(text, rule=RULE)
    assert finding.item == "D1"
    assert "no strengths or information gaps" in finding.message


def test_a_complete_danger_passes():
    text = (
        "# Risk\n\n- Danger: Amy is hurt.\n- Hazard: Lee drinks [F1].\n- Strength: Nan visits.\n"
        "- Probability: medium.\n- Information gap: whether Lee lives there.\n"
    )
    assert not findings(text, rule=RULE)
