"""gaps: an information gap something will fill."""

from tests.rubric.helpers import findings

RULE = "unfilled-information-gap"
RISK = "# Risk\n\n- Danger: Amy is hurt.\n- Information gap: whether Lee lives there.\n"


def test_a_gap_no_recommendation_fills_is_flagged():
    (finding,) = findings(RISK, rule=RULE)
    assert finding.item == "G1" and finding.excerpt == "whether Lee lives there."


def test_a_recommendation_that_cites_the_gap_fills_it():
    text = RISK + "\n# Recommendations\n\n- Social worker to ask Lee by 1 June [G1].\n"
    assert not findings(text, rule=RULE)
