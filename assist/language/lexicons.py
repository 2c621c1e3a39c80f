"""The lexical resources, compiled once into one small cache file and read from it after that.

Reading WordNet's 28 MB of data files takes a second or two; the rubric needs only part of it,
so the first use compiles what it needs (about 3 MB) into a cache named by the size and time of
every source file (``assist.language.cache``), and later processes load that in a few
hundredths of a second. A cache that cannot be written (a read-only home) costs only the compile
time.
"""

from __future__ import annotations

import os
import re
import threading
from collections import defaultdict
from dataclasses import dataclass
from importlib.util import find_spec
from pathlib import Path

from assist.language.cache import Shelf, kept, shelved
from assist.language.cache import cache_dir as cache_dir  # where other caches go too

# Bump when what is compiled changes, so old caches are not read.
BUILD = 27

# WordNet's lexicographer files, numbered as in its lexnames(5WN) page.
LEXNAMES = (
    "adj.all",
    "adj.pert",
    "adv.all",
    "noun.Tops",
    "noun.act",
    "noun.animal",
    "noun.artifact",
    "noun.attribute",
    "noun.body",
    "noun.cognition",
    "noun.communication",
    "noun.event",
    "noun.feeling",
    "noun.food",
    "noun.group",
    "noun.location",
    "noun.motive",
    "noun.object",
    "noun.person",
    "noun.phenomenon",
    "noun.plant",
    "noun.possession",
    "noun.process",
    "noun.quantity",
    "noun.relation",
    "noun.shape",
    "noun.state",
    "noun.substance",
    "noun.time",
    "verb.body",
    "verb.change",
    "verb.cognition",
    "verb.communication",
    "verb.competition",
    "verb.consumption",
    "verb.contact",
    "verb.creation",
    "verb.emotion",
    "verb.motion",
    "verb.perception",
    "verb.possession",
    "verb.social",
    "verb.stative",
    "verb.weather",
    "adj.ppl",
)
WORDNET_POS = {"noun": "n", "verb": "v", "adj": "a", "adv": "r"}
# WordNet's own detachment rules for regular inflections (morphy(7WN)).
_DETACH = {
    "n": (
        ("s", ""),
        ("ses", "s"),
        ("xes", "x"),
        ("zes", "z"),
        ("ches", "ch"),
        ("shes", "sh"),
        ("men", "man"),
        ("ies", "y"),
    ),
    "v": (
        ("s", ""),
        ("ies", "y"),
        ("es", "e"),
        ("es", ""),
        ("ed", "e"),
        ("ed", ""),
        ("ing", "e"),
        ("ing", ""),
    ),
    "a": (("er", ""), ("est", ""), ("er", "e"), ("est", "e")),
    "r": (),
}
_WORD = re.compile(r"^[a-z][a-z'-]*$")
_MEMO_LIMIT = 200_000
_NEGATIVE_PREFIX = re.compile(r"^(?:un|in|im|il|ir|dis|non)-?")
_EXCESS_PREFIX = re.compile(r"^(?:over|hyper)-?")
# "Dys-" says a thing works badly ("dysregulated", "dysfunctional"): a verdict in itself.
_BAD_PREFIX = re.compile(r"^dys-?")
# How evaluative a word of excess is, whatever its base: as much as the lexicons' middling words.
EXCESS = 0.5


class LexiconMissing(ValueError):
    """A lexical resource the rubric needs is not installed. The message says how to install it.
    A ValueError, as every bad setting is, so the rubric loader names the criterion's file and
    line with it."""


@dataclass(frozen=True)
class Source:
    name: str
    what: str
    install: str

    def path(self) -> Path | None:
        return _LOCATE[self.name]()


def _wordnet_dir() -> Path | None:
    folder = Path(os.environ.get("ASSIST_WORDNET_DIR", "/usr/share/wordnet"))
    return folder if (folder / "data.noun").is_file() else None


def _package_file(package: str, *parts: str) -> Path | None:
    spec = find_spec(package)  # finds the package without importing it
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations)), *parts)
    return path if path.is_file() else None


_LOCATE = {
    "wordnet": _wordnet_dir,
    "vader": lambda: _package_file("vaderSentiment", "vader_lexicon.txt"),
    "textblob": lambda: _package_file("textblob", "en", "en-sentiment.xml"),
}
SOURCES = {
    "wordnet": Source(
        "wordnet",
        "Princeton WordNet 3.0",
        "install Debian's wordnet-base package (`make install` does), or set "
        "ASSIST_WORDNET_DIR to a folder holding WordNet's data.noun",
    ),
    "vader": Source(
        "vader",
        "VADER's valence lexicon",
        "install the Python package vaderSentiment (`make install` does)",
    ),
    "textblob": Source(
        "textblob",
        "TextBlob's subjectivity lexicon and tagger",
        "install the Python package textblob (`make install` does)",
    ),
}


