"""The lexicons: what they know of English, how they are cached, and what a missing one says."""

import marshal

import pytest

import assist.language.lexicons as lexicon_module
from assist.language import lexicon
from assist.language.lexicons import LexiconMissing, require
from assist.rubric import RubricError, load_rubric
from tests.rubric.helpers import RUBRIC_PATH


@pytest.fixture(scope="module")
def words():
    return lexicon()


@pytest.mark.parametrize("word", ["filthy", "rude", "drunk", "neglectful", "chaotic", "happy"])
def test_words_people_rated_as_judgements_are_evaluative(words, word):
    assert words.evaluative(word) >= 0.5


@pytest.mark.parametrize(
    ("word", "how"),
    [
        ("intoxicated", "shares its sense with 'drunk'"),
        ("unsafe", "the negative of 'safe'"),
        ("uncooperative", "WordNet says see also 'unhelpful', the opposite of 'helpful'"),
    ],
)
def test_ratings_reach_words_the_lexicons_do_not_list_through_wordnet(words, word, how):
    assert words.evaluative(word) >= 0.5, how


@pytest.mark.parametrize("word", ["pregnant", "asleep", "red", "present"])
def test_plain_facts_about_a_person_are_not_evaluative(words, word):
    assert words.evaluative(word) < 0.5


def test_irregular_forms_are_read_as_their_commonest_word(words):
    assert words.lemmas("saw", "v")[0] == "see"
    assert words.first_class("saw", "v") == "verb.perception"
    assert words.first_class("fell", "v") != "verb.perception"
    assert words.lemmas("children", "n") == ("child",)
    # A plural WordNet also lists as a word of its own is read as its singular too.
    assert "noun.body" in words.classes("hands", "n")
    assert "hand" in words.lemmas("hands", "n")
    assert words.lemmas("boss", "n") == ("boss",) and "ga" not in words.lemmas("gas", "n")


def test_classes_come_from_the_commonest_sense(words):
    assert words.first_class("visit", "n") == "noun.act"
    assert words.first_class("nappy", "n") == "noun.artifact"
    assert words.first_class("neglects", "v") not in ("verb.contact", "verb.motion")


def test_labels_for_people_come_from_wordnet_hypernyms(words):
    labels = words.person_nouns_under(["drug user", "drunkard"])
    assert {"addict", "alcoholic"} <= labels
    assert "teacher" not in labels


def test_kinds_of_sensation_come_from_wordnet_hypernyms(words):
    sensed = words.nouns_under(["sensation"], "noun.cognition")
    assert {"smell", "odour", "odor", "noise", "stench"} <= sensed
    assert "attitude" not in sensed and "insight" not in sensed


def test_kinds_of_verb_come_from_the_commonest_senses_hypernyms(words):
    channels = words.verbs_under(["telecommunicate"])
    assert {"telephone", "phone", "email"} <= channels
    assert "shout" not in channels
    assert "call" not in channels  # first to name someone, then to telephone


def test_adjectives_know_the_verbs_wordnet_makes_them_from(words):
    assert "verb.social" in words.made_from("evasive")  # evade
    assert "verb.communication" in words.made_from("argumentative")  # argue
    assert words.made_from("tall") == frozenset()
    assert words.made_from("hungry") == frozenset()


def test_adjectives_know_what_attribute_they_are_a_value_of(words):
    assert "temperature" in words.value_of("cold")
    assert "size" in words.value_of("big")
    assert words.value_of("rude") == frozenset()


def test_feelings_are_known_by_their_nouns(words):
    assert words.names_feeling("anxious") and words.names_feeling("tearful")
    assert not words.names_feeling("tall")


def test_the_compiled_lexicon_is_cached_and_read_back(tmp_path, monkeypatch):
    monkeypatch.setenv("ASSIST_CACHE_DIR", str(tmp_path))
    first = lexicon_module._load_or_compile()
    (cached,) = tmp_path.glob("lexicon-*.marshal")
    assert marshal.loads(cached.read_bytes())["build"] == lexicon_module.BUILD  # noqa: S302

    def never(*_):
        raise AssertionError("compiled again")

    monkeypatch.setattr(lexicon_module, "compile_sources", never)
    assert lexicon_module._load_or_compile() == first


def test_a_cache_that_cannot_be_written_costs_only_time(tmp_path, monkeypatch):
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("ASSIST_CACHE_DIR", str(blocked / "cache"))
    assert lexicon_module._load_or_compile()["build"] == lexicon_module.BUILD


def test_a_missing_resource_says_what_to_install(tmp_path, monkeypatch):
    monkeypatch.setenv("ASSIST_WORDNET_DIR", str(tmp_path))
    with pytest.raises(LexiconMissing) as caught:
        require("wordnet")
    assert "wordnet-base" in str(caught.value)
    with pytest.raises(LexiconMissing, match="unknown lexicon 'sentiwordnet'"):
        require("sentiwordnet")


def test_a_rubric_whose_lexicon_is_missing_stops_with_its_file_and_line(tmp_path, monkeypatch):
    monkeypatch.setenv("ASSIST_WORDNET_DIR", str(tmp_path))
    with pytest.raises(RubricError) as caught:
        load_rubric(RUBRIC_PATH)
    message = str(caught.value)
    assert "rubric.yaml:" in message and "unsupported-assertion" in message
    assert "WordNet" in message and "wordnet-base" in message
    assert "Traceback" not in message


def test_a_rubric_naming_an_unknown_lexicon_says_which_there_are(tmp_path):
    text = RUBRIC_PATH.read_text(encoding="utf-8").replace(
        "lexicons: [vader, textblob]", "lexicons: [vader, sentiwordnet]", 1
    )
    path = tmp_path / "rubric.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(RubricError) as caught:
        load_rubric(path)
    assert "'sentiwordnet' is not one of" in str(caught.value)
    assert "vader" in str(caught.value)
