"""Whether the British hunspell dictionary knows a word, without reading the dictionary.

Reading it (spylls, pure Python) takes about two seconds: nearly all of a command-line check of a
short file. So the first process on a machine that reads it also lists every form of every word
it accepts (each stem with each affix its flags allow, as hunspell's rules build them: about
300,000 forms) and keeps the list (``assist.language.cache``, by the dictionary files' size and
time); later processes look words up in the list, a few kilobytes of it read per word. Only a
word still unknown then needs the dictionary itself, and only for suggestions.

The answer is exactly spylls's ``Dictionary.lookup`` (tests/spelling/test_known_forms.py compares
them): a word is looked up as spylls looks it up, its ICONV conversions made (’ is '), split at
the BREAK points (hyphens), in each way its capitals may have been written ("Nursery" may be
"nursery"), and, for a word in capitals, through the lower-case index as spylls builds it. A
dictionary using rules the list does not model (compounding by flags, KEEPCASE, NEEDAFFIX,
circumfixes, affixes with flags of their own, ...) is not listed, and a word with a digit
(hunspell's numbers and compound rules) is not answered: the dictionary itself is asked.
"""

from __future__ import annotations

import re
import threading
from pathlib import Path

from assist.language.cache import kept_table, writable

# Bump when what is listed, or how, changes: an old list is then never read.
BUILD = 3
KIND = "hunspell-forms"
# Kept in parts by the first three letters, each read from the file when first wanted: a short
# check reads a dozen parts of a few hundred forms (by two letters, and the file read whole,
# reading took most of its spelling time).
PART_WIDTH = 3
# What a listed form is: a dictionary form as written, and a form spylls finds for a word in
# capitals through its lower-case index ("NSPCC's" by way of "nspcc's").
WRITTEN, THROUGH_LOWER_CASE = 1, 2
# Characters spylls's affix regular expressions would not read as themselves.
_REGEX_SPECIAL = re.compile(r"[\\.^$*+?{}\[\]|()]")

_lock = threading.Lock()
_lists: dict = {}  # dictionary path -> KnownForms, or None when not listed


def knows(path: str, word: str) -> bool | None:
    """Whether the dictionary at ``path`` accepts ``word``, or None when the list cannot say
    (not listed on this machine yet, or a word it does not answer)."""
    found = _list(path)
    return None if found is None else found.knows(word)


def keep(path: str, dictionary) -> None:
    """List the forms of ``dictionary`` (spylls's, just read from ``path``) for the processes
    after this one, unless they are listed already or cannot be kept."""
    with _lock:
        if _lists.get(path) is not None or not writable():
            return
        found = kept_table(KIND, BUILD, _sources(path), lambda: listed(dictionary), PART_WIDTH)
        _lists[path] = _opened(found)


def _list(path):
    with _lock:
        if path not in _lists:
            _lists[path] = _opened(kept_table(KIND, BUILD, _sources(path), width=PART_WIDTH))
        return _lists[path]


def _sources(path):
    return [Path(f"{path}.aff"), Path(f"{path}.dic")]


def _opened(found):
    """The list kept, or None (not kept, or the dictionary's rules are not modelled)."""
    if found is None:
        return None
    data, forms = found
    if not isinstance(data, dict) or data.get("build") != BUILD or data.get("modelled") is not True:
        return None
    return KnownForms(data, forms)


class KnownForms:
    """The list: ``forms`` maps each form to what it is (a ``Shelf``, read a part at a time as
    words are looked up)."""

    def __init__(self, data: dict, forms):
        self._forms = forms
        self._converted = str.maketrans(dict(data["iconv"]))
        self._breaks = [re.compile(pattern) for pattern in data["breaks"]]

    def knows(self, word: str) -> bool | None:
        # As spylls's Lookup.__call__: ICONV, then (for a word without digits) the breaks.
        word = word.translate(self._converted)
        if any(character.isdigit() for character in word):
            return None
        return any(
            all(self._correct(part) for part in parts if part) for parts in self._broken(word)
        )

    def _correct(self, word: str) -> bool:
        capitals, variants = _variants(word)
        for variant in variants:
            found = self._forms.get(variant, 0)
            if found & WRITTEN:
                return True
            if found & THROUGH_LOWER_CASE and capitals == ALL and _capitals(variant) == NO:
                return True
        return False

    def _broken(self, text: str, depth: int = 0):
        """Every way of breaking ``text`` at the BREAK points (spylls's ``break_word``)."""
        if depth > 10:
            return
        yield [text]
        for pattern in self._breaks:
            for match in pattern.finditer(text):
                for rest in self._broken(text[match.end(1) :], depth + 1):
                    yield [text[: match.start(1)], *rest]


# spylls's capitalisation (``algo.capitalization.Casing``, the one English uses), so that a word
# is tried in the same ways: "Nursery" as itself and as "nursery"; "NSPCC" also as "Nspcc".
NO, INIT, ALL, HUHINIT, HUH = "no", "init", "all", "huhinit", "huh"


