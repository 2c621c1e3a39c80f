"""Exporting an assessment to Word and checking the Word file gives the same findings as checking
the original: over every example in the rubric (each must-flag and must-pass passage, read the
way `assist rubric test` reads it) and through the command line."""

import json
import re

import pytest
from click.testing import CliRunner

from assist import document as doc
from assist.document import SECTION_TITLES
from assist.readers.markdown import read_markdown
from assist.readers.word import read_docx
from assist.rubric.cli import check_command
from assist.rubric.engine import check
from assist.rubric.view import UNSORTED
from assist.word.cli import export_command
from assist.word.export import export_bytes
from tests.rubric.helpers import RUBRIC_PATH
from tests.word.rich import rich_document


def _examples():
    from assist.rubric.loader import load_rubric

    rubric = load_rubric(RUBRIC_PATH)
    for criterion in rubric.criteria:
        for expected in ("should_flag", "should_pass"):
            for number, text in enumerate(getattr(criterion, expected), start=1):
                yield pytest.param(criterion, text, id=f"{criterion.id}-{expected}-{number}")


def _read_like_rubric_test(criterion, text):
    reading = read_markdown(text)
    if reading.unsorted and criterion.sections[0] != UNSORTED:
        reading = read_markdown(f"# {SECTION_TITLES[criterion.sections[0]]}\n\n{text}")
    return reading


def _summary(findings):
    return sorted((f.rule, f.level, f.item or "", re.sub(r"\s+", " ", f.excerpt)) for f in findings)


@pytest.fixture(scope="module")
def rubric():
    from assist.rubric.loader import load_rubric

    return load_rubric(RUBRIC_PATH)


@pytest.mark.parametrize(("criterion", "text"), list(_examples()))
def test_every_rubric_example_gives_the_same_findings_from_word(rubric, criterion, text):
    reading = _read_like_rubric_test(criterion, text)
    sections = (UNSORTED,) if reading.unsorted else None
    before = check(reading.document, rubric, sections=sections)
    back = read_docx(export_bytes(reading.document))
    assert back.unsorted == reading.unsorted
    after = check(back.document, rubric, sections=(UNSORTED,) if back.unsorted else None)
    assert _summary(after) == _summary(before)


def test_assist_export_then_assist_check_matches_checking_the_markdown(tmp_path):
    source = tmp_path / "amy.md"
    source.write_text(
        "# Amy\n\n## About the child and household\n\n- Child: Amy Jones, aged 4\n"
        "- Mother's partner: Lee Brown, lives in the household\n\n## Chronology\n\n"
        "1. On 3 May 2024 I saw no food in the kitchen.\n\n## Analysis\n\n"
        "Mum is uncooperative and home conditions are poor.\n\n## Recommendations\n\n"
        "- Consider a parenting course.\n"
    )
    output = tmp_path / "amy.docx"
    runner = CliRunner()
    exported = runner.invoke(export_command, [str(source), "-o", str(output)])
    assert exported.exit_code == 0, exported.output
    assert output.read_bytes().startswith(b"PK")

    def findings(path):
        result = runner.invoke(check_command, ["--format", "json", str(path)])
        (entry,) = json.loads(result.stdout)["files"]
        return sorted((f["rule"], f["item"] or "", f["excerpt"]) for f in entry["findings"])

    assert findings(output) == findings(source)
    assert findings(source)  # the comparison is about something


def test_assist_export_reads_the_json_export_and_refuses_bad_input(tmp_path):
    source = tmp_path / "amy.json"
    source.write_text(json.dumps(rich_document().to_dict()))
    output = tmp_path / "out.docx"
    runner = CliRunner()
    assert runner.invoke(export_command, [str(source), "-o", str(output)]).exit_code == 0
    assert read_docx(output.read_bytes()).document.facts[0].source == "Home visit"
    missing = runner.invoke(export_command, [str(tmp_path / "nope.md"), "-o", str(output)])
    assert missing.exit_code == 2 and "no such file" in missing.stderr
    wrong = runner.invoke(export_command, [str(source), "-o", str(tmp_path / "out.pdf")])
    assert wrong.exit_code == 2 and "must end in .docx" in wrong.stderr
    assert "Traceback" not in missing.output + wrong.output


def test_json_to_word_and_back_keeps_every_field_a_person_can_read(tmp_path):
    original = rich_document()
    amy, ben = original.children
    amy.first_language = "English"
    amy.ethnicity = "White British"
    amy.communication_needs = "Uses short sentences; needs time to answer."
    amy.disability = "Glue ear."
    ben.first_language = "Polish"
    unborn = doc.Child(ref="C3", name="Rosie Jones", is_unborn=True, date_of_birth="2026-09-01")
    original.children.append(unborn)
    kelly, lee = original.adults
    kelly.notes = "Works nights; Nan has the children then."
    lee.relationship_to_child = "a man who visits"
    lee.notes = "Visits most evenings; not yet spoken to."
    original.adults.append(doc.Adult(ref="P3", name="Sue Smith"))
    original.facts[0].category = "neglect"
    original.facts[1].category = "imported: check the date"
    original.analysis[0].is_pattern = True
    hazard, _, gap, _ = original.dangers[0].factors
    hazard.cites = ["F1", "F2"]
    gap.how_to_fill = "Ask Lee for his payslips at the next visit."
    gap.cites = ["A1"]

    source = tmp_path / "case.json"
    source.write_text(json.dumps(original.to_dict()))
    output = tmp_path / "case.docx"
    exported = CliRunner().invoke(export_command, [str(source), "-o", str(output)])
    assert exported.exit_code == 0, exported.output
    back = read_docx(output.read_bytes()).document

    for before, after in zip(original.children, back.children, strict=True):
        for name in ("date_of_birth", "first_language", "communication_needs", "ethnicity"):
            assert getattr(after, name) == getattr(before, name), (before.ref, name)
        assert (after.is_unborn, after.disability) == (before.is_unborn, before.disability)
    assert [(f.ref, f.category) for f in back.facts] == [
        ("F1", "neglect"),
        ("F2", "imported: check the date"),
    ]
    assert back.analysis[0].is_pattern is True
    factors = {factor.ref: factor for factor in back.dangers[0].factors}
    assert factors["H1"].cites == ["F1", "F2"]
    assert factors["G1"].cites == ["A1"]
    assert factors["G1"].how_to_fill == "Ask Lee for his payslips at the next visit."
    assert factors["G1"].text == "Lee's income."
    assert [
        (a.ref, a.name, a.relationship_to_child, a.lives_in_household, a.notes) for a in back.adults
    ] == [
        ("P1", "Kelly Jones", "mother", True, "Works nights; Nan has the children then."),
        ("P2", "Lee Brown", "a man who visits", False, "Visits most evenings; not yet spoken to."),
        ("P3", "Sue Smith", "", True, ""),
    ]
    assert back.to_dict() == original.to_dict()  # and nothing else was lost on the way
