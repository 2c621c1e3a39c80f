"""Loading rubric.yaml is strict and loud: every mistake names the file and line."""

from textwrap import dedent

import pytest

from assist.rubric import RubricError, load_rubric, parse_rubric
from tests.rubric.helpers import RUBRIC_PATH

GOOD = """\
version: 1
criteria:
  - id: house-style
    title: House style
    level: advice
    message: "'{term}' is not our style"
    guidance: Families read these words.
    sections: [facts, analysis]
    type: terms
    weight: 1
    settings:
      terms:
        - service user
        - kids
    examples:
      should_flag:
        - The kids were at school on 3 May.
      should_pass:
        - The children were at school on 3 May.
"""


def broken(old, new):
    assert old in GOOD, old
    return GOOD.replace(old, new)


def problems_of(text, tmp_path):
    path = tmp_path / "rubric.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(RubricError) as caught:
        load_rubric(path)
    return path, str(caught.value)


def test_the_project_rubric_loads_with_every_criterion_the_interface_promises():
    rubric = load_rubric(RUBRIC_PATH)
    ids = {criterion.id for criterion in rubric.criteria}
    assert {
        "unsupported-assertion",
        "missing-child-view",
        "jump-to-action",
        "description-without-analysis",
        "vague-recommendation",
        "recommendation-without-objective",
        "incomplete-risk",
        "too-many-recommendations",
        "history-not-weighed",
        "adult-not-considered",
        "reported-as-fact",
        "unfilled-information-gap",
        "child-words-unused",
        "unexplained-jargon",
    } <= ids
    for criterion in rubric.criteria:
        assert criterion.guidance and criterion.message and criterion.weight > 0
        assert criterion.prepared is not None or criterion.type == "gaps"


def test_a_good_rubric_loads_with_defaults_filled_in(tmp_path):
    path = tmp_path / "rubric.yaml"
    path.write_text(GOOD)
    criterion = load_rubric(path).criterion("house-style")
    assert criterion.sections == ("facts", "analysis")
    assert criterion.settings["terms"] == ("service user", "kids")
    assert criterion.should_flag == ("The kids were at school on 3 May.",)
    assert criterion.line == 3


def test_an_empty_criteria_list_is_a_valid_rubric():
    assert parse_rubric("version: 1\ncriteria: []\n").criteria == ()


@pytest.mark.parametrize(
    ("old", "new", "line", "words"),
    [
        ("version: 1\n", "version: 1\nauthor: me\n", 2, "unknown key 'author'"),
        ("    weight: 1\n", "    wieght: 1\n", 10, "did you mean 'weight'"),
        ("    type: terms", "    type: spelling", 9, "unknown check type 'spelling'"),
        ("    level: advice", "    level: critical", 5, "unknown level 'critical'"),
        ("    message: \"'{term}' is not our style\"\n", "", 3, "has no 'message'"),
        ("    message: \"'{term}' is not our style\"", "    message: ''", 6, "'message' must be"),
        ("    sections: [facts, analysis]", "    sections: [facts, summary]", 8, "'summary'"),
        ("    sections: [facts, analysis]", "    sections: []", 8, "one or more sections"),
        ("  - id: house-style", "  - id: House Style", 3, "lower-case words"),
        (
            "      terms:\n        - service user\n        - kids\n",
            "      terms: service user, kids\n",
            12,
            "must be a list of words",
        ),
        ("        - kids\n", "        - kids|children\n", 14, "characters a word list"),
        ("        - kids\n", "        - Service User\n", 14, "listed twice"),
        ("        - kids\n", "        - ''\n", 14, "empty"),
        ("      terms:", "      words:", 12, "unknown key 'words'"),
        (
            "    settings:\n      terms:\n        - service user\n        - kids\n",
            "",
            3,
            "settings need 'terms'",
        ),
        ("is not our style", "is not our {style}", 6, "{style}"),
        ("is not our style", "is not our {", 6, "unmatched"),
        ("    weight: 1", "    weight: -2", 10, "weight must be"),
        (
            "    examples:\n      should_flag:\n        - The kids were at school on 3 May.\n"
            "      should_pass:\n        - The children were at school on 3 May.\n",
            "    examples: yes\n",
            15,
            "should_flag and should_pass",
        ),
        ("      should_pass:", "      should_paas:", 18, "unknown key 'should_paas'"),
        ("version: 1", "version: 2", 1, "version must be 1"),
        ("    title: House style\n", "    title: House style\n    title: Again\n", 5, "twice"),
    ],
)
def test_each_mistake_names_the_file_and_its_line(tmp_path, old, new, line, words):
    path, message = problems_of(broken(old, new), tmp_path)
    assert f"{path}:{line}:" in message
    assert words in message


def test_a_repeated_id_names_both_lines(tmp_path):
    second = GOOD.split("criteria:\n", 1)[1]
    path, message = problems_of(GOOD + second, tmp_path)
    assert f"{path}:20:" in message
    assert "already used on line 3" in message


def test_every_problem_is_reported_not_only_the_first(tmp_path):
    text = broken("    level: advice", "    level: loud").replace("type: terms", "type: nope")
    _, message = problems_of(text, tmp_path)
    assert "unknown level 'loud'" in message and "unknown check type 'nope'" in message


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ("criteria: [\n  - id: x\n", "not valid YAML"),
        ("", "empty"),
        ("- just\n- a list\n", "must be a mapping"),
        ("version: 1\n", "no 'criteria:'"),
        ("criteria: lots\n", "'criteria' must be a list"),
        ("criteria:\n  - just text\n", "each criterion must be a mapping"),
    ],
)
def test_broken_files_say_what_is_wrong(tmp_path, content, words):
    path, message = problems_of(content, tmp_path)
    assert message.startswith(f"{path}:")
    assert words in message


def test_invalid_yaml_names_the_line(tmp_path):
    path, message = problems_of(
        dedent("""\
        version: 1
        criteria:
          - id: x
            title: [unclosed
        """),
        tmp_path,
    )
    assert f"{path}:5:" in message or f"{path}:4:" in message


def test_a_missing_file_and_a_non_utf8_file_are_named(tmp_path):
    with pytest.raises(RubricError, match="there is no rubric file here"):
        load_rubric(tmp_path / "absent.yaml")
    path = tmp_path / "latin1.yaml"
    path.write_bytes("version: 1\ncriteria: []\n# caf\xe9\n".encode("latin-1"))
    with pytest.raises(RubricError, match=rf"{path}:3: .*not valid UTF-8"):
        load_rubric(path)


def test_yaml_aliases_let_examples_be_shared():
    rubric = parse_rubric(
        GOOD.replace(
            "        - The children were at school on 3 May.",
            "        - &shared The children were at school on 3 May.\n        - *shared",
        )
    )
    assert len(rubric.criterion("house-style").should_pass) == 2