def _capitals(word: str) -> str:
    if word.islower():
        return NO
    if word.isupper():
        return ALL
    if word[:1].isupper():
        return INIT if word[1:].islower() else HUHINIT
    return HUH


def _lower(word: str) -> list[str]:
    if not word or word[0] == "İ":
        return []
    return [word.lower().replace("i̇", "i")]


def _variants(word: str) -> tuple[str, list[str]]:
    capitals = _capitals(word)
    if capitals == INIT:
        return capitals, [word, *_lower(word)]
    if capitals == HUHINIT:
        return capitals, [word, *(first + word[1:] for first in _lower(word[0]))]
    if capitals == ALL:
        if len(word) == 1:
            capitalised = list(word[0].upper())
        else:
            capitalised = [word[0].upper() + rest for rest in _lower(word[1:])]
        return capitals, [word, *_lower(word), *capitalised]
    return capitals, [word]


def listed(dictionary) -> tuple[dict, dict[str, int]]:
    """The list for a spylls ``Dictionary`` (how to look words up in it, and its forms): every
    form of every stem, as hunspell builds it (suffix, prefix, both when both allow it), and
    every form of every key of spylls's lower-case index, made with the flags of the words
    under that key."""
    aff, dic = dictionary.aff, dictionary.dic
    if not _modelled(aff, dic):
        return {"build": BUILD, "modelled": False}, {}
    forms: dict[str, int] = {}
    for word in dic.words:
        for form in _forms_of(word.stem, word.flags, aff):
            forms[form] = forms.get(form, 0) | WRITTEN
    # spylls 0.1.7 indexes a lower-case stem under each of its letters (it iterates the string
    # where it means a list of lower-case forms), so "GS" is found as "g" + "s": listed alike.
    keys = {
        (key, frozenset(word.flags)) for key, words in dic.lowercase_index.items() for word in words
    }
    for key, flags in keys:
        for form in _forms_of(key, flags, aff):
            forms[form] = forms.get(form, 0) | THROUGH_LOWER_CASE
    data = {
        "build": BUILD,
        "modelled": True,
        "iconv": [
            [pattern, replacement.replace("_", " ")]
            for pattern, replacement in (aff.ICONV.pairs if aff.ICONV else [])
        ],
        "breaks": [pattern.regexp.pattern for pattern in aff.BREAK],
    }
    return data, forms


def _forms_of(stem, flags, aff):
    """The stem and its affixed forms, as spylls's lookup takes them apart: a suffix's condition
    is on the stem, a prefix's on what it is put before (the stem, or the stem and a suffix when
    both allow crossing)."""
    if aff.ONLYINCOMPOUND in flags:
        return set()  # a part of compounds (the numbers' "th"), never a word alone
    forms = {stem}
    suffixed = []
    for flag in flags:
        for suffix in aff.SFX.get(flag, ()):
            if stem.endswith(suffix.strip) and suffix.cond_regexp.search(stem):
                form = stem[: len(stem) - len(suffix.strip)] + suffix.add
                forms.add(form)
                if suffix.crossproduct:
                    suffixed.append(form)
    for flag in flags:
        for prefix in aff.PFX.get(flag, ()):
            for base in [stem, *suffixed] if prefix.crossproduct else [stem]:
                if base.startswith(prefix.strip) and prefix.cond_regexp.search(base):
                    forms.add(prefix.add + base[len(prefix.strip) :])
    return forms


def _modelled(aff, dic) -> bool:
    """Whether the dictionary uses only the rules the list models (en_GB's do)."""
    from spylls.hunspell.algo.capitalization import Casing

    unmodelled = (
        aff.FORBIDDENWORD,
        aff.KEEPCASE,
        aff.NEEDAFFIX,
        aff.CIRCUMFIX,
        aff.IGNORE,
        aff.CHECKSHARPS,
        aff.COMPLEXPREFIXES,
        aff.COMPOUNDFLAG,
        aff.COMPOUNDBEGIN,
        aff.FORCEUCASE,
    )
    affixes = [a for table in (aff.SFX, aff.PFX) for entries in table.values() for a in entries]
    plain_affixes = all(
        not affix.flags
        and not _REGEX_SPECIAL.search(affix.add)
        and not _REGEX_SPECIAL.search(affix.strip)
        for affix in affixes
    )
    simple_iconv = not aff.ICONV or all(
        len(pattern) == 1 and pattern != "_" for pattern, _ in aff.ICONV.pairs
    )
    # A word without digits is never a compound by rule when every word a rule names has one.
    rule_flags = {flag for rule in aff.COMPOUNDRULE for flag in rule.flags}
    rules_need_digits = all(
        any(character.isdigit() for character in word.stem)
        for word in dic.words
        if rule_flags & word.flags
    )
    return (
        type(aff.casing) is Casing
        and not any(unmodelled)
        and plain_affixes
        and simple_iconv
        and rules_need_digits
    )
