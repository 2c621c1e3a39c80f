"""history: the chronology holds history, and the analysis weighs it."""

from tests.rubric.helpers import findings

RULE = "history-not-weighed"
FACTS = (
    "# Facts and chronology\n\n- {}\n"
    "- On 4 May 2024 Amy was hungry.\n"
    "- On 5 May 2024 Amy was cold.\n"
)


def test_years_well_before_the_latest_fact_count_as_history():
    text = FACTS.format("In 2020 police were called to the flat.") + (
        "\n# Analysis\n\n- Amy is cold and hungry, so she cannot learn [F2, F3].\n"
    )
    (finding,) = findings(text, rule=RULE)
    assert "such as F1" in finding.message


def test_weighing_the_pattern_or_citing_the_history_passes():
    base = FACTS.format("In 2020 police were called to the flat.")
    assert not findings(base + "\n# Analysis\n\n- This is a pattern over years [F2].\n", rule=RULE)
    assert not findings(
        base + "\n# Analysis\n\n- Police involvement [F1] means danger.\n", rule=RULE
    )


def test_too_few_facts_to_expect_history_are_left_alone():
    assert not findings("# Facts and chronology\n\n- On 4 May 2024 Amy was hungry.\n", rule=RULE)
