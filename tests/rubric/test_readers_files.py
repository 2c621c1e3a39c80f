"""Files that cannot be checked say why, in plain words."""

import json

import pytest

from assist import document as doc
from assist.readers import InputError, read_path, read_text


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"", "empty"),
        (b"  \n\n ", "empty"),
        (b"PK\x03\x04\x14\x00rest of a docx", "Word document"),
        (b"%PDF-1.7\n...", "PDF"),
        (b"\x00\x01\x02binary\x00data" * 10, "binary file"),
        (b"Caf\xe9 au lait\n", r"not valid UTF-8 \(line 1, byte 4\)"),
    ],
)
def test_bad_files_are_refused_with_a_reason(tmp_path, content, words):
    path = tmp_path / "assessment.md"
    path.write_bytes(content)
    with pytest.raises(InputError, match=words):
        read_text(path)


def test_missing_files_folders_and_huge_files_are_refused(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_text(tmp_path / "absent.md")
    with pytest.raises(InputError, match="folder"):
        read_text(tmp_path)
    huge = tmp_path / "huge.md"
    with huge.open("wb") as handle:
        handle.truncate(6 * 1024 * 1024)
    with pytest.raises(InputError, match="6.0 MB; the most this checks is 5 MB"):
        read_text(huge)


def test_utf8_with_a_byte_order_mark_and_windows_line_ends_is_read(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes("\ufeff# Facts\r\n\r\nOn 3 May I saw Amy.\r\n".encode())
    assert [f.text for f in read_path(path).document.facts] == ["On 3 May I saw Amy."]


def test_utf16_text_is_read(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes("# Facts\n\nOn 3 May I saw Amy.\n".encode("utf-16"))
    assert len(read_path(path).document.facts) == 1


def test_the_project_json_export_is_read_with_item_positions(tmp_path):
    document = doc.Document(
        facts=[doc.Fact(ref="F1", text="On 3 May I saw no food.")],
        analysis=[doc.Analysis(ref="A1", text="Amy is hungry.", cites=["F1"])],
    )
    path = tmp_path / "export.json"
    path.write_text(json.dumps(document.to_dict(), indent=2))
    reading = read_path(path)
    assert reading.document.facts[0].text == "On 3 May I saw no food."
    assert reading.document.analysis[0].cites == ["F1"]
    line = path.read_text().splitlines().index('      "ref": "A1",') + 1
    assert reading.positions["A1"] == (line, 7)


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ("{not json", r"not valid JSON \(line 1, column 2"),
        ('{"name": "x"}', "not an assessment export"),
        ('{"facts": "none"}', "'facts' must be a list"),
        ('{"facts": [{"ref": "F1"}]}', "'facts' item F1 has no 'text'"),
        ('{"facts": [{"ref": "F1", "text": 3}]}', "'text' must be text"),
        ('{"analysis": [{"ref": "A1", "text": "x", "cites": "F1"}]}', "list of references"),
        ('{"facts": []}', "no items"),
    ],
)
def test_broken_json_exports_are_refused_with_a_reason(tmp_path, content, words):
    path = tmp_path / "export.json"
    path.write_text(content)
    with pytest.raises(InputError, match=words):
        read_path(path)
