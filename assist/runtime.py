"""How one server process is set up before it answers anyone (`assist serve`): its memory
allocator, its garbage collector, and what it loads before its first page."""

import contextlib
import ctypes
import gc
import os

import click

# A page of a large assessment builds thousands of short-lived objects; CPython's default
# collector thresholds then pause requests often (p95 2-3x the median in bench/bench_journey.py).
# Collecting young objects less often removes most of those pauses.
GC_THRESHOLDS = (20_000, 50, 100)

# glibc's mallopt parameter for the size from which a block is mapped on its own (malloc.h).
M_MMAP_THRESHOLD = -3
# Every argon2id hash takes a 19 MiB buffer (OWASP's profile, config.ARGON2_MEMORY_COST_KIB).
# glibc maps a block that big on its own, but on freeing it raises its threshold to that size
# (the "dynamic" threshold), so every later hash is carved out of the arena of the thread that
# made it and stays there: 8 waitress threads kept about 150 MB each process
# (bench/bench_memory.py: 429 MB after light use). Fixing the threshold turns that off: blocks
# of 1 MiB and more are mapped, and handed back to the system when freed (272 MB).
MMAP_THRESHOLD_BYTES = 1024 * 1024
THREADS = 8
# An invented paragraph the rubric reads once at start-up, so that the lexicons and the tagger
# are loaded before the first journey page rather than during it.
WARM_UP_TEXT = "# Analysis\n\nMum said she was tired. The nursery saw that Ava was hungry."


def tune_gc():
    gc.set_threshold(*GC_THRESHOLDS)


def tune_malloc():
    """Keep big short-lived buffers out of the threads' arenas. Whether it was applied: not on
    a C library without glibc's mallopt, nor when the operator set MALLOC_MMAP_THRESHOLD_
    (glibc read it at start), whose choice stands."""
    if os.environ.get("MALLOC_MMAP_THRESHOLD_"):
        return False
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):
        return False
    mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
    return mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD_BYTES) == 1


def warm(app):
    """Load the spelling dictionary, its suggestion index and the rubric's lexicons now, so no
    worker's first page waits for them (seconds on a busy machine) and every process behind a
    proxy answers alike from its first request."""
    from assist.readers.markdown import read_markdown
    from assist.rubric.engine import check
    from assist.spelling.offline import DictionaryMissing

    with app.app_context():
        # A missing dictionary is said on the page, where someone will read it.
        with contextlib.suppress(DictionaryMissing):
            app.extensions["assist.spelling"].offline.warm()
        check(read_markdown(WARM_UP_TEXT).document, app.extensions["assist.rubric"])


def serve(app, host, port):
    """Serve ``app`` with waitress, a production WSGI server, once the process is ready."""
    from waitress import serve as waitress_serve

    tune_malloc()  # before any thread has an arena of its own
    click.echo("Loading the spelling dictionary and the rubric's word lists...")
    warm(app)
    tune_gc()
    click.echo(f"Ready on http://{host}:{port}")
    waitress_serve(
        app,
        host=host,
        port=port,
        threads=THREADS,
        ident="assist",
        # waitress strips X-Forwarded-* from a proxy it was not told of, before the app sees
        # them: with ASSIST_TRUST_PROXY_HEADERS, ProxyFix (security.py) is what reads them, so
        # they must reach it, or every client looks like the proxy (one rate limit for all).
        clear_untrusted_proxy_headers=not app.config["TRUST_PROXY_HEADERS"],
    )
