"""The one list of words never offered as a replacement, whichever checker offered them (offline
hunspell and SymSpell, or LanguageTool): a slip or a misclick would put them into a child's
record, and for a person's name ("Aarav", "Okafor") they would be an insult ("Arab", "Kafir").

It is the union of
- words for a nationality, ethnicity, religion or faith, read from Princeton WordNet (Debian's
  wordnet-base, as the rubric reads it): the capitalised lemmas of the people (inhabitants,
  natives, Africans, Slavs, Semites, people of colour, White and Black people, believers and
  adherents), of the peoples, nations, tribes, races, religions, sects and denominations, and of
  the adjectives pertaining to them or to a place ("Pakistani", "Jewish", "Parisian");
- slurs and crude words WordNet itself marks as such (its glosses "(ethnic slur) offensive term
  for ...", "obscene terms for ...", "vulgar slang for ...", and its usage domains ethnic slur,
  obscenity and disparagement), when the word has no inoffensive sense ("coon" has one, so it
  comes from the lists below);
- assist/data/never-suggest.txt, the project's curated crude, sexual and anatomical words and
  slurs a one-letter slip reaches ("anus" from "anxous");
- the few slurs heard in England that neither of those holds, and ethnic words WordNet holds
  only beside an ordinary lower-case sense (``MORE``).

A capitalised WordNet word whose lower-case form is an ordinary word ("Polish" and "polish",
"Black" and "black") is withheld only when the suggestion brings in the capital: it is offered
for "Polsh" starting a sentence (a capital every word there has), never for "polsh". A word the
writer typed is never blocked from a replacement that keeps it ("a Indian family" may still
become "an Indian family"): only words a suggestion would bring in are checked.

WordNet's data files are read once (a few seconds) and the list kept in the rubric's cache
folder, so later processes load it in milliseconds."""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
import threading
from pathlib import Path

from assist.spelling.words import WORD, WORD_LIST, project_words, stem

CURATED = WORD_LIST.with_name("never-suggest.txt")
# Slurs used in England that WordNet 3.0 and the curated list lack, and words for an ethnicity
# that WordNet also holds with an inoffensive sense in lower case ("gypsy moth", "coon" the
# raccoon), which would otherwise be withheld only with a capital.
MORE = frozenset(
    """
    chinky coon coons gipsy golliwog gippo gook gypsy gyppo kafir kaffir lesbo mong mongy munter
    minger nazi negro negroes paki pakis paedo pikey raghead retard retarded sambo shemale skank
    spacker spastic spaz towelhead tranny wog yid
    """.split()  # noqa: SIM905
)
# Bump when what is derived from WordNet changes, so an old cache is not read.
BUILD = 2

# WordNet synsets whose hyponyms (not instances: those are single people or places) name a
# nationality, an ethnicity or a faith, by lexicographer file and (lemma, first words of gloss).
PERSON_ROOTS = (
    ("inhabitant", "a person who inhabits"),
    ("native", "an indigenous person"),
    ("African", "a native or inhabitant of Africa"),
    ("European", "a native or inhabitant of Europe"),
    ("Slav", "any member of the people of eastern Europe"),
    ("Semite", "a member of a group of Semitic"),
    ("person_of_color", "(formal) any non-European"),
    ("White_person", "a member of the Caucasoid"),
    ("Black_person", "a person with dark skin"),
    ("religious_person", "a person who manifests"),
    ("Jew", "a person belonging to"),
    ("adherent", "someone who believes and helps"),
)
GROUP_ROOTS = (
    ("ethnic_group", "people of the same race"),
    ("race", "people who are believed"),
    ("people", "the body of citizens"),
    ("nation", "the people who live in a nation"),
    ("nation", "a federation of tribes"),
    ("tribe", "a social division"),
    ("religion", "an institution to express"),
    ("sect", "a subdivision of a larger religious"),
    ("denomination", "a group of religious congregations"),
)
COGNITION_ROOTS = (("religion", "a strong belief in a supernatural"),)
NOUN_PERSON, NOUN_GROUP, NOUN_COGNITION, NOUN_LOCATION = 18, 14, 9, 15
ROOTS = {NOUN_PERSON: PERSON_ROOTS, NOUN_GROUP: GROUP_ROOTS, NOUN_COGNITION: COGNITION_ROOTS}
OFFENSIVE_GLOSS = re.compile(
    r"ethnic slur|offensive (?:and \w+ )?(?:term|name|slang)|obscene (?:term|word)s?"
    r"|vulgar (?:term|slang|expression)|(?:disparaging|derogatory|insulting) (?:term|name)s?",
    re.IGNORECASE,
)
OFFENSIVE_USAGE = ("ethnic_slur", "obscenity", "disparagement")


