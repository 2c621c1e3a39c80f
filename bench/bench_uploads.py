"""Hostile Word uploads: for each, the response a user sees, how long the guard took, and the
peak memory Python allocated on the way (tracemalloc), as a Markdown table for the report.

    .venv/bin/python bench/bench_uploads.py

Not a test (tests/word/test_safety.py checks each is refused in under 2 seconds). Goal: every
refusal in under 2 s, with peak memory near the file's own size (nothing is expanded).
"""

from __future__ import annotations

import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from assist.readers import InputError  # noqa: E402
from assist.readers.word import read_docx  # noqa: E402
from tests.word import samples  # noqa: E402


def measure(data):
    tracemalloc.start()
    started = time.perf_counter()
    try:
        reading = read_docx(data)
        outcome = "read" + (f" with a warning: {reading.notes[0][:60]}…" if reading.notes else "")
    except InputError as refused:
        outcome = f"refused: {str(refused)[:90]}…"
    elapsed = (time.perf_counter() - started) * 1000
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return outcome, elapsed, peak


def main():
    cases = [(what, data) for what, data, _ in samples.hostile()]
    cases += [
        ("tracked changes", samples.tracked_changes()),
        ("real-looking assessment (control)", samples.real_looking()),
    ]
    print("| input | size | response | time | peak memory |")
    print("| --- | --- | --- | --- | --- |")
    for what, data in cases:
        outcome, elapsed, peak = measure(data)
        print(
            f"| {what} | {len(data) / 1024:,.0f} KB | {outcome} | {elapsed:,.1f} ms | "
            f"{peak / 1024 / 1024:,.1f} MB |"
        )


if __name__ == "__main__":
    main()
