"""terms: the simplest check, for an authority's own house style."""

from tests.rubric.helpers import findings, one_criterion_rubric


def test_every_occurrence_is_flagged_in_the_criterion_sections_only():
    rubric = one_criterion_rubric(
        "terms", "  terms:\n    - service user*\n    - kids\n", sections="[facts]"
    )
    text = (
        "# Facts\n\n- The kids went to the service users' drop-in. The kids ate.\n\n"
        "# Analysis\n\n- The kids are hungry.\n"
    )
    found = findings(text, rubric=rubric)
    assert [f.excerpt for f in found] == ["kids", "service users", "kids"]
    assert {f.section for f in found} == {"facts"}
    assert found[0].message == "m kids"
