"""Speed of offline British spelling (hunspell-en-gb read by spylls) on the large benchmark
assessment (bench_rubric's: 300 facts, 80 analysis statements, 10 dangers with their hazards,
strengths, gaps and methods, 12 recommendations; about 5,000 words), with a few misspellings.

    .venv/bin/python bench/bench_spelling.py [--runs N]

Not a test: it prints median and p95. It times loading the dictionary (once per process), the
first check of the whole assessment (nothing cached: a page opened for the first time after a
restart) and the re-check after one edit (the live panel after an autosave: only the edited
paragraph is checked again). Then it measures suggestions on the labelled misspellings in
bench/data/misspellings.tsv: how often the word meant comes first and how often it is among the
three shown, and the time per word, for the suggester the app uses and for hunspell's own
(spylls) alone, in the same process: both on each word in turn, in one loop, so that whatever
else the machine is doing falls on both alike."""

from __future__ import annotations

import argparse
import re
import time
from pathlib import Path

from bench_rubric import generate
from timing import alternately, timed

from assist.spelling import ParagraphCache, check_document, fields_of, offline
from assist.spelling.offline import (
    OfflineChecker,
    _hunspell_suggestions,
    _suggest,
    dictionary,
    suggestions_for,
)

MISSPELT = {7: "the color of", 70: "we will analyze", 150: "she recieved", 220: "accomodation"}


def clear_word_caches():
    offline._known.cache_clear()


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args(argv)

    started = time.perf_counter()
    dictionary()
    print(f"dictionary load (once per process): {(time.perf_counter() - started) * 1000:.0f} ms")
    started = time.perf_counter()
    suggestions_for(offline.DICTIONARY, ["speling"], 30)
    print(
        f"suggestion tables (once per process, on a background thread at start-up): "
        f"{(time.perf_counter() - started) * 1000:.0f} ms"
    )

    document = generate()
    for n, words in MISSPELT.items():
        document.facts[n].text += f" Also {words} it."
    checker = OfflineChecker()
    words = sum(len(re.findall(r"\w+", f.text)) for f in document.facts)
    # Suggestions are slow in spylls (up to a second a word): each check waits at most
    # SUGGESTION_BUDGET_SECONDS for them while a background thread carries on; then cached.
    started = time.perf_counter()
    issues = check_document(document, checker)
    first = (time.perf_counter() - started) * 1000
    ready = sum(1 for issue in issues if issue.suggestions)
    suggestions_for(checker.path, {issue.flagged for issue in issues}, 10)
    print(
        f"first check with {len(issues)} new misspellings: {first:.0f} ms, {ready} with "
        f"suggestions; all {len(issues)} ready after "
        f"{(time.perf_counter() - started) * 1000:.0f} ms in the background"
    )
    paragraphs = sum(1 for _ in fields_of(document))
    print(
        f"assessment: {paragraphs} paragraphs, about {words} words in facts alone; "
        f"{len(issues)} issues: {', '.join(i.flagged for i in issues)}"
    )

    def first_check():
        clear_word_caches()
        check_document(document, checker, ParagraphCache())

    median, p95 = timed(first_check, args.runs)
    print(f"first check (nothing cached): median {median:7.2f} ms   p95 {p95:7.2f} ms")

    cache = ParagraphCache()
    check_document(document, checker, cache)
    edits = iter(range(10**9))
    edited = document.analysis[39]
    original = edited.text

    def recheck():
        edited.text = f"{original} Edit number {next(edits)} for the colour."
        check_document(document, checker, cache)

    before = cache.misses
    median, p95 = timed(recheck, args.runs * 10)
    print(
        f"re-check after one edit:      median {median:7.2f} ms   p95 {p95:7.2f} ms   "
        f"({(cache.misses - before) / (args.runs * 10):.0f} paragraph checked per run)"
    )
    edited.text = original
    suggestion_accuracy(checker)


LABELLED = Path(__file__).resolve().parent / "data" / "misspellings.tsv"


def suggestion_accuracy(checker):
    pairs = [
        line.split("\t")
        for line in LABELLED.read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    ]
    flagged = [(wrong, meant) for wrong, meant in pairs if not checker.known(wrong)]
    print(f"\nsuggestions for {len(flagged)} labelled misspellings ({len(pairs)} listed):")
    suggesters = {"app's suggester": _suggest, "hunspell alone ": _hunspell_suggestions}
    found = {name: [] for name in suggesters}

    def suggesting(name, suggest):
        words = iter(flagged)

        def action():
            wrong, _meant = next(words)
            found[name].append(suggest(checker.path, wrong))

        return action

    timings = alternately(
        {name: suggesting(name, suggest) for name, suggest in suggesters.items()}, len(flagged)
    )
    for name, (median, p95) in timings.items():
        first = top3 = 0
        misses = []
        for (wrong, meant), offered in zip(flagged, found[name], strict=True):
            first += bool(offered) and offered[0] == meant
            top3 += meant in offered[:3]
            if meant not in offered[:3]:
                misses.append(f"{wrong}→{offered[:1]}")
        print(
            f"  {name}: first {first / len(flagged):.0%}  in three {top3 / len(flagged):.0%}  "
            f"median {median:6.1f} ms  p95 {p95:6.1f} ms  missed: {', '.join(misses[:8])}"
        )


if __name__ == "__main__":
    main()