class _Synset:
    __slots__ = ("gloss", "lemmas", "lexname", "links")

    def __init__(self, lexname, lemmas, links, gloss):
        self.lexname, self.lemmas, self.links, self.gloss = lexname, lemmas, links, gloss


def _read(path: Path, pos: str) -> dict:
    """{(pos, offset): synset} for one of WordNet's data files (see wndb(5WN))."""
    synsets = {}
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("  "):
                continue  # the licence at the top of the file
            data, _, gloss = line.partition(" | ")
            fields = data.split(" ")
            count = int(fields[3], 16)
            # An adjective's lemma may end in its syntactic marker: "Arab(a)".
            lemmas = [fields[4 + 2 * k].split("(", 1)[0] for k in range(count)]
            at = 4 + 2 * count
            links = []
            for k in range(int(fields[at])):
                symbol, offset, pos_of = fields[at + 1 + 4 * k : at + 4 + 4 * k]
                # A satellite adjective ("s") is an adjective.
                links.append((symbol, ("a" if pos_of == "s" else pos_of, int(offset))))
            synsets[(pos, int(fields[0]))] = _Synset(int(fields[1]), lemmas, links, gloss)
    return synsets


def _below(synsets, tops):
    """The synsets under ``tops`` by hypernymy (instances left out), tops included."""
    children: dict = {}
    for key, synset in synsets.items():
        for symbol, target in synset.links:
            if symbol == "@":
                children.setdefault(target, []).append(key)
    found, stack = set(), list(tops)
    while stack:
        key = stack.pop()
        if key not in found:
            found.add(key)
            stack.extend(children.get(key, ()))
    return found


def _roots(synsets):
    for key, synset in synsets.items():
        for lemma, gloss in ROOTS.get(synset.lexname, ()):
            if key[0] == "n" and lemma in synset.lemmas and synset.gloss.startswith(gloss):
                yield key


def _offensive(synsets):
    usage = {key for key, s in synsets.items() if s.lemmas[0] in OFFENSIVE_USAGE}
    return {
        key
        for key, synset in synsets.items()
        if OFFENSIVE_GLOSS.search(synset.gloss.split(";", 1)[0].split('"', 1)[0])
        or any(symbol == ";u" and target in usage for symbol, target in synset.links)
    }


def _identity(synsets):
    """The nationality, ethnicity and faith synsets: nouns under the roots, and adjectives
    pertaining to them or to a named place ("Parisian"), or derived from them ("Jewish")."""
    nouns = _below(synsets, set(_roots(synsets)))
    adjectives = set()
    for key, synset in synsets.items():
        if key[0] != "a" or not synset.lemmas[0][:1].isupper():
            continue
        for symbol, target in synset.links:
            place = synsets.get(target)
            if (symbol in ("\\", "+", "=") and target in nouns) or (
                symbol == "\\"
                and place is not None
                and place.lexname == NOUN_LOCATION
                and place.lemmas[0][:1].isupper()
            ):
                adjectives.add(key)
    return nouns | adjectives


def derive(folder: Path) -> dict[str, list[str]]:
    """From WordNet's data files: words never offered in any case ("always"), and words never
    offered with a capital ("capitalised")."""
    synsets = {**_read(folder / "data.noun", "n"), **_read(folder / "data.adj", "a")}
    offensive, identity = _offensive(synsets), _identity(synsets)
    # Words with a sense that is neither: "polish" beside "Polish", "Peter" beside "peter".
    lower_case, any_case = _verbs_and_adverbs(folder), set()
    for key, synset in synsets.items():
        if key not in offensive:
            lower_case.update(lemma for lemma in synset.lemmas if lemma[:1].islower())
            if key not in identity:
                any_case.update(lemma.lower() for lemma in synset.lemmas)
    always, capitalised = set(), set()
    for key in offensive:
        always.update({lemma.lower() for lemma in _words(synsets[key].lemmas)} - any_case)
    for key in identity - offensive:
        # Only the capitalised lemmas: "villager" is no nationality.
        named = {lemma.lower() for lemma in _words(synsets[key].lemmas) if lemma[:1].isupper()}
        capitalised |= named
        always |= named - lower_case
    for key in offensive & identity:
        capitalised.update(w.lower() for w in _words(synsets[key].lemmas) if w[:1].isupper())
    return {"build": BUILD, "always": sorted(always), "capitalised": sorted(capitalised)}


