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
    # Each named with what it is, as none of them is there (not "strengths or information
    # gaps", which a new user read as either one being enough).
    assert (
        "names none of these: strengths (what makes it less likely); information gaps (what you "
        "still need to find out)" in finding.message
    )


def test_a_complete_danger_passes():
    text = (
        "# Risk\n\n- Danger: Amy is hurt.\n- Hazard: Lee drinks [F1].\n- Strength: Nan visits.\n"
        "- Probability: medium.\n- Information gap: whether Lee lives there.\n"
    )
    assert not findings(text, rule=RULE)


def test_with_no_risk_section_the_message_says_where_risk_reasoning_is_read():
    # A new user wrote "Danger:" lines inside their analysis and was told no danger was named.
    text = "# Analysis\n\n- Danger: Amy is hurt. Probability: medium.\n"
    (finding,) = findings(text, rule=RULE)
    assert 'no danger is named; under a heading such as "Risk"' in finding.message
