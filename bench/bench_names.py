"""People's names in ordinary case-record sentences: how many are flagged as spelling mistakes,
how many are asked about ("Is “Okafor” a name?"), and whether any suggestion is a word for a
nationality, ethnicity or faith, a slur or a crude word (issue 14).

    .venv/bin/python bench/bench_names.py [--per-locale N] [--unfiltered N]

Not a test. The names are Faker's given and family names (a dev dependency, pinned in
pyproject.toml) for 30 locales written in the Latin alphabet, from Ireland to Nigeria, India,
Vietnam and Mexico: N of each kind per locale, chosen with a fixed seed, each used once. Each
given name and a family name of the same locale go into one of the sentences below (written
for this benchmark), in turn, and each sentence is checked on its own as an assessment's fact
whose people list names nobody: the hardest case, as the assessment's own people, the
service's users and the professionals in sources are known words.

Goal: at most 2% of names flagged as spelling mistakes and no offensive suggestion. A name
asked about is not counted as flagged: that is how the panel treats a likely name. What the
checker's own suggesters would have offered for a sample of the same names with no list is
counted too, to show what the never-offered list takes out (hunspell's suggester is slow: a
few hundred take a minute). Times are for checking one sentence the first time
(offline, the app's 0.3 s wait for suggestions), median and p95."""

from __future__ import annotations

import argparse
import importlib
import random
import sys
import time
from collections import Counter
from unittest import mock

from timing import timed

from assist.document import Document, Fact
from assist.spelling import OfflineChecker, check_document
from assist.spelling.names import NAME_RULE
from assist.spelling.offline import DICTIONARY, _suggest, suggestions_for
from assist.spelling.safe_suggestions import never_offered
from assist.spelling.words import WORD

LOCALES = (  # noqa: SIM905
    "en_GB en_IE ga_IE en_US en_IN en_PK en_NG yo_NG ig_NG ha_NG en_KE sw tw_GH zu_ZA pl_PL "
    "ro_RO lt_LT cs_CZ sk_SK hu_HU hr_HR sl_SI tr_TR az_AZ id_ID vi_VN es_MX pt_BR it_IT fr_FR"
).split()
# Where names go in a social worker's notes: inside a sentence, after a title, as a full name
# starting a sentence, a first name starting one sentence and written again in the next, and
# (the hard case) a first name starting the only sentence it is in. Each holds both names.
SENTENCES = (
    "I visited {given} {family} at home on Tuesday afternoon.",
    "{given} {family} came to the review meeting with her sister.",
    "Mrs {family} said {given} had eaten breakfast before school.",
    "The school nurse spoke to {given} and Mr {family} about the asthma plan.",
    "{given} told me that she likes drawing. I asked {given} whether Ms {family} draws too.",
    "On Monday, Mr {family} phoned the duty team about {given} and the rent arrears.",
    "The health visitor saw {given} and her baby brother at the {family} family home.",
    "We agreed that {given} will see her father, Mr {family}, on Sunday.",
    "Dr. {family} examined the bruise on {given}'s arm and wrote to the GP.",
    "{given} said that he feels safe at home with Mrs {family}.",
)
SEED = 14


def faker_names(per_locale):
    """[(locale, given, family)]: distinct single-word names, in each locale's own spelling."""
    chosen, seen = [], set()
    rng = random.Random(SEED)
    for locale in LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        given = _single_words(
            getattr(provider, "first_romanized_names", None) or _all(provider, "first_names"), seen
        )
        family = _single_words(
            getattr(provider, "last_romanized_names", None) or _all(provider, "last_names"), seen
        )
        count = min(per_locale, len(given), len(family))
        for pair in zip(rng.sample(given, count), rng.sample(family, count), strict=True):
            chosen.append((locale, *pair))
            seen.update(pair)
    return chosen


def _all(provider, kind):
    """Every name of a kind: Faker keeps some as {name: weight}, some split by sex."""
    first, second = kind.split("_")
    names = set()
    for attribute in dir(provider):
        if attribute.startswith(first) and second in attribute:
            value = getattr(provider, attribute)
            if isinstance(value, dict | list | tuple):
                names.update(value)
    return names


def _single_words(names, seen):
    return sorted(
        name
        for name in set(names)
        if WORD.fullmatch(name) and name[0].isupper() and name not in seen
    )


