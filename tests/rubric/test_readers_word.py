"""Word documents -> Document: sections by heading whatever the heading's style, paragraphs, list
items and table rows as items, and the rubric runs on the result as on Markdown."""

from click.testing import CliRunner

from assist.readers import read_path
from assist.readers.word import read_docx
from assist.rubric.cli import check_command
from tests.word import samples


def test_headings_in_different_styles_find_the_sections():
    reading = read_docx(samples.real_looking())
    document = reading.document
    assert document.title == "Child and Family Assessment: Amy"
    # Heading 1, Heading 1 with a longer name, a bold line, Heading 2, a numbered line.
    assert set(reading.section_lines) == {"people", "facts", "child", "analysis", "recommendations"}
    assert [child.name for child in document.children] == ["Amy Jones"]
    assert [(a.name, a.relationship_to_child) for a in document.adults] == [
        ("Kelly Jones", "Mother"),
        ("Lee Brown", "Mother's partner"),
    ]
    # The chronology table's columns: the date, what happened and the source.
    assert [(fact.date, fact.text, fact.source) for fact in document.facts] == [
        ("2024-05-03", "I saw no food in the kitchen cupboards or fridge.", "Home visit"),
        ("2024-05-04", "Amy arrived at nursery hungry and ate two breakfasts.", "Nursery"),
    ]
    assert [e.kind for e in document.experiences] == ["words"]
    assert document.analysis[1].cites == ["F1", "F2"]
    assert [r.action for r in document.recommendations] == ["Consider a parenting course."]
    assert reading.notes == ["paragraph 3: Amy Jones is 4 in the document; add their date of birth"]


def test_assist_check_reads_a_docx_and_reports_paragraph_numbers(tmp_path):
    path = tmp_path / "amy.docx"
    path.write_bytes(samples.real_looking())
    result = CliRunner().invoke(check_command, [str(path)])
    assert result.exit_code == 1, result.output
    assert (
        f"{path}:12:1: error unsupported-assertion" in result.stdout
    )  # "Home conditions are poor"
    assert f"{path}:15:1: warning vague-recommendation" in result.stdout
    assert "Traceback" not in result.output


def test_a_hostile_docx_is_refused_by_assist_check_too(tmp_path):
    path = tmp_path / "macros.docx"
    path.write_bytes(samples.rewrite(samples.simple(), add=[("word/vbaProject.bin", b"x")]))
    result = CliRunner().invoke(check_command, [str(path)])
    assert result.exit_code == 2
    assert "contains macros" in result.stderr and "Traceback" not in result.output


def test_read_path_takes_a_docx_by_its_name(tmp_path):
    path = tmp_path / "child.docx"
    path.write_bytes(samples.simple("Amy said 'I like nursery'."))
    assert read_path(path).document.experiences[0].text == "Amy said 'I like nursery'."
