"""plain-language: short forms spelt out, professional terms in everyday words."""

from tests.rubric.helpers import findings

RULE = "unexplained-jargon"


def test_the_first_unexplained_use_of_each_acronym_is_flagged_once():
    found = findings(
        "# Facts\n\n- CAMHS saw Amy.\n- CAMHS saw Amy again.\n- LAC review.\n", rule=RULE
    )
    assert [(f.item, f.excerpt) for f in found] == [("F1", "CAMHS"), ("F3", "LAC")]


def test_an_acronym_spelt_out_anywhere_or_known_to_everyone_passes():
    assert not findings("# Facts\n\n- The CP (child protection) plan was agreed.\n", rule=RULE)
    assert not findings(
        "# Facts\n\n- Child protection (CP) plan agreed. CP ends soon.\n", rule=RULE
    )
    assert not findings("# Facts\n\n- Amy saw her GP and the NHS dentist.\n", rule=RULE)


def test_item_references_and_capitals_in_names_are_not_acronyms():
    assert not findings("# Analysis\n\n- As F3 and A2 show, AMY JONES NEEDS HELP NOW.\n", rule=RULE)


def test_professional_terms_get_plain_words():
    (finding,) = findings("# Analysis\n\n- There was a strategy meeting on 3 May.\n", rule=RULE)
    assert "a meeting of social care, police and health" in finding.message


def test_a_verb_of_the_list_in_its_everyday_sense_is_plain_english():
    assert not findings(
        "# Risk\n\n- If the arguments escalate the risk to Ben would rise.\n", rule=RULE
    )
    (finding,) = findings("# Risk\n\n- I will escalate to my manager today.\n", rule=RULE)
    assert "who will be told" in finding.message
