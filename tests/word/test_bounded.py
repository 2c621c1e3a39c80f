"""One Word file is read in a child process capped in time and memory, so no upload holds a
request for more than about 10 s, and any fault reading a file is a refusal in words, never a
traceback or an HTTP 500."""

import multiprocessing

import pytest

from assist.readers import bounded
from assist.readers.bounded import BoundedRefusal, Refusal, read_docx_bounded
from tests.word import samples

# Time enough for any read on a machine busy with other work: the tests below are about what
# the child reads, or what its memory cap does, and the time limit has a test of its own.
UNHURRIED = 120


def test_a_document_is_read_in_the_child_as_it_would_be_here():
    reading = read_docx_bounded(samples.real_looking(), seconds=UNHURRIED)
    assert [child.name for child in reading.document.children] == ["Amy Jones"]
    assert len(reading.document.facts) == 2


def test_a_refusal_in_the_child_keeps_its_own_words():
    with pytest.raises(BoundedRefusal) as refused:
        read_docx_bounded(b"Amy was seen on Monday.\n" * 20, seconds=UNHURRIED)
    assert "damaged or is not a Word document" in str(refused.value)
    assert refused.value.reason == "refused"


def test_a_read_past_the_time_limit_is_stopped_with_a_plain_message():
    with pytest.raises(BoundedRefusal) as refused:
        read_docx_bounded(samples.real_looking(), seconds=0)
    assert refused.value.reason == "too-slow"
    assert "took too long to read" in str(refused.value)


def test_a_read_past_the_memory_cap_is_refused_in_words():
    with pytest.raises(BoundedRefusal) as refused:
        read_docx_bounded(samples.long_assessment(), seconds=UNHURRIED, memory=256 * 1024)
    assert refused.value.reason == "too-big"
    assert "needs far more memory to read than an assessment does" in str(refused.value)


def test_a_sound_file_under_any_memory_cap_is_read_or_too_big_never_called_damaged():
    # Where the cap falls decides which allocation fails: Python's (MemoryError) or one inside
    # lxml, which reports it as a syntax error. Either way the file is not damaged.
    document = samples.long_assessment()
    outcomes = set()
    for cap in range(0, 8 * 1024 * 1024, 512 * 1024):
        try:
            read_docx_bounded(document, seconds=UNHURRIED, memory=cap)
            outcomes.add("read")
        except BoundedRefusal as refused:
            outcomes.add(refused.reason)
    assert outcomes <= {"read", "too-big"}
    assert "too-big" in outcomes


def test_the_parsers_own_out_of_memory_errors_are_a_refusal_for_size(monkeypatch):
    import zlib
    from xml.etree.ElementTree import ParseError

    from lxml import etree

    from assist.readers import word
    from assist.word.safety import CORRUPT, UnsafeDocument

    expat_no_memory = ParseError("out of memory: line 1, column 0")
    expat_no_memory.code = 1
    for cause in (
        etree.XMLSyntaxError("unknown error", etree.ErrorTypes.ERR_NO_MEMORY, 0, 0),
        expat_no_memory,
        zlib.error("Error -4 while decompressing data"),
    ):

        def broken(data, cause=cause):
            try:
                raise cause
            except Exception:
                raise UnsafeDocument(CORRUPT) from None

        monkeypatch.setattr(word, "read_docx", broken)
        assert bounded._read_here(b"") == Refusal(bounded.TOO_BIG, "too-big")
    # A real syntax error is damage, as before.
    mismatch = etree.XMLSyntaxError("tag mismatch", etree.ErrorTypes.ERR_TAG_NAME_MISMATCH, 1, 9)

    def damaged(data):
        try:
            raise mismatch
        except Exception:
            raise UnsafeDocument(CORRUPT) from None

    monkeypatch.setattr(word, "read_docx", damaged)
    assert bounded._read_here(b"") == Refusal(CORRUPT, "refused")


def test_any_exception_while_reading_is_a_refusal_naming_only_its_kind(monkeypatch):
    from assist.readers import word

    def broken(data):
        raise KeyError("a part named after something in the document")

    monkeypatch.setattr(word, "read_docx", broken)
    receiving, sending = multiprocessing.Pipe(duplex=False)
    bounded._read_in_child(sending, b"", bounded.MAX_MEMORY * 64)
    outcome = receiving.recv()
    assert outcome == Refusal(bounded.CANNOT_READ, "failed: KeyError")


def test_uploads_beyond_the_readers_at_once_are_told_the_service_is_busy(monkeypatch):
    import threading

    monkeypatch.setattr(bounded, "_reading_slots", threading.BoundedSemaphore(1))
    bounded._reading_slots.acquire()  # another upload is being read
    try:
        with pytest.raises(BoundedRefusal) as refused:
            read_docx_bounded(samples.real_looking(), seconds=0.2)
    finally:
        bounded._reading_slots.release()
    assert refused.value.reason == "busy" and "busy reading other documents" in str(refused.value)
    assert read_docx_bounded(
        samples.real_looking(), seconds=UNHURRIED
    ).document.children  # a slot is free again
