"""Hostile uploads are refused before python-docx opens them: quickly, with a message a social
worker can act on, and the same way for the web upload and ``assist check``."""

import time

import pytest

from assist.readers.word import read_docx
from assist.word.safety import UnsafeDocument, inspect
from tests.word import samples

HOSTILE = samples.hostile()


@pytest.mark.parametrize(("what", "data", "words"), HOSTILE, ids=[h[0] for h in HOSTILE])
def test_hostile_file_is_refused_quickly_with_a_plain_message(what, data, words):
    started = time.perf_counter()
    with pytest.raises(UnsafeDocument) as refused:
        read_docx(data)
    # Not a speed test (bench/bench_uploads.py measures speed): a bound far above any machine's
    # time, which reading a bomb's gigabytes or a billion-laughs expansion would not meet.
    assert time.perf_counter() - started < 30
    message = str(refused.value)
    assert words in message
    assert "Traceback" not in message and "zipfile" not in message.lower()


def test_a_real_document_passes_without_warnings():
    assert inspect(samples.real_looking()).warnings == []


def test_tracked_changes_are_read_as_accepted_with_a_warning():
    reading = read_docx(samples.tracked_changes())
    (note, *_) = reading.notes
    assert "tracked changes" in note
    texts = [item.text for item in reading.document.experiences]
    assert "Amy said she was hungry." in texts  # python-docx alone drops "hungry"
    assert not any("fine" in text for text in texts)


def _paragraphs(count):
    """A .docx of ``count`` short, different paragraphs (so it does not look like a bomb)."""
    body = "".join(
        f"<w:p><w:r><w:t>Line {n} of a very long export, item {n * 7919 % 10007}.</w:t></w:r></w:p>"
        for n in range(count)
    )

    def change(xml: bytes) -> bytes:
        head, _, rest = xml.partition(b"<w:body>")
        return head + b"<w:body>" + body.encode() + rest

    return samples.rewrite(samples.simple(), change={samples.DOCUMENT_XML: change})


def test_a_document_of_tens_of_thousands_of_paragraphs_is_refused_in_words():
    with pytest.raises(UnsafeDocument) as refused:
        read_docx(_paragraphs(25_000))
    assert "more than 20,000 paragraphs" in str(refused.value)


def test_a_long_document_under_the_cap_is_read():
    reading = read_docx(_paragraphs(3_000))
    assert "Line 2999" in "\n".join(t.text for t in reading.document.loose)


def test_a_document_that_takes_too_long_to_read_is_refused_in_words(monkeypatch):
    from assist.readers import word

    monkeypatch.setattr(word, "MAX_SECONDS", 0.0)  # as if every paragraph were very slow
    with pytest.raises(UnsafeDocument) as refused:
        read_docx(_paragraphs(1_000))
    assert "took too long to read" in str(refused.value)
