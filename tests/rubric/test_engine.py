"""check(): findings as plain values, scoped by section or item, with stable keys and places in
the input file; and the engine imports no Flask."""

import json
import subprocess
import sys
from dataclasses import FrozenInstanceError

import pytest

from assist import document as doc
from assist.config import PROJECT_ROOT
from assist.readers import read_markdown
from assist.rubric import Finding, check
from tests.rubric.helpers import findings, project_rubric

ASSESSMENT = """\
# Facts and chronology

- F1: On 3 May 2024 I saw no food in the kitchen.
- F2: The home was chaotic and Mum
  was clearly not coping.

# Analysis

- A1: Amy is often hungry, which is likely to slow her growth [F1].

# Recommendations

- R1: Consider a referral to the parenting team.
"""


def structured():
    return doc.Document(
        children=[doc.Child(ref="C1", name="Amy")],
        facts=[
            doc.Fact(ref="F1", text="On 3 May 2024 I saw no food in the kitchen."),
            doc.Fact(ref="F2", text="Mum is neglectful."),
        ],
        analysis=[doc.Analysis(ref="A1", text="Amy is hungry, so she may not grow.", cites=["F1"])],
    )


def test_findings_are_frozen_plain_values_with_a_dict_form():
    finding = findings(ASSESSMENT, rule="unsupported-assertion")[0]
    assert isinstance(finding, Finding)
    with pytest.raises(FrozenInstanceError):
        finding.rule = "other"
    data = finding.to_dict()
    json.dumps(data)  # plain values only
    assert data["rule"] == "unsupported-assertion"
    assert data["item"] == "F2" and data["field"] == "text" and data["section"] == "facts"
    assert data["location"] == {"line": 4, "column": 7}
    assert data["key"] == finding.key
    assert data["message"].startswith("'chaotic' is a judgement")
    assert data["guidance"] == project_rubric().criterion("unsupported-assertion").guidance


def test_the_span_is_the_offending_sentence_inside_the_field():
    # The sentence before has evidence, but evidence only counts forwards ("claim, then how it
    # is known") or when the claim points back to it ("This shows...").
    text = "On 3 May I saw Sam. The home was chaotic. Sam has a cat."
    document = doc.Document(facts=[doc.Fact(ref="F1", text=text)])
    (finding,) = check(document, project_rubric().only("unsupported-assertion"))
    assert text[finding.start : finding.end] == "The home was chaotic."
    assert finding.excerpt == "The home was chaotic."


def test_a_finding_on_a_later_line_of_an_item_points_at_that_line():
    (finding,) = findings(
        "# Facts and chronology\n\n- I visited on 3 May.\n  Mum was drunk.\n",
        rule="unsupported-assertion",
    )
    assert finding.location == (4, 3)


def test_the_key_holds_while_the_text_is_unchanged_and_changes_with_it():
    rubric = project_rubric().only("unsupported-assertion")
    document = structured()
    first = check(document, rubric)[0]
    again = check(document, rubric)[0]
    assert first.key == again.key == f"unsupported-assertion:F2:{first.digest}"
    document.facts[1].text = "Mum is neglectful, in my view."
    assert check(document, rubric)[0].key != first.key


def test_sections_limit_the_check_to_some_sections():
    everything = {f.section for f in findings(ASSESSMENT)}
    assert {"facts", "recommendations"} <= everything
    only = findings(ASSESSMENT, sections=["recommendations"])
    assert only and {f.section for f in only} == {"recommendations"}


def test_items_limit_the_check_to_edited_items_and_give_the_same_findings():
    whole = [f for f in findings(ASSESSMENT) if f.item == "F2"]
    edited = findings(ASSESSMENT, items=["F2"])
    assert edited == whole
    assert all(f.item == "F2" for f in edited)


def test_whole_assessment_findings_have_no_item_or_location():
    finding = next(f for f in findings(ASSESSMENT) if f.rule == "missing-child-view")
    assert finding.item is None and finding.location is None


def test_findings_come_in_document_order():
    order = [(f.section, f.item) for f in findings(ASSESSMENT) if f.item]
    sections = [section for section, _ in order]
    assert sections == sorted(sections, key=["facts", "analysis", "recommendations"].index)


def test_an_empty_document_raises_nothing():
    assert check(doc.Document(), project_rubric()) == []


def test_a_document_from_json_is_checked_the_same_way():
    reading = read_markdown(ASSESSMENT)
    again = doc.Document.from_dict(json.loads(json.dumps(reading.document.to_dict())))
    rubric = project_rubric()
    assert [f.key for f in check(again, rubric)] == [f.key for f in check(reading.document, rubric)]


def test_the_engine_and_readers_import_no_flask():
    # The package's own __init__ builds the Flask app, so stand in an empty package for it:
    # what is tested is that the rubric and the readers themselves never reach for Flask.
    code = f"""
import sys, types
package = types.ModuleType("assist")
package.__path__ = [{str(PROJECT_ROOT / "assist")!r}]
sys.modules["assist"] = package
import assist.rubric, assist.readers, assist.rubric.cli, assist.rubric.examples
from assist.rubric import load_rubric, check
from assist.readers import read_markdown
rubric = load_rubric({str(PROJECT_ROOT / "rubric.yaml")!r})
check(read_markdown("# Analysis\\n\\nMum is chaotic.").document, rubric)
loaded = sorted(name for name in sys.modules if name == "flask" or name.startswith("flask."))
assert not loaded, loaded
print("no flask")
"""
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=PROJECT_ROOT
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "no flask"
