"""follows-from: recommendations follow from conclusions; facts hold no actions."""

from tests.rubric.helpers import findings

RULE = "jump-to-action"
BASE = """\
# Analysis

- A1: Amy is hungry, which is likely to slow her growth [F1].

# Risk

- Danger: Amy's growth is harmed.

"""


def test_a_recommendation_that_cites_a_danger_or_gives_a_reason_passes():
    assert not findings(
        BASE + "# Recommendations\n\n- Food bank referral by 1 June [D1].\n", rule=RULE
    )
    assert not findings(
        BASE + "# Recommendations\n\n- Food bank referral by 1 June, given the hunger.\n",
        rule=RULE,
    )


def test_a_recommendation_answering_nothing_is_flagged():
    (finding,) = findings(
        BASE + "# Recommendations\n\n- Food bank referral by 1 June.\n", rule=RULE
    )
    assert finding.item == "R1"


def test_actions_in_the_facts_are_flagged_unless_someone_else_said_them():
    facts = "# Facts and chronology\n\n- {}\n"
    assert findings(
        facts.format("On 3 May the fridge was empty. I will refer to the food bank."), rule=RULE
    )
    assert not findings(
        facts.format("On 3 May the school said Amy should see a dentist."), rule=RULE
    )
    assert not findings(facts.format("Mum said 'you should leave' at 3pm on 3 May."), rule=RULE)


def test_a_recommendation_sharing_the_reasoning_s_subject_answers_it():
    risk = (
        "# Analysis\n\nAmy is hungry at school.\n\n"
        "# Risk analysis\n\nThe harm is less likely if Lee moves out of the flat.\n\n"
    )
    assert not findings(
        risk + "# Recommendations\n\n- Lee to move out of the flat by 1 June.\n", rule=RULE
    )
    # The child's name alone is everywhere, and answers nothing.
    (finding,) = findings(risk + "# Recommendations\n\n- Monitor Amy.\n", rule=RULE)
    assert "cite that item's reference, such as D1 or A2, or use its words" in finding.message


def test_a_recommendation_can_answer_the_child_s_own_wish():
    text = (
        BASE + "# The child's experience\n\n- Amy told me she misses her brother Josh and wants "
        "to see him.\n\n# Recommendations\n\n- Social worker to arrange contact for Amy to see "
        "her brother Josh every Saturday from 1 June.\n"
    )
    assert not findings(text, rule=RULE)


def test_with_no_risk_reasoning_the_message_does_not_say_a_section_is_there():
    text = "# Analysis\n\n- Amy is hungry [F1].\n\n# Recommendations\n\n- Food bank by 1 June.\n"
    messages = [finding.message for finding in findings(text, rule=RULE)]
    assert any("there are recommendations but no risk reasoning" in m for m in messages)
    assert not any("section is empty" in m for m in messages)
    # A new user's: it says where risk reasoning is read from.
    assert any('under a heading such as "Risk"' in m for m in messages)
