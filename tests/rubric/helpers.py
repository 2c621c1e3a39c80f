"""Small helpers for the rubric tests: the project's rubric, and checking Markdown text."""

from functools import cache
from textwrap import dedent, indent

from assist.config import PROJECT_ROOT
from assist.readers import read_markdown
from assist.rubric import check, load_rubric, parse_rubric
from assist.rubric.view import UNSORTED

RUBRIC_PATH = PROJECT_ROOT / "rubric.yaml"


@cache
def project_rubric():
    return load_rubric(RUBRIC_PATH)


def findings(markdown, rule=None, rubric=None, **options):
    """Findings for an assessment written as Markdown, optionally of one criterion only."""
    rubric = rubric or project_rubric()
    if rule is not None:
        rubric = rubric.only(rule)
    reading = read_markdown(dedent(markdown))
    if reading.unsorted and "sections" not in options:
        options["sections"] = (UNSORTED,)
    return check(reading.document, rubric, **options)


def one_criterion_rubric(type_name, settings_yaml="", sections="[facts]", message="m {term}"):
    """A rubric with a single criterion of one check type, for testing that type on its own."""
    text = dedent(
        f"""\
        version: 1
        criteria:
          - id: under-test
            title: Under test
            level: warning
            message: "{message}"
            guidance: Why it matters.
            sections: {sections}
            type: {type_name}
        """
    )
    if settings_yaml.strip():
        text += "    settings:\n" + indent(dedent(settings_yaml), "      ")
    return parse_rubric(text, "test.yaml")
