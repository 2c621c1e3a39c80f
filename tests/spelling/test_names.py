"""People's names are not spelling mistakes (issue 14): the assessment's people, the service's
users and the professionals named in sources are known; an unknown word where a name goes is
asked about, never "corrected"; and no suggester ever offers a word for a nationality,
ethnicity or faith, a slur or a crude word."""

import pytest

from assist.document import Document, Fact
from assist.spelling import OfflineChecker, Spelling, check_document
from assist.spelling.likely import likely
from assist.spelling.names import NAME_RULE, named_in, starts_sentence
from assist.spelling.offline import DICTIONARY, _hunspell_suggestions, _known
from assist.spelling.safe_suggestions import never_offered, safe
from tests.spelling.languagetool_stub import languagetool  # noqa: F401  (fixture)
from tests.spelling.test_checking import _doc, _flagged

# What the issue saw offered, and must never be offered again.
OFFENSIVE = {"kafir", "arab", "oriya"}


@pytest.fixture(scope="module")
def offline():
    return OfflineChecker(wait=10)


def _offered(issues):
    return {suggestion.lower() for issue in issues for suggestion in issue.suggestions}


def test_the_workers_own_surname_and_the_familys_names_are_never_flagged(offline):
    text = "Sam Okafor visited. Aarav said he was hungry; Priya said she had no money for food."
    family = _doc(text, children=["Aarav Shah"], adults=["Priya Shah"])
    # The service's users' names come in as accepted words (the web panel reads them all).
    assert check_document(family, offline, accepted=["Sam", "Okafor"]) == []


def test_a_name_the_dictionary_does_not_know_is_asked_about_never_corrected(offline):
    issues = check_document(_doc("I visited Sam Okafor and then Mrs. okafor at home."), offline)
    assert _flagged(issues) == ["Okafor", "okafor"]
    assert [(i.rule, i.message, i.suggestions) for i in issues] == [
        (NAME_RULE, "Is “Okafor” a name?", ()),  # capitalised inside a sentence
        (NAME_RULE, "Is “okafor” a name?", ()),  # after a title, whatever its case
    ]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Dr. Adeyemi saw him. Then J. Okonkwo phoned.", ["Adeyemi", "Okonkwo"]),
        ("Aarav Sharma said he was hungry.", ["Aarav"]),  # a full name starts it
        ("Amol said he was hungry. I asked Amol why.", ["Amol", "Amol"]),  # named elsewhere
        ("Okafor said so.", ["Okafor"]),  # no slip away from any word
        ("Mum said: “Aarav is hungry”.", ["Aarav"]),
        (
            "Aarav's school (Brackenwold Academy) phoned Aarav's mum.",
            ["Aarav's", "Brackenwold", "Aarav's"],
        ),
    ],
)
def test_a_word_where_a_name_goes_is_asked_about(offline, text, names):
    issues = check_document(_doc(text), offline)
    assert [(i.flagged, i.rule, i.suggestions) for i in issues] == [
        (name, NAME_RULE, ()) for name in names
    ]


def test_a_capitalised_typo_starting_a_sentence_is_still_a_typo(offline):
    text = "Nursary said he was hungry.\n- Nursary staff agreed. Alot happened. Amol came."
    issues = check_document(_doc(text), offline)
    assert [(i.flagged, i.suggestions[0]) for i in issues[:3]] == [
        ("Nursary", "Nursery"),
        ("Nursary", "Nursery"),
        ("Alot", "A lot"),
    ]
    # A name one slip from a word ("amok") cannot be told from a typo there.
    assert issues[3].flagged == "Amol" and issues[3].suggestions
    assert starts_sentence("said. “Aarav", len("said. “")) and starts_sentence("1. Aarav", 3)
    assert not starts_sentence("and Aarav", 4) and not starts_sentence("Mr. Aarav", 4)


def test_professionals_named_in_sources_are_known_in_the_whole_assessment(offline):
    document = Document(
        facts=[
            Fact("F1", "Dr Adeyemi examined him; Achebe was there too.", source="Dr Adeyemi (GP)"),
            Fact(
                "F2", "Jo Achebe phoned. The nursary was closed.", source="Jo Achebe, school nurse"
            ),
            Fact("F3", "Seen at the nursary.", source="Nursary report"),
        ]
    )
    assert _flagged(check_document(document, offline)) == ["nursary", "nursary"]
    assert named_in("Health visitor") == set() and named_in("Nursary report") == set()
    assert named_in("Mum (Mrs Okafor)") == {"okafor"}


