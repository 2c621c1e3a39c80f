"""The Word reader over the real third-party corpus (../shared/eval/docx-corpus, or --corpus):
each file read in its own child process as an upload is (10 s and 768 MB caps), two at a time.
Prints how many were read and refused (by reason), the time per file (median, p95, worst,
nearest rank, including starting the child) and the whole run's wall time. Goal: no fault
(an exception the reader did not put into words, a child that died) and none over 10 s.

    .venv/bin/python bench/bench_corpus.py [--corpus DIR] [--workers 2]
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from assist.readers.bounded import MAX_MEMORY, MAX_SECONDS, Refusal, run_bounded

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "eval" / "docx-corpus"
SUFFIXES = (".docx", ".dotx", ".docm", ".dotm")


def _read(path):
    data = path.read_bytes()
    started = time.perf_counter()
    outcome = run_bounded(data, MAX_SECONDS, MAX_MEMORY)
    seconds = time.perf_counter() - started
    if isinstance(outcome, Refusal):
        reason = outcome.reason
        if reason == "refused":
            reason = "refused: " + outcome.message.split(".")[0]
        return reason, seconds
    return "read", seconds


def _rank(sorted_values, share):
    return sorted_values[max(math.ceil(share * len(sorted_values)) - 1, 0)]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    files = sorted(p for p in args.corpus.glob("*") if p.suffix.lower() in SUFFIXES)
    if not files:
        sys.exit(f"No Word files in {args.corpus}: give --corpus DIR")
    started = time.perf_counter()
    with ThreadPoolExecutor(args.workers) as pool:
        outcomes = list(pool.map(_read, files))
    wall = time.perf_counter() - started
    counts = Counter(reason for reason, _ in outcomes)
    times = sorted(seconds for _, seconds in outcomes)
    print(f"{len(files)} files from {args.corpus}, {args.workers} at a time, in {wall:.1f} s")
    for reason, count in counts.most_common():
        print(f"{count:6}  {reason}")
    print(
        f"per file: median {_rank(times, 0.5) * 1000:.0f} ms, p95 {_rank(times, 0.95) * 1000:.0f}"
        f" ms, worst {times[-1] * 1000:.0f} ms"
    )
    faults = [r for r in counts if r.startswith(("failed", "died")) or r == "too-slow"]
    if faults or times[-1] > MAX_SECONDS:
        sys.exit(f"FAIL: {', '.join(faults) or 'a file over 10 s'}")
    print("PASS: no faults, none over 10 s")


if __name__ == "__main__":
    main()
