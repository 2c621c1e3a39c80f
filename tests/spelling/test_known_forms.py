"""The list of the dictionary's forms (``assist.spelling.known_forms``), which lets a command-line
check start without reading the dictionary, answers exactly as the dictionary does: on the
spelling benchmark's misspellings and the words they meant, written in every case, with
possessives and hyphens, on abbreviations in capitals, and in a whole ``assist check``."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
from spylls.hunspell import Dictionary

from assist.rubric.cli import check_command
from assist.spelling import known_forms, offline
from tests.rubric.test_cli import run

MISSPELLINGS = Path(__file__).resolve().parents[2] / "bench" / "data" / "misspellings.tsv"
# Capitals the lower-case index decides ("GS" is "g" + "s" there), names, and mixed case.
MORE = (  # noqa: SIM905
    "NSPCC NSPCC's GP GPs CAMHS SENCO GS RS AKS REX AS IS Kai Okafor McDonald MCDONALD mcdonald "
    "iPhone IPHONE Iphone O'Brien O’BRIEN step-father STEP-FATHER re-enter co-operate "
    "self-harm-related well-being ex- -ish Ézra café CAFÉ naïve"
).split()


def pairs():
    lines = MISSPELLINGS.read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]


def words_to_compare():
    words = {word.strip() for pair in pairs() for word in pair} | set(MORE)
    for word in list(words):
        words |= {word.lower(), word.upper(), word.capitalize(), word + "'s", word + "’s"}
    meant = sorted(meant for _, meant in pairs())
    words |= {f"{a}-{b}" for a, b in zip(meant, reversed(meant), strict=True)}
    return sorted(words)


@pytest.fixture(scope="module")
def hunspell():
    try:
        return offline.dictionary()
    except offline.DictionaryMissing:
        pytest.skip("no hunspell-en-gb dictionary on this machine")


def test_the_list_answers_every_word_as_the_dictionary_does(hunspell):
    listed = known_forms.KnownForms(*known_forms.listed(hunspell))
    words = words_to_compare()
    assert len(words) > 1000
    answers = {word: listed.knows(word) for word in words}
    assert answers == {word: hunspell.lookup(word) for word in words}
    # Both kinds of answer, and words in capitals found only through the lower-case index.
    assert answers["nursary"] is False and answers["nursery"] is True
    assert answers["GS"] is True and answers["gs"] is False
    # A word with a digit is the dictionary's to answer (its numbers and compound rules).
    assert listed.knows("10th") is None


def test_a_dictionary_with_rules_the_list_does_not_model_is_not_listed(tmp_path):
    (tmp_path / "odd.aff").write_text("SET UTF-8\nKEEPCASE K\n", encoding="utf-8")
    (tmp_path / "odd.dic").write_text("1\nMcDonald/K\n", encoding="utf-8")
    data, forms = known_forms.listed(Dictionary.from_files(str(tmp_path / "odd")))
    assert data["modelled"] is False and not forms


def test_a_new_check_process_reads_the_list_and_finds_what_the_dictionary_finds(hunspell, tmp_path):
    known_forms.keep(offline.DICTIONARY, hunspell)  # as the first process on a machine does
    prose = " ".join(sorted({word for pair in pairs() for word in pair} | set(MORE)))
    path = tmp_path / "words.md"
    path.write_text(f"# Facts and chronology\n\n- {prose}\n", encoding="utf-8")
    offline._known.cache_clear()  # this process asks the dictionary itself
    here = run(check_command, "--format", "json", path)
    # A new process has not read the dictionary: it looks words up in the list (and reads the
    # dictionary only to suggest replacements for those it does not know).
    assist = Path(sys.executable).parent / "assist"
    there = subprocess.run(  # noqa: S603 (our own command, on a file this test wrote)
        [str(assist), "check", "--format", "json", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert there.returncode == here.exit_code
    found = json.loads(there.stdout)
    assert found == json.loads(here.stdout)
    assert sum(f["rule"] == "spelling" for f in found["files"][0]["findings"]) > 50
