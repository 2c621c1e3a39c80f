"""so-what: facts used by the analysis; analysis that says what they mean."""

from tests.rubric.helpers import findings

RULE = "description-without-analysis"


def facts(count, cited=()):
    lines = [f"- F{n}: On {n} May 2024 Amy arrived at nursery hungry." for n in range(1, count + 1)]
    refs = ", ".join(f"F{n}" for n in cited)
    return (
        "# Facts and chronology\n\n" + "\n".join(lines) + "\n\n# Analysis\n\n"
        f"- Amy is hungry most days, which means she cannot learn [{refs}].\n"
    )


def test_each_unused_fact_is_named_when_there_are_few():
    found = findings(facts(4, cited=(1, 2)), rule=RULE)
    assert [f.item for f in found] == ["F3", "F4"]


def test_an_unused_fact_s_message_says_how_to_answer_it():
    # A new user's: "or why not" sent them to write why not into the fact itself.
    (finding,) = findings(facts(2, cited=(1,)), rule=RULE)
    assert "cite it there" in finding.message and "background only" in finding.message
    assert not findings(facts(2, cited=(1, 2)), rule=RULE)


def test_many_unused_facts_are_reported_once():
    (finding,) = findings(facts(20, cited=(1,)), rule=RULE)
    assert finding.item is None
    assert "19 facts (such as F2, F3, F4)" in finding.message


def test_analysis_that_only_restates_facts_is_flagged():
    (finding,) = findings("# Analysis\n\nMum drinks. She has two children.\n", rule=RULE)
    assert finding.item == "A1"
    assert not findings(
        "# Analysis\n\nMum drinks, so the children may be unsafe at night.\n", rule=RULE
    )


def test_analysis_that_names_a_cause_says_what_the_facts_mean():
    assert not findings(
        "# Analysis\n\nThe rent arrears are the main cause of the rows Jade hears at night.\n",
        rule=RULE,
    )
    assert not findings("# Analysis\n\nLeo's tiredness is driven by the late nights.\n", rule=RULE)
    # A delay with a cause is still only what happened.
    assert findings("# Analysis\n\nThe review was delayed due to a strike.\n", rule=RULE)
