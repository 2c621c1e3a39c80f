"""How `assist serve` sets up its process: argon2's buffers handed back to the system, and the
dictionaries loaded before the first page."""

import subprocess
import sys
import textwrap

import pytest

from assist import runtime

# Eight threads each hashing at the production cost, as eight people signing in at once; then
# how much more the process holds than before, in MB.
HASHING_THREADS = textwrap.dedent(
    """
    import sys, threading
    from argon2 import PasswordHasher
    from assist import runtime

    def resident_mb():
        for line in open("/proc/self/status"):
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024

    tuned = sys.argv[1] == "tuned" and runtime.tune_malloc()
    hasher = PasswordHasher(time_cost=1, memory_cost=19 * 1024, parallelism=1)
    hasher.hash("warm up")  # the first free raises glibc's threshold when it is dynamic
    before = resident_mb()
    barrier = threading.Barrier(8)

    def sign_in():
        barrier.wait()
        for _ in range(3):
            hasher.hash("an invented passphrase")

    threads = [threading.Thread(target=sign_in) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    print(tuned, resident_mb() - before)
    """
)


def _held_after_hashing(mode):
    answer = subprocess.run(
        [sys.executable, "-c", HASHING_THREADS, mode],
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    tuned, grown = answer.stdout.split()
    return tuned == "True", float(grown)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc; glibc's mallopt")
def test_argon2_buffers_are_handed_back_after_signing_in():
    tuned, grown = _held_after_hashing("tuned")
    assert tuned, "mallopt was not applied"
    # Eight 19 MiB buffers kept in eight arenas would be about 150 MB.
    assert grown < 40


def test_the_operators_own_threshold_stands(monkeypatch):
    monkeypatch.setenv("MALLOC_MMAP_THRESHOLD_", "262144")
    assert runtime.tune_malloc() is False


def test_warming_loads_the_dictionary_and_the_rubric(app):
    from assist.spelling import offline

    runtime.warm(app)
    assert offline.DICTIONARY in offline._dictionaries