def notes(names):
    """[(sentence, [(offset, name)])]: each pair of names in the next sentence, in turn."""
    out = []
    for n, (_, given, family) in enumerate(names):
        template = SENTENCES[n % len(SENTENCES)]
        text = template.format(given=given, family=family)
        places, at = [], 0
        for name in _names_in_order(template, given, family):
            at = text.index(name, at)
            places.append((at, name))
            at += len(name)
        out.append((text, places))
    return out


def _names_in_order(template, given, family):
    order = sorted(
        (template.index(f"{{{kind}}}", start), value)
        for kind, value in (("given", given), ("family", family))
        for start in _starts(template, f"{{{kind}}}")
    )
    return [value for _, value in order]


def _starts(text, needle):
    at = text.find(needle)
    while at != -1:
        yield at
        at = text.find(needle, at + 1)


def check_all(checker, sentences):
    """The issues for each sentence, each checked as its own assessment; and the times."""
    found = []
    pending = iter(sentences)

    def check_next():
        text, _ = next(pending)
        found.append(check_document(Document(facts=[Fact("F1", text)]), checker))

    median, p95 = timed(check_next, len(sentences))
    return found, median, p95


def unfiltered(words):
    """What the app's suggesters (the frequency list, then hunspell's) would offer for each word
    with no never-offered list."""
    with (
        mock.patch("assist.spelling.likely.never_offered", lambda *_: False),
        mock.patch("assist.spelling.offline.never_offered", lambda *_: False),
    ):
        return {word: _suggest(DICTIONARY, word) for word in words}


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-locale", type=int, default=40)
    parser.add_argument(
        "--unfiltered", type=int, default=300, help="names to ask the suggesters about unfiltered"
    )
    args = parser.parse_args(argv)

    names = faker_names(args.per_locale)
    sentences = notes(names)
    total = sum(len(places) for _, places in sentences)
    print(f"{len(names) * 2} distinct names from {len(LOCALES)} Faker locales, {total} written")

    checker = OfflineChecker()
    checker.warm()
    suggestions_for(DICTIONARY, ["speling"], 30)
    issues, median, p95 = check_all(checker, sentences)
    # Then once more, waiting for every suggestion, so that none escapes the count.
    patient = OfflineChecker(wait=None)
    complete = [check_document(Document(facts=[Fact("F1", t)]), patient) for t, _ in sentences]

    flagged, asked, by_sentence, offered, offensive = Counter(), Counter(), Counter(), 0, []
    other = []
    for n, ((_, places), found) in enumerate(zip(sentences, complete, strict=True)):
        at = {issue.offset: issue for issue in found}
        names_at = {offset for offset, _ in places}
        other += [issue.flagged for issue in found if issue.offset not in names_at]
        for offset, name in places:
            issue = at.get(offset)
            if issue is None:
                continue
            kind = asked if issue.rule == NAME_RULE else flagged
            kind[name] += 1
            by_sentence[(n % len(SENTENCES), kind is flagged)] += 1
        for issue in found:
            offered += len(issue.suggestions)
            offensive += [
                (issue.flagged, s) for s in issue.suggestions if never_offered(s, issue.flagged)
            ]
    flagged_count, asked_count = sum(flagged.values()), sum(asked.values())
    print(
        f"flagged as spelling mistakes: {flagged_count} of {total} "
        f"({100 * flagged_count / total:.1f}%; goal at most 2%)"
    )
    print(
        f"asked 'Is it a name?' (no replacements): {asked_count} ({100 * asked_count / total:.1f}%)"
    )
    print(f"suggestions offered: {offered}; offensive: {len(offensive)} (goal 0) {offensive[:5]}")
    if other:
        print(f"other words flagged (the sentences should be clean): {sorted(set(other))}")
    print("by sentence: flagged (asked)")
    for n, template in enumerate(SENTENCES):
        print(f"  {by_sentence[(n, True)]:4} ({by_sentence[(n, False)]:4})  {template}")
    print(f"first check of one sentence: median {median:.1f} ms, p95 {p95:.1f} ms")

    started = time.perf_counter()
    unknown = sorted(set(flagged) | set(asked))
    raw = unfiltered(random.Random(SEED).sample(unknown, min(args.unfiltered, len(unknown))))
    caught = sorted(
        {(word, s) for word, found in raw.items() for s in found if never_offered(s, word)}
    )
    print(
        f"the suggesters with no list, for {len(raw)} of the {len(unknown)} names not in the "
        f"dictionary: "
        f"{len(caught)} offensive, e.g. {caught[:8]} ({time.perf_counter() - started:.0f} s)"
    )
    return 0 if flagged_count <= 0.02 * total and not offensive else 1


if __name__ == "__main__":
    sys.exit(main())
