"""Word lists: whole words, word* endings, either apostrophe, hyphenated compounds kept whole."""

import pytest

from assist.rubric.wordlists import Terms, entry_problem, tokens_of


def found(entries, text):
    terms = Terms(entries)
    tokens = tokens_of(text)
    return [
        text[tokens[index][0] : tokens[index + length - 1][1]]
        for index, length in terms.find(tokens)
    ]


def test_whole_words_and_phrases_longest_first():
    assert found(["at risk", "risk"], "Amy is at risk; the risk is high.") == ["at risk", "risk"]
    assert found(["risk"], "Risky brisket") == []


def test_star_takes_any_ending_and_apostrophes_match_either_way():
    assert found(["appear* happy"], "She appeared happy and appears happy.") == [
        "appeared happy",
        "appears happy",
    ]
    assert found(["isn't coping"], "Mum isn’t coping.") == ["isn’t coping"]


def test_a_hyphen_binds_a_compound():
    assert found(["appropriate"], "age-appropriate toys") == []
    assert found(["step-father"], "Her step-father left.") == ["step-father"]


def test_the_quick_tests_agree_with_the_full_match():
    terms = Terms(["not coping", "vulnerab*", "chaotic"])
    for text in ("Mum is not coping.", "She is vulnerable.", "It was chaotic.", "Not now."):
        assert terms.in_text(text) == bool(terms.search(tokens_of(text)))
    assert terms.might_be_in("Coping well, not bad.")  # all the words, not in order
    assert not terms.might_be_in("Nothing to see.")


@pytest.mark.parametrize("entry", ["", " padded", "a  b", "kids|children", "*star", "(x)", 3])
def test_entries_a_word_list_cannot_hold(entry):
    assert entry_problem(entry)


@pytest.mark.parametrize("entry", ["kids", "at risk", "appear* happy", "isn't", "step-father"])
def test_entries_a_word_list_can_hold(entry):
    assert entry_problem(entry) is None
