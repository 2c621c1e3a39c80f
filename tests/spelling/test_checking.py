"""The spelling library on its own: offline British spelling, the word list and names, only
changed paragraphs re-checked, and LanguageTool through a local stub, with every way it can
fail falling back to offline spelling."""

import socket
import time

import pytest

from assist.document import Adult, Child, Document, Fact, Recommendation
from assist.spelling import OfflineChecker, ParagraphCache, Spelling, check_document
from assist.spelling.offline import DICTIONARY, _hunspell_suggestions, suggestions_for
from assist.spelling.service import DOWN, NOT_CONFIGURED
from tests.spelling.languagetool_stub import languagetool  # noqa: F401  (fixture)


def _doc(*texts, children=(), adults=()):
    return Document(
        children=[Child(f"C{n}", name) for n, name in enumerate(children, 1)],
        adults=[Adult(f"P{n}", name) for n, name in enumerate(adults, 1)],
        facts=[Fact(f"F{n}", text) for n, text in enumerate(texts, 1)],
    )


def _flagged(issues):
    return [issue.flagged for issue in issues]


@pytest.fixture(scope="module")
def offline():
    # Waits as long as suggestions take, so a busy machine cannot change what a test sees.
    return OfflineChecker(wait=10)


def test_american_spellings_are_flagged_with_british_suggestions(offline):
    issues = check_document(
        _doc("Her favourite color is blue.", "We will analyze the center's records."), offline
    )
    assert _flagged(issues) == ["color", "analyze", "center's"]
    suggestions = {issue.flagged: issue.suggestions for issue in issues}
    assert suggestions["color"][0] == "colour"
    assert "analyse" in suggestions["analyze"]
    assert [(i.item, i.field, i.category) for i in issues[:1]] == [("F1", "text", "spelling")]
    assert issues[0].offset == len("Her favourite ")


def test_slow_suggestions_never_hold_up_a_check_and_come_on_a_later_one():
    hurried = OfflineChecker(wait=0.01)
    hurried.warm()
    suggestions_for(DICTIONARY, {"speling", "qzxj"}, 10)  # warmed through, as after start-up
    # Too far from any word for the quick index: spylls takes hundreds of milliseconds over it.
    word = "recomendashun"
    started = time.monotonic()
    [issue] = check_document(_doc(f"The {word} is clear."), hurried)
    assert time.monotonic() - started < 0.3
    assert issue.flagged == word and issue.suggestions == ()
    assert "recommendation" in suggestions_for(DICTIONARY, {word}, 10)[word]
    [later] = check_document(_doc(f"The {word} is clear."), hurried)
    assert "recommendation" in later.suggestions


def test_suggestions_put_the_word_meant_first_in_the_writers_case(offline):
    text = "Nursary said she visted the houshold; teh midwfe and the safegaurding lead did not."
    issues = check_document(_doc(text), offline)
    first = {issue.flagged: issue.suggestions[0] for issue in issues}
    assert first == {
        "Nursary": "Nursery",  # not the rarer "Bursary" hunspell offers first
        "visted": "visited",  # a letter left out, before the commoner "listed"
        "houshold": "household",
        "teh": "the",
        "midwfe": "midwife",
        "safegaurding": "safeguarding",  # from the project's social-care words
    }
    # Every suggestion is British: "colour", never the American spelling it is one edit from.
    [color] = check_document(_doc("The colr of it."), offline)
    assert "color" not in color.suggestions


def test_crude_and_anatomical_words_are_never_suggested_but_are_accepted(offline):
    # One misclick on "anus" for "anxous" would put it into a child's record.
    [issue] = check_document(_doc("She seemed anxous at school."), offline)
    assert issue.suggestions[0] == "anxious"
    assert "anus" not in issue.suggestions
    # Hunspell's own suggester, the fallback for words the frequency list lacks, too.
    assert "anus" not in _hunspell_suggestions(DICTIONARY, "anxous")
    for typo, crude in (("anuss", "anus"), ("pennis", "penis"), ("pubik", "pubic")):
        [issue] = check_document(_doc(f"The {typo} here."), offline)
        assert crude not in [s.lower() for s in issue.suggestions], issue.suggestions
    # Typed on purpose, the words are still correct spelling.
    assert check_document(_doc("The anus and the penis were examined."), offline) == []


def test_two_common_words_run_together_are_offered_split(offline):
    text = "Alot happened infront of eachother; she was upset aswell."
    issues = check_document(_doc(text), offline)
    first = {issue.flagged: issue.suggestions[0] for issue in issues}
    assert first == {
        "Alot": "A lot",  # before "Alto", "allot" and "aloft"
        "infront": "in front",
        "eachother": "each other",
        "aswell": "as well",
    }
    # Real words are never split, and rare or odd parts are not offered ("alo t", "al ot").
    assert check_document(_doc("Nevertheless, a keyworker and a childminder."), offline) == []
    # Nor into words too rare to be meant: "likelihood", never "likely hood".
    for typo in ("nursary", "persue", "likelyhood"):
        [issue] = check_document(_doc(f"The {typo} is near."), offline)
        assert not any(" " in suggestion for suggestion in issue.suggestions), issue.suggestions
    [issue] = check_document(_doc("Ithink so."), offline)
    assert issue.suggestions[0] == "I think"


def test_british_prose_references_and_addresses_raise_nothing(offline):
    text = (
        "The health visitor recognised that the colour of the bruise on his cheek was "
        "yellowing; see F3, the 2025 report and www.example.org/report, or email duty@example.org."
    )
    assert check_document(_doc(text), offline) == []


