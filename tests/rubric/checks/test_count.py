"""count: a limit on how many items a section holds."""

from tests.rubric.helpers import findings, one_criterion_rubric


def recommendations(count):
    return "# Recommendations\n\n" + "\n".join(f"- Step {n}." for n in range(count)) + "\n"


def test_the_limit_comes_from_the_settings():
    rubric = one_criterion_rubric(
        "count", "  max: 3\n", sections="[recommendations]", message="{count} over {max}"
    )
    assert not findings(recommendations(3), rubric=rubric)
    (finding,) = findings(recommendations(4), rubric=rubric)
    assert finding.message == "4 over 3" and finding.item is None


def test_the_project_default_is_eight():
    assert not findings(recommendations(8), rule="too-many-recommendations")
    assert findings(recommendations(9), rule="too-many-recommendations")