# The lexicons that rate how evaluative a word is (WordNet carries their ratings further).
RATED = ("vader", "textblob")
# The noun classes whose kinds are walked (nouns_under): labels and roles of people, and
# sensations, whose quality was perceived ("a strong smell").
WALKED_NOUNS = ("noun.person", "noun.cognition", "noun.state")


def require(*names: str) -> None:
    """Raise LexiconMissing, naming each missing resource and how to install it."""
    unknown = [name for name in names if name not in SOURCES]
    if unknown:
        raise LexiconMissing(
            f"unknown lexicon {', '.join(map(repr, unknown))}; the lexicons are "
            + ", ".join(sorted(SOURCES))
        )
    missing = [SOURCES[name] for name in names if SOURCES[name].path() is None]
    if missing:
        raise LexiconMissing("; ".join(_how_to_install(source) for source in missing))


def _how_to_install(source: Source) -> str:
    return f"{source.what} ('{source.name}') is not installed: {source.install}"


def _installed(name: str) -> Path:
    """Where the resource is; LexiconMissing, saying how to install it, when it is not."""
    path = SOURCES[name].path()
    if path is None:
        raise LexiconMissing(_how_to_install(SOURCES[name]))
    return path


class Lexicon:
    """Look-ups over the compiled data. Every method takes lower-case words."""

    def __init__(self, data: dict):
        # The large tables of words are read a part at a time, as their words are looked up.
        self._classes = {pos: Shelf().shelve(data["classes"][pos]) for pos in "nvar"}
        self._exceptions = {pos: Shelf().shelve(data["exceptions"].get(pos, {})) for pos in "nvar"}
        self._nouns = data["nouns"]
        self._noun_senses = data["noun_senses"]
        self._verbs = data["verbs"]
        self._verb_senses = data["verb_senses"]
        self._evaluative = {name: Shelf().shelve(t) for name, t in data["evaluative"].items()}
        self._rated = {name: Shelf().shelve(t) for name, t in data["rated"].items()}
        self._valence = Shelf().shelve(data["valence"])
        self._polarity = data["polarity"]
        self._opposites = data["opposites"]
        self._feelings = frozenset(data["feelings"])
        self._first = {pos: Shelf().shelve(data["first"].get(pos, {})) for pos in "nvar"}
        self._made_from = Shelf().shelve(data["made_from"])
        self._values_of = Shelf().shelve(data["values_of"])
        self._peoples = frozenset(data["peoples"])
        self._memo: dict = {}

    def lemmas(self, word: str, pos: str) -> tuple[str, ...]:
        """The word's base forms of this part of speech (n, v, a, r) that WordNet knows."""
        key = (word, pos)
        found = self._memo.get(key)
        if found is None:
            found = self._remember(
                key, tuple(_morphy(word, pos, self._classes[pos], self._exceptions[pos]))
            )
        return found

    def with_lemmas(self, word: str, pos: str) -> frozenset[str]:
        """The word and its base forms of this part of speech ("minimises", "minimise")."""
        key = ("w", word, pos)
        found = self._memo.get(key)
        if found is None:
            found = self._remember(key, frozenset((word, *self.lemmas(word, pos))))
        return found

    def classes(self, word: str, pos: str) -> frozenset[str]:
        """The lexicographer classes (verb.perception, noun.artifact, ...) of the word's lemmas."""
        key = ("c", word, pos)
        found = self._memo.get(key)
        if found is None:
            bits = 0
            for lemma in self.lemmas(word, pos):
                bits |= self._classes[pos][lemma]
            found = self._remember(
                key, frozenset(name for n, name in enumerate(LEXNAMES) if bits >> n & 1)
            )
        return found

    def _remember(self, key, value):
        # Every distinct word a server ever reads, typos included, would stay for good.
        if len(self._memo) > _MEMO_LIMIT:
            self._memo.clear()
        self._memo[key] = value
        return value

    def forget(self):
        """Drop the per-word memo (the benchmark times a check with nothing read before)."""
        self._memo.clear()

    def first_class(self, word: str, pos: str) -> str | None:
        """The lexicographer class of the word's most frequent sense ("visit" -> noun.act)."""
        key = ("f", word, pos)
        found = self._memo.get(key, key)  # (None is an answer: a word WordNet does not know)
        if found is key:
            found = None
            for lemma in self.lemmas(word, pos):
                number = self._first[pos].get(lemma)
                if number is not None:
                    found = LEXNAMES[number]
                    break
            self._remember(key, found)
        return found

    def known(self, word: str, pos: str) -> bool:
        return bool(self.lemmas(word, pos))

    def evaluative(self, word: str, sources=RATED, pos: str = "a") -> float:
        """How evaluative a word is, 0 to 1: the highest of the named lexicons' ratings, carried
        through WordNet's adjective clusters and antonyms to words the lexicons do not list, and
        from a word to its negative ("safe" to "unsafe", "co-operative" to "unco-operative").
        With pos "v" or "n" the word is read as a verb or noun ("lacks" as "lack")."""
        key = ("e", word, sources, pos)
        found = self._memo.get(key)
        if found is None:
            found = self._remember(key, self._rating(word, sources, pos))
        return found

    def _rating(self, word, sources, pos):
        best = 0.0
        tables = self._evaluative if pos == "a" else self._rated
        for source in sources:
            table: dict = tables.get(source, {})
            score = table.get(word)
            if score is None:
                for lemma in self.lemmas(word, pos):
                    score = max(score or 0.0, table.get(lemma, 0.0))
            if not score and pos == "v":
                # A lexicon may rate a verb's other forms only ("manipulated", not
                # "manipulate"): the verb is as evaluative in any of them.
                for form in _verb_forms(word):
                    score = max(score or 0.0, table.get(form, 0.0))
            best = max(best, score or 0.0)
        if best == 0.0 and pos == "a":
            base = _NEGATIVE_PREFIX.sub("", word)
            if base != word and len(base) > 3 and self.lemmas(base, "a"):
                best = self._rating(base, sources, pos)
            for prefix in (_EXCESS_PREFIX, _BAD_PREFIX):
                stripped = prefix.sub("", word)
                if stripped != word and len(stripped) > 3 and self.lemmas(stripped, "a"):
                    # "Overprotective", "over-involved": too much of anything is a verdict on
                    # it, as working badly is ("dysregulated").
                    best = max(self._rating(stripped, sources, pos), EXCESS)
            head = word.rpartition("-")[2]
            if (
                head != word
                and len(head) > 3
                and self.lemmas(head, "a")
                # (Not a part of the body and a doing, "head-banging": what was done with it,
                # though "banging" is also a description.)
                and not (
                    head.endswith("ing")
                    and self.lemmas(head, "v")
                    and self.first_class(word.partition("-")[0], "n") == "noun.body"
                )
            ):
                # "Age-appropriate", "hard-working": a compound rates as its head adjective.
                best = max(best, self._rating(head, sources, pos))
        if best == 0.0:
            american = _american(word)
            if american is not None:
                best = self._rating(american, sources, pos)
        return best

    def prefixed_adjective(self, word: str) -> bool:
        """A word made by a prefix of negation or excess from a WordNet adjective
        ("disengaged" from "engaged", "hypervigilant" from "vigilant"), which WordNet itself may
        not list."""
        for prefix in (_NEGATIVE_PREFIX, _EXCESS_PREFIX, _BAD_PREFIX):
            base = prefix.sub("", word)
            if base != word and len(base) > 3 and self.lemmas(base, "a"):
                return True
        return False

    def valence(self, word: str, pos: str) -> float:
        """For or against, -1 (bad) to +1 (good), 0 if unrated: VADER's rating of the word or
        its lemma; for an adjective VADER does not rate, TextBlob's polarity, or the opposite of
        its WordNet antonym's ("inappropriate" against "appropriate")."""
        for candidate in (word, *self.lemmas(word, pos)):
            if candidate in self._valence:
                return self._valence[candidate]
        if pos == "v":
            for form in _verb_forms(word):
                if form in self._valence:
                    return self._valence[form]
        if pos == "a":
            for candidate in (word, *self.lemmas(word, pos)):
                if candidate in self._polarity:
                    return self._polarity[candidate]
            opposite = self._opposites.get(word)
            if opposite is not None and (opposite in self._valence or opposite in self._polarity):
                return -self.valence(opposite, "a")
        american = _american(word)
        return self.valence(american, pos) if american is not None else 0.0

    def opposite(self, word: str) -> str | None:
        """The adjective's direct antonym in its commonest sense ("high" -> "low"): a word on a
        scale, which says how much."""
        return self._opposites.get(word)

    def made_from(self, word: str) -> frozenset[str]:
        """The lexicographer classes of the verbs WordNet derives the adjective's commonest sense
        from: "evasive" from "evade" (verb.social), "argumentative" from "argue"
        (verb.communication); none for "tall" or "hungry"."""
        bits = 0
        for candidate in (word, *self.lemmas(word, "a")):
            bits |= self._made_from.get(candidate, 0)
        return frozenset(name for n, name in enumerate(LEXNAMES) if bits >> n & 1)

    def value_of(self, word: str) -> frozenset[str]:
        """The attributes the adjective's commonest sense is a value of, as WordNet names them:
        "cold" is a temperature, "big" a size; none for "rude"."""
        found: set[str] = set()
        for candidate in (word, *self.lemmas(word, "a")):
            found.update(self._values_of.get(candidate, ()))
        return frozenset(found)

    def names_feeling(self, word: str) -> bool:
        """Whether the adjective's most frequent sense is a feeling: WordNet derives it from, or
        makes it an attribute of, a noun of feeling ("tearful", "anxious", "ashamed")."""
        return word in self._feelings or any(
            lemma in self._feelings for lemma in self.lemmas(word, "a")
        )

    def a_people(self, word: str) -> bool:
        """A kind of person WordNet writes with a capital, a people, a nation's or a place's
        inhabitants or a faith's members ("Europeans", "Nigerian", "Muslims", "Gypsy"); not a
        role ("professionals")."""
        return word in self._peoples or any(
            lemma in self._peoples for lemma in self.lemmas(word, "n")
        )

    def unlisted_person(self, word: str) -> bool:
        """A word for someone that WordNet does not list but is made of words it does: a
        compound whose head is a kind of person ("keyworker", "childminder"), or one who does
        what a verb says ("carer" from "care", "referrer" from "refer"). A name is rarely made
        so ("Harper" is not "harp" with its consonant doubled)."""
        if self.known(word, "n"):
            return False
        word = word.removesuffix("s")
        for cut in range(3, len(word) - 4):
            if self.first_class(word[cut:], "n") == "noun.person" and (
                self.known(word[:cut], "n") or self.known(word[:cut], "v")
            ):
                return True
        if not word.endswith("er") or len(word) < 5:
            return False
        if word[-3] == word[-4]:
            return len(word) > 6 and self.known(word[:-3], "v")
        return word[:-1].endswith("e") and self.known(word[:-1], "v")

    def person_nouns_under(self, roots) -> frozenset[str]:
        """Every person noun whose WordNet hypernyms include a synset holding one of ``roots``
        (lemmas such as "bad person"): labels a person can be given."""
        return self.nouns_under(roots, "noun.person")

    def nouns_under(self, roots, lexname: str) -> frozenset[str]:
        """Every noun of one of WALKED_NOUNS whose hypernyms include a synset of that class
        holding one of ``roots``: "sensation" gives "smell", "odour", "noise"."""
        kinds = self._nouns[lexname]
        found = _below(roots, self._noun_senses[lexname], kinds)
        return frozenset(lemma.replace("_", " ") for offset in found for lemma in kinds[offset][0])

    def kinds_of(self, roots, lexname: str) -> frozenset[str]:
        """The nouns below ``roots`` in WordNet, not the roots' own words: "asthma" and
        "tumour" are kinds of illness; "illness", "malady" and "condition" name none."""
        kinds = self._nouns[lexname]
        senses = self._noun_senses[lexname]
        own = {offset for root in roots for offset in senses.get(root.replace(" ", "_"), ())}
        found = _below(roots, senses, kinds) - own
        named = {lemma for offset in own for lemma in kinds[offset][0]}
        return frozenset(
            lemma.replace("_", " ")
            for offset in found
            for lemma in kinds[offset][0]
            if lemma not in named
        )

    def verbs_under(self, roots) -> frozenset[str]:
        """Every verb whose commonest sense is, by WordNet's hypernyms, a kind of one of
        ``roots`` ("telephone" and "e-mail" are kinds of "telecommunicate"; "call" is not,
        its commonest sense being to name)."""
        found = _below(roots, self._verb_senses, self._verbs)
        return frozenset(
            lemma
            for offset in found
            for lemma in self._verbs[offset][0]
            if "_" not in lemma and self._first_verb_sense(lemma) in found
        )

    def synonyms(self, word: str) -> frozenset[str]:
        """The verbs that share the commonest sense of the verb ``word`` ("pose" shares
        "present": "poses a risk" is "presents a risk")."""
        for lemma in self.lemmas(word, "v"):
            offset = self._first_verb_sense(lemma)
            if offset is not None and offset in self._verbs:
                return frozenset(self._verbs[offset][0])
        return frozenset()

    def sharing_a_sense(self, word: str) -> frozenset[str]:
        """The verbs that have, in some sense, a sense of the verb ``word`` ("meet" has the
        sense of "satisfy" in "meet her needs")."""
        return frozenset(
            lemma
            for offset in self._verb_senses.get(word, ())
            if offset in self._verbs
            for lemma in self._verbs[offset][0]
        )

    def _first_verb_sense(self, lemma: str) -> int | None:
        senses = self._verb_senses.get(lemma)
        return senses[0] if senses else None


