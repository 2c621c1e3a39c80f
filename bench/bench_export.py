"""Speed of the Word export on the rubric benchmark's large assessment (about 5,000 words: 300
facts, 80 analysis statements, 10 dangers, 12 recommendations) and on one four times its size
(about 20,000 words), to see whether the time grows linearly. Also times reading the export back.
The two sizes (and their reading back) are timed alternately in one loop, so that whatever else
the machine is doing falls on both alike and their ratio is not the machine's.

    .venv/bin/python bench/bench_export.py [--runs N]

Not a test: it prints median and p95, and exits 1 when a goal is missed. Goals: export p95
<= 500 ms for 5,000 words and <= 2 s for 20,000; linear: the larger export's median time at most
(1 + TOLERANCE) times the word ratio over the smaller's.
"""

from __future__ import annotations

import argparse
import copy
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_rubric import as_text, generate  # noqa: E402
from timing import Goals, alternately  # noqa: E402

from assist import document as doc  # noqa: E402
from assist.readers.word import read_docx  # noqa: E402
from assist.word.export import Details, export_bytes  # noqa: E402

SIZES = {1: 500, 4: 2000}  # copies of the generated assessment: goal for the export's p95, ms
# How much faster than the words the time may grow and still be called linear: the timing of a
# few hundred milliseconds moves by some per cent between loops, even taken alternately.
TOLERANCE = 0.25


def scaled(times: int) -> doc.Document:
    """The generated assessment repeated, each copy's references renumbered, citations too."""
    base = generate()
    sizes = {"F": 300, "A": 80, "D": 10, "H": 10, "S": 10, "G": 10, "M": 10, "R": 12}

    def shift(ref, k):
        return f"{ref[0]}{int(ref[1:]) + k * sizes[ref[0]]}" if ref[0] in sizes else ref

    result = doc.Document(title=base.title, children=base.children, adults=base.adults)
    result.experiences = base.experiences
    for k in range(times):
        part = copy.deepcopy(base)
        for fact in part.facts:
            fact.ref = shift(fact.ref, k)
        for item in part.analysis:
            item.ref, item.cites = shift(item.ref, k), [shift(r, k) for r in item.cites]
        for danger in part.dangers:
            danger.ref = shift(danger.ref, k)
            for factor in danger.factors:
                factor.ref, factor.cites = shift(factor.ref, k), [shift(r, k) for r in factor.cites]
        for item in part.recommendations:
            item.ref = shift(item.ref, k)
            item.answers = [shift(r, k) for r in item.answers]
            item.fills = [shift(r, k) for r in item.fills]
        result.facts += part.facts
        result.analysis += part.analysis
        result.dangers += part.dangers
        result.recommendations += part.recommendations
    return result


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args(argv)
    details = Details(author="Wendy Worker", status="Draft")
    documents = {times: scaled(times) for times in SIZES}
    words = {times: len(re.findall(r"\w+", as_text(d))) for times, d in documents.items()}
    exported = {times: export_bytes(d, details) for times, d in documents.items()}
    actions = {}
    for times, document in documents.items():
        actions[f"export {times}"] = lambda document=document: export_bytes(document, details)
        actions[f"read {times}"] = lambda data=exported[times]: read_docx(data)
    timings = alternately(actions, args.runs)

    goals = Goals()
    for times, goal in SIZES.items():
        median, p95 = timings[f"export {times}"]
        read_median, read_p95 = timings[f"read {times}"]
        print(
            f"{words[times]:6d} words ({len(documents[times].facts)} facts, "
            f"{len(exported[times]) // 1024} KB .docx): export median {median:7.1f} ms  p95 "
            f"{p95:7.1f} ms {goals.at_most(f'export of {words[times]:,} words', p95, goal)};  "
            f"read back median {read_median:7.1f} ms  p95 {read_p95:7.1f} ms"
        )
    small, large = min(SIZES), max(SIZES)
    time_ratio = timings[f"export {large}"][0] / timings[f"export {small}"][0]
    word_ratio = words[large] / words[small]
    limit = word_ratio * (1 + TOLERANCE)
    linear = time_ratio <= limit
    print(
        f"median time ratio {time_ratio:.2f} for a word ratio of {word_ratio:.2f} "
        f"({timings[f'export {small}'][0] / words[small] * 1000:.1f} vs "
        f"{timings[f'export {large}'][0] / words[large] * 1000:.1f} ms per 1,000 words): "
        + ("linear" if linear else "WORSE THAN LINEAR")
        + f", by the rule time ratio <= word ratio x {1 + TOLERANCE:.2f} "
        + goals.decide("linear growth", linear, f"time ratio <= {limit:.2f}", time_ratio)
    )
    return goals.status()


if __name__ == "__main__":
    sys.exit(main())