def test_odd_text_is_checked_quickly_and_accents_stay_in_their_words(offline):
    started = time.monotonic()
    # spylls alone takes minutes over a word with this many hyphens.
    assert check_document(_doc("x-" * 300 + "y", "a" * 5000), offline)[0].suggestions == ()
    decomposed = "The cafe\u0301 and the colour"  # é written as e + a combining accent
    assert check_document(_doc(decomposed), offline) == []
    assert time.monotonic() - started < 5


def test_social_care_words_and_the_assessments_own_names_are_never_flagged(offline):
    text = (
        "CAMHS, Cafcass, the LADO, SENCO, an ICPC, s47 and PLO; her keyworkers. "
        "Kayleigh-Mae told Dariusz. The perinatal team saw her for postpartum psychosis."
    )
    named = _doc(text, children=["Kayleigh-Mae Brzęczek"], adults=["Dariusz Nowak"])
    assert check_document(named, offline) == []
    # The same words flagged without those people in the assessment: the names list is real.
    assert {"Kayleigh-Mae", "Dariusz"} <= set(_flagged(check_document(_doc(text), offline)))


class Counting:
    """Wraps a checker to count the paragraphs it is asked about."""

    def __init__(self, checker):
        self.checker, self.name, self.asked = checker, checker.name, []

    def check_paragraphs(self, paragraphs):
        self.asked.append(list(paragraphs))
        return self.checker.check_paragraphs(paragraphs)


def test_only_changed_paragraphs_are_checked_again(offline):
    counting, cache = Counting(offline), ParagraphCache()
    texts = [f"Fact number {n} about the family's week." for n in range(50)]
    check_document(_doc(*texts), counting, cache)
    texts[7] = "The family's week was hard: mum said she felt low and the color of the room."
    issues = check_document(_doc(*texts), counting, cache)
    assert [len(asked) for asked in counting.asked] == [50, 1]
    assert counting.asked[1] == [texts[7]]
    assert [(i.item, i.flagged) for i in issues] == [("F8", "color")]


def test_languagetool_gets_british_english_and_its_matches_are_placed(languagetool):  # noqa: F811
    spelling = Spelling(url=languagetool.url, timeout=2, suggestion_wait=10)
    document = _doc("Nothing wrong here.", "She ate a apple and chose the color red.")
    document.recommendations = [Recommendation("R1", "Buy a apple", objective="color")]
    report = spelling.check(document)
    assert report.grammar_checked and report.grammar_off_reason == ""
    assert {check["language"] for check in languagetool.checks} == {"en-GB"}
    assert len(languagetool.checks) == 1  # changed paragraphs go together in one request
    placed = [(i.item, i.field, i.flagged, i.category, i.suggestions[0]) for i in report.issues]
    assert sorted(placed) == [
        ("F2", "text", "a apple", "grammar", "an apple"),
        ("F2", "text", "color", "spelling", "colour"),
        ("R1", "action", "a apple", "grammar", "an apple"),
        ("R1", "objective", "color", "spelling", "colour"),
    ]
    spelling.check(document)
    assert len(languagetool.checks) == 1  # nothing changed, nothing sent


def test_languagetool_never_flags_the_word_list_or_names(languagetool):  # noqa: F811
    spelling = Spelling(url=languagetool.url, timeout=2, suggestion_wait=10)
    report = spelling.check(_doc("Dariusz said a apple.", adults=["Dariusz Nowak"]))
    assert [(i.flagged, i.category) for i in report.issues] == [("a apple", "grammar")]


def test_no_server_configured_means_offline_spelling_and_nothing_sent(languagetool):  # noqa: F811
    report = Spelling(url="", suggestion_wait=10).check(_doc("Her favourite color."))
    assert not report.grammar_checked and report.grammar_off_reason == NOT_CONFIGURED
    assert _flagged(report.issues) == ["color"]
    assert languagetool.checks == []


def _closed_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_a_server_that_is_down_falls_back_to_offline_spelling():
    spelling = Spelling(url=f"http://127.0.0.1:{_closed_port()}/", timeout=1)
    report = spelling.check(_doc("Her favourite color."))
    assert not report.grammar_checked and report.grammar_off_reason == DOWN
    assert _flagged(report.issues) == ["color"]


@pytest.mark.parametrize("slow", ["languages", "check"])
def test_a_slow_server_falls_back_quickly(languagetool, slow):  # noqa: F811
    if slow == "languages":
        languagetool.languages_delay = 1.5
    else:
        languagetool.delay = 1.5
    # What is timed here is the fall-back, not the suggester: its index (built once per
    # process, a second of work on another thread) is built first.
    suggestions_for(DICTIONARY, {"speling"}, 10)
    spelling = Spelling(url=languagetool.url, timeout=0.3, suggestion_wait=0)
    started = time.monotonic()
    report = spelling.check(_doc("Her favourite color."))
    assert time.monotonic() - started < 1.4
    assert not report.grammar_checked and report.grammar_off_reason == DOWN
    assert _flagged(report.issues) == ["color"]
    # Not asked again straight away: one slow server must not slow every page.
    started = time.monotonic()
    spelling.check(_doc("Another color."))
    assert time.monotonic() - started < 0.3


def test_the_spelling_library_needs_no_flask():
    import subprocess
    import sys

    code = "import sys, assist.spelling; print('flask' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_a_growth_chart_word_is_known_and_never_corrected_to_a_faith_word(offline):
    assert check_document(_doc("Her weight fell to the 9th centile."), offline) == []
    [issue] = check_document(_doc("Her weight fell to the 9th centle."), offline)
    assert "gentile" not in [s.lower() for s in issue.suggestions], issue.suggestions
    assert "gentile" not in _hunspell_suggestions(DICTIONARY, "centle")