def test_unknown_names_starting_a_sentence_are_never_offered_what_the_issue_saw(offline):
    text = "Okafor came. Aarav ate. Priya cried. Adeyemi left. Amol sat."
    issues = check_document(_doc(text), offline)
    assert _flagged(issues) == ["Okafor", "Aarav", "Priya", "Adeyemi", "Amol"]
    assert [issue.rule for issue in issues] == [NAME_RULE] * 4 + ["hunspell"]
    assert not _offered(issues) & OFFENSIVE and _offered(issues), _offered(issues)


def _accepted(candidate):
    return _known(DICTIONARY, candidate)


@pytest.mark.parametrize("name", ["Okafor", "Aarav", "Priya"])
def test_neither_offline_suggester_offers_a_nationality_faith_or_slur(name):
    offered = {s.lower() for s in likely(name, _accepted, 10)}
    offered |= {s.lower() for s in _hunspell_suggestions(DICTIONARY, name)}
    assert offered and not offered & OFFENSIVE, offered


def test_languagetools_replacements_are_filtered_too(languagetool):  # noqa: F811
    # The stub offers a slur first for "pakk" (as a real server might) and "an Indian" for
    # "a Indian".
    spelling = Spelling(url=languagetool.url, timeout=2, suggestion_wait=10)
    report = spelling.check(_doc("The pakk was heavy. We met a Indian family."))
    assert report.grammar_checked
    offered = {issue.flagged: issue.suggestions for issue in report.issues}
    assert offered == {
        "pakk": ("pack", "park"),
        # The writer's own word is kept: only words a suggestion brings in are withheld.
        "a Indian": ("an Indian",),
    }


@pytest.mark.parametrize(
    "word",
    [
        # Nationalities and ethnicities (WordNet), in any case or form.
        *("Arab", "arab", "Arabs", "Oriya", "Pakistani", "Pakistanis", "English", "Englishmen"),
        *("Somali", "Yoruba", "Igbo", "Roma", "Gypsy", "gypsy", "Polish", "Black", "White"),
        # Religions and faiths.
        *("Muslim", "Islamic", "Sikh", "Hindu", "Jewish", "Jew", "Christian", "Catholic"),
        # Slurs (WordNet's, and the few it lacks) and crude or anatomical words.
        *("Kafir", "kaffir", "Paki", "nigger", "kike", "wog", "coon", "retard", "pikey"),
        *("anus", "penis", "shit", "turd", "arsehole", "wanker", "tits"),
    ],
)
def test_never_offered_covers_each_kind_of_word(word):
    assert never_offered(word)


@pytest.mark.parametrize(
    "word",
    [
        # Their lower-case, ordinary words; and everyday words near the list.
        *("polish", "black", "white", "brother", "sister", "turkey", "china", "friend"),
        *("nursery", "resident", "villager", "neighbour", "national", "native", "believer"),
        *("colour", "analysis", "sexual", "abuse", "bruise", "boy", "spade", "tool", "Peters"),
    ],
)
def test_never_offered_leaves_ordinary_words_alone(word):
    assert not never_offered(word)


def test_an_ordinary_word_with_a_capital_is_offered_only_when_the_writer_typed_the_capital():
    # Starting a sentence, "Polsh" is as likely "polish" as the nationality.
    assert not never_offered("Polish", "Polsh") and not never_offered("Black", "Blakc")
    assert never_offered("Polish", "polsh") and never_offered("Arab", "Aarab")


def test_a_replacement_may_keep_a_word_the_writer_typed():
    assert safe(["an Indian family", "an Arab family", "a family"], "a Indian family") == (
        "an Indian family",
        "a family",
    )
    assert safe(["A lot", "a tit", "Arab"], "Alot") == ("A lot",)


def test_an_abbreviation_in_capitals_is_neither_a_name_nor_a_slip(offline):
    # The field's abbreviations ("PPN", "DV", "HV") are the plain-language check's to ask about.
    issues = check_document(
        _doc("A PPN came in about DV; the HV and Mr Okafor were told."), offline
    )
    assert _flagged(issues) == ["Okafor"]