def _below(roots, senses, kinds) -> set[int]:
    """The synsets of ``roots`` (lemmas, "bad person") and every synset below them, walking
    ``kinds`` (offset -> [lemmas, hyponym offsets])."""
    wanted = {root.replace(" ", "_") for root in roots}
    stack = [offset for lemma in wanted for offset in senses.get(lemma, ())]
    found: set[int] = set()
    while stack:
        offset = stack.pop()
        if offset in found:
            continue
        found.add(offset)
        stack.extend(kinds[offset][1])
    return found


def _morphy(word, pos, classes, exceptions):
    """WordNet's own lemmatiser: its listed irregular bases first ("saw" -> "see", "felt" ->
    "feel": a listed irregular form is far more often that inflection than a word of its own),
    then the word itself; only when neither is a lemma, the regular endings taken off ("leaning"
    -> "lean"), keeping the bases WordNet has for this part of speech."""
    found = [base for base in exceptions.get(word, ()) if base in classes]
    if word in classes and word not in found:
        found.append(word)
    # A plural WordNet lists as a lemma of its own ("hands" as workers, "eyes" as a view) is far
    # more often the plural of its singular, whose classes are read too (the word's own first
    # sense still comes first). Not "boss" or "gas", which are no plurals.
    if found and not (
        pos == "n" and word.endswith("s") and not word.endswith(("ss", "us", "is", "as"))
    ):
        return found
    for suffix, ending in _DETACH[pos]:
        if word.endswith(suffix) and len(word) > len(suffix) + 1:
            base = word[: len(word) - len(suffix)] + ending
            if base in classes and base not in found:
                found.append(base)
    return found


