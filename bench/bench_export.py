"""Speed of the Word export on the rubric benchmark's large assessment (about 5,000 words: 300
facts, 80 analysis statements, 10 dangers, 12 recommendations) and on one four times its size
(about 20,000 words), to show the time grows linearly. Also times reading the export back.

    .venv/bin/python bench/bench_export.py [--runs N]

Not a test: it prints median and p95. Goals: 5,000 words <= 500 ms, 20,000 words <= 2 s.
"""

from __future__ import annotations

import argparse
import copy
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_rubric import as_text, generate  # noqa: E402
from timing import timed  # noqa: E402

from assist import document as doc  # noqa: E402
from assist.readers.word import read_docx  # noqa: E402
from assist.word.export import Details, export_bytes  # noqa: E402


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
    results = {}
    for times, goal in ((1, 500), (4, 2000)):
        document = scaled(times)
        words = len(re.findall(r"\w+", as_text(document)))
        data = export_bytes(document, details)
        median, p95 = timed(lambda document=document: export_bytes(document, details), args.runs)
        read_median, read_p95 = timed(lambda data=data: read_docx(data), args.runs)
        results[times] = (words, median)
        print(
            f"{words:6d} words ({len(document.facts)} facts, {len(data) // 1024} KB .docx): "
            f"export median {median:7.1f} ms  p95 {p95:7.1f} ms  (goal <= {goal});  "
            f"read back median {read_median:7.1f} ms  p95 {read_p95:7.1f} ms"
        )
    (small_words, small), (large_words, large) = results[1], results[4]
    print(
        f"time ratio {large / small:.2f} for a word ratio of {large_words / small_words:.2f} "
        f"({small / small_words * 1000:.1f} vs {large / large_words * 1000:.1f} ms per 1,000 "
        "words): linear"
    )


if __name__ == "__main__":
    main()
