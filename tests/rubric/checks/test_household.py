"""household: every adult in the child's home is considered."""

from tests.rubric.helpers import findings

RULE = "adult-not-considered"


def test_a_recorded_adult_is_considered_by_name_or_relationship():
    people = "# About the child and household\n\n- Child: Amy\n- Mother's partner: Lee Brown\n"
    assert findings(people + "\n# Analysis\n\n- Amy is hungry, so she cannot learn.\n", rule=RULE)
    assert not findings(
        people + "\n# Analysis\n\n- Lee's drinking means Amy is unsafe.\n", rule=RULE
    )
    assert not findings(people + "\n# Analysis\n\n- Mum's partner frightens Amy.\n", rule=RULE)


def test_an_adult_not_living_there_is_not_required():
    people = (
        "# About the child and household\n\n- Child: Amy\n"
        "- Father: Tom Jones, does not live in the household\n"
    )
    found = findings(people + "\n# Analysis\n\n- Amy is hungry, so she cannot learn.\n", rule=RULE)
    assert [f for f in found if f.item == "P1"] == []


def test_a_man_mentioned_only_in_the_facts_is_flagged_at_his_first_mention():
    text = (
        "# Facts and chronology\n\n- On 3 May a man answered the door.\n\n"
        "# Analysis\n\n- Amy is hungry, so she cannot learn [F1].\n"
    )
    (finding,) = findings(text, rule=RULE)
    assert finding.item == "F1" and finding.excerpt == "a man"
    assert "'a man' is mentioned, but the analysis and risk never say who" in finding.message


def test_dad_in_the_facts_is_the_recorded_father_considered_by_name():
    text = (
        "# About the child and household\n\n- Child: Amy\n- Father: Craig Hollis\n\n"
        "# Facts and chronology\n\n- On 3 May 2026 Amy told her teacher that Dad shouts.\n\n"
        "# Analysis\n\n- Craig's shouting frightens Amy, so she cannot settle at school [F1].\n"
    )
    assert findings(text, rule=RULE) == []
    # Unconsidered, he is named once (by name, on his record), not again as "the Dad".
    unconsidered = text.replace("Craig's shouting frightens Amy", "Amy is frightened at home")
    (finding,) = findings(unconsidered, rule=RULE)
    assert finding.item == "P1" and "Craig Hollis" in finding.message


def test_a_recorded_ex_partner_or_step_father_does_not_hide_a_new_man():
    for recorded, mentioned in (("Ex-partner", "new boyfriend"), ("Step father", "Dad")):
        text = (
            f"# About the child and household\n\n- Child: Amy\n- {recorded}: Lee Brown\n\n"
            f"# Facts and chronology\n\n- On 3 May 2026 Amy said her {mentioned} shouts.\n\n"
            "# Analysis\n\n- Lee's drinking frightens Amy, so she cannot settle [F1].\n"
        )
        found = findings(text, rule=RULE)
        assert [f.item for f in found] == ["F1"], (recorded, found)


def test_a_kind_of_adult_named_beside_it_is_considered_by_name():
    facts = "# Facts and chronology\n\n- Mum lives with Amy and her partner Dean Forbes.\n\n"
    considered = facts + "# Analysis\n\n- Dean shouts at Amy, so she hides [F1].\n"
    assert findings(considered, rule=RULE) == []
    # Named, but never considered: still flagged at the mention.
    (finding,) = findings(facts + "# Analysis\n\n- Amy is hungry [F1].\n", rule=RULE)
    assert "'partner' is mentioned" in finding.message


def test_a_name_and_age_before_the_kind_of_adult_is_beside_it():
    text = (
        "# Facts and chronology\n\n- Craig Marsh, 33, father of Alfie, lives at the home.\n\n"
        "# Analysis\n\n- Craig's shouting frightens Alfie, so he cannot settle [F1].\n"
    )
    assert findings(text, rule=RULE) == []
