"""The Word reader over 1,006 real third-party Word files (../shared/eval/docx-corpus: other
projects' test files, many deliberately malformed): each is read, or refused with a plain
message, through the same child process as an upload. None may end in a traceback (a fault
the reader did not expect) or take more than 10 s. Run with -s to see the counts."""

import zipfile
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from assist.readers.bounded import MAX_MEMORY, MAX_SECONDS, Refusal, run_bounded
from assist.readers.word import NO_TEXT

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "eval" / "docx-corpus"
SUFFIXES = (".docx", ".dotx", ".docm", ".dotm")
# Every outcome but these is a fault: "failed: KeyError" (an exception the reader did not turn
# into words itself), "died" (the child crashed), "too-slow".
PLAIN = {"read", "refused", "too-big"}


def _outcome(path):
    outcome = run_bounded(path.read_bytes(), MAX_SECONDS, MAX_MEMORY)
    if isinstance(outcome, Refusal):
        return outcome.reason, outcome.message
    return "read", ""


def _opened(reason, message):
    """Read, or opened and found to hold no text (an empty template, headings only)."""
    return reason == "read" or message == NO_TEXT


def _is_strict(path):
    try:
        with zipfile.ZipFile(path) as archive:
            return b"purl.oclc.org/ooxml" in archive.read("_rels/.rels")
    except (zipfile.BadZipFile, KeyError, OSError):
        return False


@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"the Word corpus is not at {CORPUS}")
def test_every_real_word_file_is_read_or_refused_in_words_within_10_s():
    files = sorted(path for path in CORPUS.iterdir() if path.suffix.lower() in SUFFIXES)
    assert len(files) > 1000
    with ThreadPoolExecutor(2) as pool:  # two children at a time: CI has two cores
        outcomes = dict(zip(files, pool.map(_outcome, files), strict=True))
    counts = Counter(
        reason if reason != "refused" else f"refused: {message.split('.')[0]}"
        for reason, message in outcomes.values()
    )
    print("\n".join(f"{n:5} {reason}" for reason, n in counts.most_common()))
    faults = {path.name: reason for path, (reason, _) in outcomes.items() if reason not in PLAIN}
    assert faults == {}
    # Templates and Strict Open XML are read, not refused as damaged.
    templates = [path for path in files if path.suffix == ".dotx"]
    strict = [path for path in files if _is_strict(path)]
    assert len(templates) > 70 and len(strict) > 60
    opened = {path for path, (reason, message) in outcomes.items() if _opened(reason, message)}
    assert [path.name for path in templates + strict if path not in opened] == []
    assert len(opened) >= 950
