"""Process settings for serving. A page of a large assessment builds thousands of short-lived
objects; CPython's default collector thresholds then pause requests often (p95 2-3x the median
in bench/bench_journey.py). Collecting young objects less often removes most of those pauses."""

import gc

GC_THRESHOLDS = (20_000, 50, 100)


def tune_gc():
    gc.set_threshold(*GC_THRESHOLDS)