# -- compiling ---------------------------------------------------------------------------------


def _source_files() -> list[Path]:
    files = []
    for name in sorted(SOURCES):
        path = _installed(name)
        if name == "wordnet":
            files += sorted(path.glob("data.*")) + sorted(path.glob("index.*"))
            files += sorted(path.glob("*.exc"))
        else:
            files.append(path)
    return files


def _read_exceptions(folder: Path) -> dict[str, dict[str, list[str]]]:
    """WordNet's irregular forms, for each part of speech: "saw" -> ["see", "saw"]."""
    exceptions = {}
    for name, pos in WORDNET_POS.items():
        path = folder / f"{name}.exc"
        table = {}
        if path.is_file():
            for line in path.read_text(encoding="utf-8").splitlines():
                parts = line.split()
                if len(parts) >= 2:
                    table[parts[0]] = parts[1:]
        exceptions[pos] = table
    return exceptions


def _adjective_tables(folder, made_from, attributes, synset_class, noun_lemmas):
    """For each adjective, in its commonest sense: its verbs as lexicographer classes ("evasive"
    is made from a verb of social life, "argumentative" from one of communication), and the
    attributes it is a value of ("cold" of temperature, "big" of size)."""
    first = _first_senses(folder)
    verb_classes = {
        word: sum(1 << n for n in {synset_class["v"][v] for v in made_from[offset]})
        for word, offset in first.items()
        if made_from.get(offset)
    }
    attribute_names = {
        word: sorted({lemma for noun in attributes[offset] for lemma in noun_lemmas.get(noun, ())})
        for word, offset in first.items()
        if attributes.get(offset)
    }
    return verb_classes, attribute_names


