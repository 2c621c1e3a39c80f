"""`assist check` reports spelling as the web panel does (issue 14): rule `spelling`, each
finding with its `suggestions` in JSON, for Markdown, text and Word files; a likely name is a
question with no replacements; `--no-spelling` leaves it out. Offline unless an administrator
set a LanguageTool server."""

import json

import pytest

from assist.rubric.cli import check_command
from assist.word.cli import export_command
from tests.rubric.test_cli import run
from tests.spelling.languagetool_stub import languagetool  # noqa: F401  (fixture)

MARKDOWN = """\
# Facts and chronology

- On 3 May 2024 I visited Mrs Okafor at home. Her favourite color is blue.
- Aarav ate toast. The pakk was heavy.
"""


def check(*arguments):
    return run(check_command, *arguments)


def spelling_of(result):
    (entry,) = json.loads(result.stdout)["files"]
    return [finding for finding in entry["findings"] if finding["rule"] == "spelling"]


@pytest.fixture
def markdown(tmp_path):
    path = tmp_path / "visit.md"
    path.write_text(MARKDOWN)
    return path


def test_json_gives_each_spelling_finding_its_place_and_suggestions(markdown):
    result = check("--format", "json", markdown)
    okafor, color, aarav, pakk = spelling_of(result)
    assert color == {
        "rule": "spelling",
        "level": "warning",
        "section": "facts",
        "item": "F1",
        "line": 3,
        "column": 3 + MARKDOWN.splitlines()[2][2:].index("color"),
        "excerpt": "color",
        "message": "“color” is not in the British English dictionary",
        "suggestions": color["suggestions"],
    }
    assert color["suggestions"][0] == "colour"
    # A name is asked about, never "corrected" ("Kafir", "Arab"), inside a sentence or at its
    # start; and no slur is offered for a typo.
    for name, finding in (("Okafor", okafor), ("Aarav", aarav)):
        assert (finding["level"], finding["message"], finding["suggestions"]) == (
            "advice",
            f"Is “{name}” a name? If it is, check again with --name {name}.",
            [],
        )
    assert pakk["suggestions"] and "Paki" not in pakk["suggestions"]
    assert result.exit_code == 0  # spelling warns: only the rubric's errors fail a check


def test_a_name_given_on_the_command_line_is_never_asked_about(markdown):
    asked = [f["excerpt"] for f in spelling_of(check("--format", "json", markdown))]
    named = check("--format", "json", "--name", "Okafor", "--name", "Aarav", markdown)
    assert asked[:1] == ["Okafor"] and "Aarav" in asked
    assert [f["excerpt"] for f in spelling_of(named)] == ["color", "pakk"]


def test_text_output_lists_spelling_in_file_order_and_no_spelling_leaves_it_out(markdown):
    lines = check(markdown).stdout.splitlines()
    spelling = [line for line in lines if " spelling " in line]
    assert spelling[1].startswith(f"{markdown}:3:")
    assert (
        "warning spelling “color” is not in the British English dictionary (suggestions: colour"
        in (spelling[1])
    )
    places = [tuple(int(n) for n in line.split(":")[1:3]) for line in lines]
    assert places == sorted(places)
    assert " spelling " not in check("--no-spelling", markdown).stdout


def test_plain_text_and_word_files_are_checked_for_spelling_too(markdown, tmp_path):
    text = tmp_path / "note.txt"
    text.write_text("The nursary saw a bruise.\n")
    [nursary] = spelling_of(check("--format", "json", text))
    assert (nursary["excerpt"], nursary["suggestions"][0]) == ("nursary", "nursery")
    word = tmp_path / "visit.docx"
    exported = run(export_command, markdown, "-o", word)
    assert exported.exit_code == 0, exported.output
    from_word = spelling_of(check("--format", "json", word))
    from_markdown = spelling_of(check("--format", "json", markdown))
    assert [(f["excerpt"], f["message"], f["suggestions"]) for f in from_word] == [
        (f["excerpt"], f["message"], f["suggestions"]) for f in from_markdown
    ]


def test_nothing_is_sent_anywhere_unless_a_languagetool_server_is_set(
    markdown,
    languagetool,  # noqa: F811
    monkeypatch,
):
    monkeypatch.delenv("ASSIST_LANGUAGETOOL_URL", raising=False)
    check(markdown)
    assert languagetool.checks == []
    monkeypatch.setenv("ASSIST_LANGUAGETOOL_URL", languagetool.url)
    result = check("--format", "json", markdown)
    assert any("favourite color" in check["text"] for check in languagetool.checks)
    suggested = {finding["excerpt"]: finding["suggestions"] for finding in spelling_of(result)}
    # The server's slur for "pakk" is withheld, as on the web page.
    assert suggested["pakk"] == ["pack", "park"]
    assert suggested["color"][0] == "colour"


def test_whether_a_word_is_a_name_is_asked_once_a_file(tmp_path):
    path = tmp_path / "visit.md"
    path.write_text(
        "# Facts and chronology\n\n"
        "- Zuleika ate toast at 8am.\n- Zuleika walked to school with Mrs Okafor.\n"
        "- Mrs Okafor said Zuleika was late twice.\n"
    )
    findings = spelling_of(check("--format", "json", path))
    asked = [finding["excerpt"] for finding in findings if finding["message"].startswith("Is")]
    assert sorted(asked) == ["Okafor", "Zuleika"]
    assert next(f for f in findings if f["excerpt"] == "Zuleika")["line"] == 3