def _words(lemmas):
    """Single words only: a phrase is never one suggestion."""
    return {lemma for lemma in lemmas if "_" not in lemma}


def _verbs_and_adverbs(folder):
    words = set()
    for name in ("index.verb", "index.adv"):
        with open(folder / name, encoding="utf-8") as handle:
            words.update(line.split(" ", 1)[0] for line in handle if not line.startswith(" "))
    return words


def _fingerprint(folder: Path) -> str:
    digest = hashlib.sha256(f"never-offered {BUILD}".encode())
    for name in ("data.noun", "data.adj", "index.verb", "index.adv"):
        stat = (folder / name).stat()
        digest.update(f"{name}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    return digest.hexdigest()[:16]


def _wordnet_words() -> dict:
    from assist.language import lexicons

    lexicons.require("wordnet")  # says how to install it when it is missing
    folder = lexicons.SOURCES["wordnet"].path()
    assert folder is not None
    path = lexicons.cache_dir() / f"never-offered-{_fingerprint(folder)}.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("build") == BUILD:
            return data
    except (OSError, ValueError):
        pass
    data = derive(folder)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # Written beside its final name and renamed, so another process never reads half.
        with tempfile.NamedTemporaryFile(
            "w", dir=path.parent, prefix=".never-offered-", delete=False, encoding="utf-8"
        ) as written:
            json.dump(data, written)
        os.replace(written.name, path)
        for old in path.parent.glob("never-offered-*.json"):
            if old != path:
                old.unlink(missing_ok=True)  # derived from an older WordNet or list
    except OSError:
        pass  # a read-only cache folder: the next process derives the list again
    return data


class NeverOffered:
    """Words never offered: ``always`` in any case, ``capitalised`` with a capital the writer
    did not type."""

    def __init__(self, always, capitalised):
        self.always = frozenset(always)
        self.capitalised = frozenset(capitalised)

    def withholds(self, word: str, capital_typed: bool = False) -> bool:
        forms = set(_bare_forms(stem(word)))
        if forms & self.always:
            return True
        # "Polish" for "polsh" is a nationality; for "Polsh" starting a sentence, the capital
        # is the sentence's and the word is as likely "polish".
        return word[:1].isupper() and not capital_typed and bool(forms & self.capitalised)


_lock = threading.Lock()
_loaded: NeverOffered | None = None


def never_offered_words() -> NeverOffered:
    """The list, derived or loaded once per process."""
    global _loaded
    with _lock:
        if _loaded is None:
            wordnet = _wordnet_words()
            _loaded = NeverOffered(
                set(wordnet["always"]) | project_words(str(CURATED)) | MORE,
                wordnet["capitalised"],
            )
        return _loaded


def never_offered(suggestion: str, typed: str = "") -> bool:
    """Whether ``suggestion`` for the ``typed`` text brings in a word on the list: any word of
    it ("a tit") that the typed text did not already hold."""
    words = never_offered_words()
    kept = {stem(word) for word in WORD.findall(typed)}
    capital_typed = typed[:1].isupper()
    return any(
        words.withholds(part, capital_typed) and stem(part) not in kept
        for part in WORD.findall(suggestion)
    )


def safe(suggestions, typed: str = "") -> tuple[str, ...]:
    """The suggestions, less those that would bring in a word on the list."""
    return tuple(s for s in suggestions if not never_offered(s, typed))


def _bare_forms(word: str):
    """The word and what it may be a plural of: "anuses", "Pakistanis", "Englishmen"."""
    yield word
    for ending, base in (("s", ""), ("es", ""), ("ies", "y"), ("men", "man")):
        if word.endswith(ending) and len(word) > len(ending) + 1:
            yield word[: -len(ending)] + base