def _targets(fields, at, symbol, pos) -> list[int]:
    """The offsets a synset's pointers of one kind reach in one part of speech: "=" to the
    nouns an adjective is a value of, "+" to the verbs it is made from."""
    return [
        int(fields[at + 2 + 4 * k])
        for k in range(int(fields[at]))
        if fields[at + 1 + 4 * k] == symbol and fields[at + 3 + 4 * k] == pos
    ]


# British spellings and their American forms, which the lexicons rate ("disorganised" as
# "disorganized", "behaviour" as "behavior", "paralysed", "travelled", "paediatric", "offence").
_BRITISH = (
    (re.compile(r"(?<=\w\w)is(e|es|ed|ing|er|ers|ation|ations)$"), r"iz\1"),
    (re.compile(r"(?<=\w)ys(e|es|ed|ing)$"), r"yz\1"),
    (re.compile(r"(?<=\w\w)our(s|ed|ing|able|ably|ite|ites|ful|less|al|ally)?$"), r"or\1"),
    (re.compile(r"(?<=\w\we)ll(ed|ing|er|ers)$"), r"l\1"),
    (re.compile(r"(?<=\w)tre(s?)$"), r"ter\1"),
    (re.compile(r"(?<=\w\w)ence(s?)$"), r"ense\1"),
    # ("Paediatric", "haematoma", "aetiology", "oestrogen", "foetal", "diarrhoea".)
    (re.compile(r"(?<=[phk])ae(?=[dm])|^ae(?=[st])|^oe(?=[sd])|(?<=f)oe(?=t)|(?<=rrh)oe"), "e"),
)


