"""Scenario files: strict loading with file and line, and every shipped scenario teaches what it
says it does (the model answer raises no error; the weak answer falls into every trap)."""

import textwrap
from pathlib import Path

import pytest

from assist.practice.catalogue import SCENARIO_FOLDER
from assist.practice.scenarios import ScenarioError, load_folder, load_scenario, parse_scenario
from assist.practice.scoring import score
from assist.rubric import check, load_rubric

RUBRIC = load_rubric(Path(__file__).resolve().parents[2] / "rubric.yaml")
CRITERIA = [c.id for c in RUBRIC.criteria]
SHIPPED = sorted(SCENARIO_FOLDER.glob("*.yaml"))

MINIMAL = """\
slug: tiny
title: Tiny
summary: An invented family.
family: One child and her mother.
children:
  - name: Ana
    date_of_birth: 2020-01-01
adults:
  - name: Rosa
    relationship_to_child: Mother
facts:
  - date: 2026-01-05
    text: The teacher said Ana was hungry.
    source: Class teacher
    how_known: reported_by_professional
task: Write it.
traps:
  - criteria: [jump-to-action]
    what: Straight to action.
model_answer:
  analysis:
    - text: Ana is hungry at school, which means she cannot learn.
      cites: [F1]
  dangers:
    - child: C1
      text: Ana goes hungry.
  recommendations:
    - action: School give Ana breakfast.
      answers: [D1]
tutor_notes: Notes.
"""


def problems(text):
    with pytest.raises(ScenarioError) as raised:
        parse_scenario(textwrap.dedent(text), "s.yaml", CRITERIA)
    return raised.value.problems


def test_a_minimal_scenario_loads_with_numbered_items():
    scenario = parse_scenario(MINIMAL, "s.yaml", CRITERIA)
    document = scenario.document()
    assert [f.ref for f in document.facts] == ["F1"]
    assert document.analysis[0].cites == ["F1"]
    assert document.recommendations[0].answers == ["D1"]
    assert document.dangers[0].child_ref == "C1"
    assert len(scenario.digest) == 64


def test_missing_parts_are_named_with_their_line():
    text = MINIMAL.replace("task: Write it.\n", "").replace("    source: Class teacher\n", "")
    assert problems(text) == [
        "s.yaml:1: the scenario is missing 'task'",
        "s.yaml:12: fact F1 is missing 'source'",
    ]


def test_broken_fact_references_and_unknown_criteria_are_refused():
    text = MINIMAL.replace("cites: [F1]", "cites: [F1, F9]").replace(
        "[jump-to-action]", "[jump-to-conclusions]"
    )
    found = problems(text)
    assert (
        "s.yaml:22: model answer A1: 'cites' names F9, which is not one of the facts or "
        "experiences in this scenario" in found
    )
    assert "s.yaml:18: trap 1 names 'jump-to-conclusions', which is not a rubric criterion" in found


def test_unknown_keys_wrong_choices_and_bad_dates():
    text = (
        MINIMAL.replace("how_known: reported_by_professional", "how_known: gossip")
        .replace("date: 2026-01-05", "date: 5th January")
        .replace("slug: tiny", "slug: tiny\ncolour: blue")
    )
    found = problems(text)
    assert any("unknown key 'colour'" in p for p in found)
    assert any("'how_known' must be one of" in p and "not 'gossip'" in p for p in found)
    assert any("'date' must be a date like 2026-03-14" in p for p in found)


def test_bad_yaml_and_empty_files():
    assert problems("title: [unclosed\n")[0].startswith("s.yaml:2: this is not valid YAML")
    assert problems("") == ["s.yaml:1: the scenario file is empty"]
    assert problems("- a list\n") == [
        "s.yaml:1: a scenario must be a mapping of keys such as 'title:'"
    ]


def test_a_missing_file_and_a_duplicate_slug(tmp_path):
    with pytest.raises(ScenarioError, match="there is no scenario file here"):
        load_scenario(tmp_path / "nope.yaml")
    (tmp_path / "a.yaml").write_text(MINIMAL)
    (tmp_path / "b.yaml").write_text(MINIMAL)
    with pytest.raises(ScenarioError, match="slug 'tiny' is also used by"):
        load_folder(tmp_path, CRITERIA)


def test_at_least_eight_scenarios_cover_every_situation_the_issue_lists():
    scenarios = load_folder(SCENARIO_FOLDER, CRITERIA)
    assert len(scenarios) >= 8
    children = [c for s in scenarios for c in s.content["children"]]
    assert any(c.get("is_unborn") for c in children)
    ages = [2026 - int(c["date_of_birth"][:4]) for c in children if c.get("date_of_birth")]
    assert any(a <= 2 for a in ages) and any(5 <= a <= 11 for a in ages)
    assert any(a >= 13 for a in ages)
    assert any(c.get("disability") for c in children)
    assert any(c.get("first_language") not in (None, "", "English") for c in children)
    words = " ".join(s.content["family"] + s.summary + s.content["tutor_notes"] for s in scenarios)
    for situation in (
        "pattern",
        "domestic abuse",
        "bipolar",
        "methadone",
        "drinks",
        "no one has",
        "disguised compliance",
    ):
        assert situation in words.lower(), situation


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_each_shipped_scenario_teaches_what_it_says(path):
    scenario = load_scenario(path, CRITERIA)
    model = check(scenario.document(), RUBRIC)
    assert [f for f in model if f.level == "error"] == []
    assert scenario.weak_answer, "every scenario has a weak answer to test its traps"
    weak = {f.rule for f in check(scenario.document(scenario.weak_answer), RUBRIC)}
    targeted = {c for trap in scenario.content["traps"] for c in trap["criteria"]}
    assert targeted <= weak, f"traps not raised by the weak answer: {targeted - weak}"
    # Scored with the rubric's weights: the model answer earns more than the weak one, and
    # loses nothing on the criteria the traps target.
    model_score = score(scenario.document(), RUBRIC)
    weak_score = score(scenario.document(scenario.weak_answer), RUBRIC)
    assert weak_score["score"] < model_score["score"] <= model_score["max_score"]
    earned = {c["id"]: c["earned"] for c in model_score["criteria"]}
    assert all(earned[c] > 0 for c in targeted)
