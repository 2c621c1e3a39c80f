"""`assist check` and `assist rubric lint|test`: output a person or a tool can read, the exit
status a script can rely on, and a clear message (never a traceback) for bad input."""

import json

import pytest
from click.testing import CliRunner

from assist.rubric.cli import check_command, rubric_group
from tests.rubric.helpers import RUBRIC_PATH

WEAK = """\
# Facts and chronology

- On 3 May 2024 I visited. The home was chaotic.

# Recommendations

- Consider a parenting course.
"""
CLEAN = "Amy is four. She goes to nursery on weekday mornings and sees her nan on Sundays.\n"


def run(command, *arguments):
    return CliRunner().invoke(command, [str(argument) for argument in arguments])


@pytest.fixture
def weak(tmp_path):
    path = tmp_path / "weak.md"
    path.write_text(WEAK)
    return path


@pytest.fixture
def clean(tmp_path):
    path = tmp_path / "clean.txt"
    path.write_text(CLEAN)
    return path


def test_text_output_is_one_linter_line_per_finding_in_file_order(weak):
    result = run(check_command, weak)
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert f"{weak}:3:28: error unsupported-assertion 'chaotic' is a judgement" in result.stdout
    assert f"{weak}:7:3: warning vague-recommendation This recommendation is vague:" in (
        result.stdout
    )
    places = [tuple(int(n) for n in line.split(":")[1:3]) for line in lines]
    assert places == sorted(places)
    assert result.stderr == ""


def test_a_finding_about_an_item_names_the_reference_its_message_asks_to_cite(weak):
    lines = run(check_command, weak).stdout.splitlines()
    chaotic = next(line for line in lines if "'chaotic' is a judgement" in line)
    assert chaotic.endswith(" [F1]")
    vague = next(line for line in lines if "vague-recommendation" in line)
    assert vague.endswith(" [R1]")


def test_json_output_has_the_documented_shape(weak):
    result = run(check_command, "--format", "json", weak)
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    (entry,) = report["files"]
    assert entry["path"] == str(weak)
    first = next(f for f in entry["findings"] if f["rule"] == "unsupported-assertion")
    assert first == {
        "rule": "unsupported-assertion",
        "level": "error",
        "section": "facts",
        "item": "F1",
        "line": 3,
        "column": 28,
        "excerpt": "The home was chaotic.",
        "message": first["message"],
    }


def test_no_error_level_findings_exits_0_and_says_why_the_text_was_one_section(clean):
    result = run(check_command, clean)
    assert result.exit_code == 0
    assert result.stdout == ""
    assert f"{clean}: note: no recognisable section headings" in result.stderr


def test_warnings_alone_exit_0(tmp_path):
    path = tmp_path / "vague.md"
    path.write_text("Apparently Lee is back.\n")
    result = run(check_command, path)
    assert "warning reported-as-fact" in result.stdout
    assert result.exit_code == 0


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"", "the file is empty"),
        (b"PK\x03\x04 a docx renamed", "looks like a Word document"),
        (b"\x00\x01\x02\x03" * 20, "binary file"),
        (b"Caf\xe9\n", "not valid UTF-8"),
        (b"# Facts\n\n# Analysis\n", "nothing to check"),
        (
            "# Facts and chronology\n\n- \U0001f600 \U0001f389 \u2764\ufe0f\n".encode(),
            "no words in it",
        ),
    ],
)
def test_bad_input_exits_2_with_a_message_and_no_traceback(tmp_path, content, words):
    path = tmp_path / "assessment.md"
    path.write_bytes(content)
    result = run(check_command, path)
    assert result.exit_code == 2
    assert f"{path}: error: " in result.stderr and words in result.stderr
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_a_huge_file_exits_2(tmp_path):
    path = tmp_path / "huge.md"
    with path.open("wb") as handle:
        handle.truncate(5 * 1024 * 1024 + 1)
    result = run(check_command, path)
    assert result.exit_code == 2 and "the most this checks is 5 MB" in result.stderr


def test_one_bad_file_among_good_ones_still_checks_the_rest_and_exits_2(weak, tmp_path):
    missing = tmp_path / "missing.md"
    result = run(check_command, "--format", "json", missing, weak)
    assert result.exit_code == 2
    assert f"{missing}: error: there is no such file" in result.stderr
    assert [entry["path"] for entry in json.loads(result.stdout)["files"]] == [str(weak)]


def test_usage_errors_exit_2(weak):
    assert run(check_command).exit_code == 2
    assert run(check_command, "--format", "xml", weak).exit_code == 2


def test_a_broken_rubric_exits_2_naming_the_file_and_line(weak, tmp_path):
    rubric = tmp_path / "rubric.yaml"
    rubric.write_text("version: 1\ncriteria:\n  - id: x\n    levle: error\n")
    result = run(check_command, "--rubric", rubric, weak)
    assert result.exit_code == 2
    assert f"{rubric}:4: " in result.stderr and "did you mean 'level'" in result.stderr
    assert "Traceback" not in result.output


def test_an_authority_rubric_replaces_the_default(weak, tmp_path, monkeypatch):
    rubric = tmp_path / "ours.yaml"
    rubric.write_text("version: 1\ncriteria: []\n")
    assert run(check_command, "--rubric", rubric, weak).stdout == ""
    monkeypatch.setenv("ASSIST_RUBRIC_PATH", str(rubric))
    assert run(check_command, weak).stdout == ""


def test_rubric_lint_passes_the_project_rubric_and_fails_a_broken_one(tmp_path):
    result = run(rubric_group, "lint")
    assert result.exit_code == 0
    assert f"{RUBRIC_PATH}: 14 criteria" in result.stdout
    broken = tmp_path / "rubric.yaml"
    broken.write_text("version: 1\ncriteria:\n  - id: x\n    type: wishful\n")
    result = run(rubric_group, "lint", broken)
    assert result.exit_code == 1
    assert f"{broken}:4: criterion 'x': unknown check type 'wishful'" in result.stdout


def test_rubric_test_runs_the_examples(tmp_path):
    result = run(rubric_group, "test")
    assert result.exit_code == 0, result.stdout
    assert "ok   unsupported-assertion" in result.stdout
    assert result.stdout.rstrip().endswith("14 criteria: 14 ok, 0 failing")

    lazy = tmp_path / "rubric.yaml"
    lazy.write_text(
        "version: 1\ncriteria:\n  - id: never\n    title: Never\n    level: advice\n"
        "    message: m\n    guidance: g\n    sections: [facts]\n    type: terms\n"
        "    settings:\n      terms: [zebra]\n"
        "    examples:\n      should_flag: [The children were at school.]\n"
    )
    result = run(rubric_group, "test", lazy)
    assert result.exit_code == 1
    assert "FAIL never" in result.stdout and "did not flag" in result.stdout


def test_text_in_another_language_is_said_not_to_read_as_english(tmp_path):
    # Welsh and French, our own sentences: the checks know English only, and say so.
    path = tmp_path / "cymraeg.md"
    path.write_text(
        "# Facts and chronology\n\n- Mae'r plentyn yn byw gyda'i nain ac mae'n mynd i'r ysgol "
        "bob dydd.\n- La mère est venue au rendez-vous avec sa fille et son frère.\n"
    )
    result = run(check_command, "--format", "json", path)
    assert "does not read as English" in result.stderr
    (entry,) = json.loads(result.stdout)["files"]
    assert any("does not read as English" in note for note in entry["notes"])
    english = tmp_path / "english.md"
    english.write_text("# Facts and chronology\n\n- On 3 May Mum told me Kai had not eaten.\n")
    assert "English" not in run(check_command, english).stderr