def _american(word: str) -> str | None:
    """The word as American English spells it, if it is spelt the British way; else None. (The
    caller looks the result up: a word only looking British, "wise", finds nothing.)"""
    for pattern, replacement in _BRITISH:
        changed = pattern.sub(replacement, word)
        if changed != word:
            return changed
    return None


def _verb_forms(word: str) -> tuple[str, ...]:
    """A regular verb's other forms, from its base form: "manipulate" -> "manipulates",
    "manipulated", "manipulating". (Not from another form: "lay" is not a form of "lied".)"""
    if word.endswith(("s", "ed", "ing")):
        return ()
    stem = word[:-1] if word.endswith("e") else word
    return (f"{word}s", f"{stem}ed", f"{stem}ing")


def _read_wordnet(folder: Path):
    classes: dict[str, defaultdict[str, set[int]]] = {pos: defaultdict(set) for pos in "nvar"}
    adjectives = {}  # offset -> (lemmas, similar offsets, antonym offsets)
    # offset -> (lemmas, hypernym offsets), for the noun classes whose kinds are walked: kinds
    # of person (labels, roles) and kinds of sensation (a smell, a noise).
    nouns: dict[str, dict] = {name: {} for name in WALKED_NOUNS}
    verbs = {}  # offset -> (lemmas, hypernym offsets)
    related = {}  # adjective offset -> nouns it is derived from or is an attribute of
    made_from = {}  # adjective offset -> verb synsets it is derived from ("evade" -> "evasive")
    attributes = {}  # adjective offset -> the noun synsets it is a value of ("cold" -> temperature)
    noun_lemmas: dict[int, list[str]] = {}  # noun offset -> its lemmas, for naming attributes
    clusters = {}  # adjective offset -> its cluster (head and satellites) only
    feelings = set()  # noun.feeling offsets
    peoples: set[str] = set()  # kinds of person written with a capital: "European", "Muslim"
    synset_class: dict[str, dict[int, int]] = {"n": {}, "v": {}}  # offset -> lexicographer file
    for name, pos in WORDNET_POS.items():
        with open(folder / f"data.{name}", encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("  "):
                    continue  # the licence at the top of the file
                fields = line.split(" ")
                offset, lexname = int(fields[0]), int(fields[1])
                if pos in ("n", "v"):
                    synset_class[pos][offset] = lexname
                count = int(fields[3], 16)
                lemmas = [re.sub(r"\(.*\)$", "", fields[4 + 2 * k]).lower() for k in range(count)]
                if pos == "n" and LEXNAMES[lexname] in ("noun.attribute", "noun.state"):
                    # WordNet files some attributes as states: "dry" and "wet" are values of
                    # wetness.
                    noun_lemmas[offset] = lemmas
                for lemma in lemmas:
                    if "_" not in lemma:
                        classes[pos][lemma].add(lexname)
                at = 4 + 2 * count
                pointers = int(fields[at])
                links = [
                    (fields[at + 1 + 4 * k], int(fields[at + 2 + 4 * k])) for k in range(pointers)
                ]
                if pos == "a":
                    adjectives[offset] = (
                        lemmas,
                        # Similar-to (a cluster's head and satellites) and see-also (related
                        # senses: "uncooperative" and "unhelpful").
                        [target for symbol, target in links if symbol in ("&", "^")],
                        [target for symbol, target in links if symbol == "!"],
                    )
                    related[offset] = [t for s, t in links if s in ("+", "=")]
                    attributes[offset] = _targets(fields, at, "=", "n")
                    made_from[offset] = _targets(fields, at, "+", "v")
                    clusters[offset] = [t for s, t in links if s == "&"]
                elif pos == "v":
                    verbs[offset] = (lemmas, [t for s, t in links if s == "@"])
                elif pos == "n" and LEXNAMES[lexname] == "noun.feeling":
                    feelings.add(offset)
                elif pos == "n" and LEXNAMES[lexname] in nouns:
                    # Kinds only: an instance ("Noah", "Mary", "Daniel": famous people) is
                    # someone's name, and a child's name too, never a label or a role. WordNet
                    # writes proper names with a capital ("Daniel", "Jack" the sailor).
                    written = [fields[4 + 2 * k] for k in range(count)]
                    if LEXNAMES[lexname] == "noun.person" and any(s == "@" for s, _t in links):
                        # A kind, not an instance, written with a capital: a people, a nation's
                        # or a place's inhabitants, a faith's members ("Nigerian", "Catholic").
                        peoples.update(
                            lemma
                            for lemma, w in zip(lemmas, written, strict=True)
                            if w[:1].isupper() and "_" not in lemma
                        )
                    # (And an abbreviation a state goes by: "PTSD", "GAD".)
                    state = LEXNAMES[lexname] == "noun.state"
                    nouns[LEXNAMES[lexname]][offset] = (
                        [
                            lemma
                            for lemma, w in zip(lemmas, written, strict=True)
                            if w.islower() or (state and w.isupper())
                        ],
                        [t for s, t in links if s == "@"],
                    )
    exceptions = _read_exceptions(folder)
    heads = {offset for offset, nouns in related.items() if feelings & set(nouns)}
    # A satellite names a feeling when its cluster's head does ("tearful" under "sad"): the
    # cluster links only, from the heads found above, not see-also links.
    feeling_adjectives = set(heads)
    for offset in heads:
        feeling_adjectives.update(clusters.get(offset, ()))
    first_class = {
        pos: {
            word: synset_class[pos][offset]
            for word, offset in _first_senses(folder, name).items()
            if offset in synset_class[pos]
        }
        for name, pos in (("noun", "n"), ("verb", "v"))
    }
    verb_classes, attribute_names = _adjective_tables(
        folder, made_from, attributes, synset_class, noun_lemmas
    )
    return (
        classes,
        adjectives,
        nouns,
        verbs,
        exceptions,
        feeling_adjectives,
        first_class,
        verb_classes,
        attribute_names,
        peoples,
    )


def _opposites(adjectives, first_sense) -> dict[str, str]:
    """Each adjective's opposite in its commonest sense, as WordNet records it ("inappropriate"
    and "appropriate"), so that a word's sign can be read from its opposite's."""
    opposites = {}
    for word, offset in first_sense.items():
        _lemmas, _similar, antonyms = adjectives.get(offset, ((), (), ()))
        for other in antonyms:
            names = [lemma for lemma in adjectives.get(other, ((),))[0] if "_" not in lemma]
            if names:
                opposites[word] = names[0]
                break
    return opposites


def _read_vader(path: Path) -> dict[str, float]:
    scores = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and _WORD.match(parts[0]):
            # Mean valence runs from -4 to +4; its size is how evaluative people found the word.
            scores[parts[0]] = max(-1.0, min(1.0, float(parts[1]) / 2.5))
    return scores


def _read_textblob(path: Path) -> tuple[dict[str, float], dict[int, float], dict[str, float]]:
    """Ratings per word and per WordNet sense. A sense counts as evaluative as far as it is both
    subjective and for or against something: "pregnant" is rated subjective but not good or bad."""
    by_word: dict[str, float] = {}
    by_sense: dict[int, float] = {}
    signed: dict[str, float] = {}  # for or against: the strongest sense's sign and size
    pattern = re.compile(r'<word form="([^"]+)"([^>]*)/>')
    for match in pattern.finditer(path.read_text(encoding="utf-8")):
        form, rest = match.group(1).lower(), match.group(2)
        values = dict(re.findall(r'(\w+)="([^"]*)"', rest))
        if values.get("pos") != "JJ" or not _WORD.match(form):
            continue
        try:
            polarity, subjectivity = float(values["polarity"]), float(values["subjectivity"])
        except (KeyError, ValueError):
            continue
        score = subjectivity * min(1.0, abs(polarity) / 0.5)
        by_word[form] = max(by_word.get(form, 0.0), score)
        if abs(polarity) > abs(signed.get(form, 0.0)):
            signed[form] = polarity
        sense = re.fullmatch(r"a-(\d+)", values.get("wordnet_id", ""))
        if sense:
            offset = int(sense.group(1))
            by_sense[offset] = max(by_sense.get(offset, 0.0), score)
    return by_word, by_sense, signed


def _hyponyms(kinds) -> dict[int, list[int]]:
    below: dict[int, list[int]] = defaultdict(list)
    for offset, (_, parents) in kinds.items():
        for parent in parents:
            below[parent].append(offset)
    return below


def _senses(folder: Path, name: str) -> dict[str, list[int]]:
    """Each lemma's synsets of one part of speech, commonest first (as the index lists them)."""
    found = {}
    with open(folder / f"index.{name}", encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("  "):
                continue
            fields = line.split()
            synsets, pointers = int(fields[2]), int(fields[3])
            found[fields[0]] = [
                int(f) for f in fields[4 + pointers + 2 : 4 + pointers + 2 + synsets]
            ]
    return found


def _first_senses(folder: Path, name: str = "adj") -> dict[str, int]:
    """Each word's most frequent sense of one part of speech: WordNet's index files list a
    word's senses in order of how often they were found in its tagged corpus."""
    return {
        word: senses[0]
        for word, senses in _senses(folder, name).items()
        if senses and "_" not in word
    }


def _spread(word_scores, sense_scores, adjectives, first_sense):
    """Carry ratings through WordNet: a rated sense to its satellites (a cluster shares its
    head's sense), the senses it says to see also, and its antonyms (the opposite of an
    evaluation is one too), two steps out,
    then to every word whose most frequent sense it is. A word's own rating stands for a sense
    only when it is that word's most frequent sense, so "alone" does not take on "lonely"."""
    synset_score = dict(sense_scores)
    for word, score in word_scores.items():
        offset = first_sense.get(word)
        if offset is not None:
            synset_score[offset] = max(synset_score.get(offset, 0.0), score)
    for _step in range(2):
        reached: dict[int, float] = {}
        for offset, score in synset_score.items():
            _lemmas, similar, antonyms = adjectives.get(offset, ((), (), ()))
            for other in (*similar, *antonyms):
                if other not in synset_score:
                    reached[other] = max(reached.get(other, 0.0), score * 0.9)
        synset_score.update(reached)
    spread = dict(word_scores)
    for word, offset in first_sense.items():
        if offset in sense_scores:
            spread[word] = sense_scores[offset]  # rated for its commonest sense: that rating
        elif "_" not in word and offset in synset_score:
            spread[word] = max(spread.get(word, 0.0), synset_score[offset])
    return {word: round(score, 3) for word, score in spread.items() if score >= 0.05}


def compile_sources() -> dict:
    require("wordnet", "vader", "textblob")
    folder = _installed("wordnet")
    (
        classes,
        adjectives,
        nouns,
        verbs,
        exceptions,
        feeling_senses,
        first_class,
        made_from,
        values,
        peoples,
    ) = _read_wordnet(folder)
    first_sense = _first_senses(folder)
    valence = _read_vader(_installed("vader"))
    vader = {word: abs(score) for word, score in valence.items()}
    textblob_words, textblob_senses, textblob_polarity = _read_textblob(_installed("textblob"))
    verb_kinds = _hyponyms(verbs)
    noun_kinds, noun_senses = {}, {}
    for name, table in nouns.items():
        below = _hyponyms(table)
        noun_kinds[name] = {k: [list(lemmas), below.get(k, [])] for k, (lemmas, _) in table.items()}
        senses: dict[str, list[int]] = defaultdict(list)
        for offset, (lemmas, _) in table.items():
            for lemma in lemmas:
                senses[lemma].append(offset)
        noun_senses[name] = dict(senses)
    return {
        "build": BUILD,
        # Each word's lexicographer classes as one number, bit n for LEXNAMES[n]: a number is
        # read back far faster than a list (the collector never looks at it).
        "classes": {
            pos: shelved({w: sum(1 << n for n in numbers) for w, numbers in table.items()})
            for pos, table in classes.items()
        },
        "exceptions": {pos: shelved(table) for pos, table in exceptions.items()},
        "first": {pos: shelved(table) for pos, table in first_class.items()},
        # Each walked noun's lemmas and the nouns below it, and each lemma's senses, by class:
        # what nouns_under walks, worked out once here rather than in every process.
        "nouns": noun_kinds,
        "noun_senses": noun_senses,
        # The same for verbs, each lemma's senses in WordNet's order, commonest first.
        "verbs": {k: [list(lemmas), verb_kinds.get(k, [])] for k, (lemmas, _) in verbs.items()},
        "verb_senses": _senses(folder, "verb"),
        "feelings": sorted(w for w, offset in first_sense.items() if offset in feeling_senses),
        "evaluative": {
            "vader": shelved(_spread(vader, {}, adjectives, first_sense)),
            "textblob": shelved(_spread(textblob_words, textblob_senses, adjectives, first_sense)),
        },
        # As rated, for reading verbs and nouns: the spread above is through adjectives only.
        "rated": {"vader": shelved(vader)},
        "valence": shelved(valence),
        "polarity": textblob_polarity,
        "opposites": _opposites(adjectives, first_sense),
        "made_from": shelved(made_from),
        "values_of": shelved(values),
        "peoples": sorted(peoples),
    }


def _load_or_compile() -> dict:
    require("wordnet", "vader", "textblob")
    data = kept("lexicon", BUILD, _source_files(), compile_sources)
    if not isinstance(data, dict) or data.get("build") != BUILD:
        data = compile_sources()  # not what this build writes: never trust it
    return data


_lock = threading.Lock()
_loaded: Lexicon | None = None


def forget() -> None:
    """Drop what has been looked up so far, if anything has (never compiles or loads)."""
    if _loaded is not None:
        _loaded.forget()


def lexicon(*needs: str) -> Lexicon:
    """The one Lexicon of this process, compiled or loaded on first use. ``needs`` names the
    resources a caller reads (LexiconMissing says what to install if one is not there)."""
    require(*needs)
    global _loaded
    if _loaded is None:
        with _lock:
            if _loaded is None:
                _loaded = Lexicon(_load_or_compile())
    return _loaded
