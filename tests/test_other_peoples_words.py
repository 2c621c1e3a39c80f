"""The labelled passages in ../shared/eval are other people's words, read from there by the
benchmarks: no sentence of theirs may stand in the project, whether in the rubric's examples, a
test or a document."""

import json
import re
import subprocess

import pytest

from assist.config import PROJECT_ROOT

EVAL = PROJECT_ROOT.parent / "shared" / "eval"
# Shorter than this, a sentence ("Showered, dressed, breakfast", "As soon as possible") is
# anyone's.
MINIMUM_WORDS = 5
BINARY = (".png", ".ico", ".woff", ".woff2", ".docx", ".xlsx", ".ods", ".gz", ".jpg", ".pdf")


def normal(text: str) -> str:
    text = re.sub(r"[’‘“”\"']", "'", text.lower())
    return " ".join(re.findall(r"[\w']+", text))


def passage_sentences():
    for path in sorted(EVAL.glob("passages-dev*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            passage = json.loads(line)
            for sentence in re.split(r"(?<=[.!?…])\s+", passage["text"]):
                words = normal(sentence)
                if len(words.split()) >= MINIMUM_WORDS:
                    yield passage["id"], words


def project_texts():
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard"],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split("\n")
    for name in listed:
        path = PROJECT_ROOT / name
        if not name or name.endswith(BINARY) or not path.is_file():
            continue
        try:
            yield name, normal(path.read_text(encoding="utf-8"))
        except UnicodeDecodeError:
            continue


@pytest.mark.skipif(not EVAL.is_dir(), reason="no ../shared/eval beside the project")
def test_no_sentence_of_the_labelled_passages_is_copied_into_the_project():
    sentences = list(passage_sentences())
    assert sentences, "the passages were read"
    copied = [
        (passage, name, words)
        for name, text in project_texts()
        for passage, words in sentences
        if f" {words} " in f" {text} "
    ]
    assert copied == []
