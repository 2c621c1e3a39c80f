"""Start-up of the command line as a linter user meets it: ``assist check`` in a new process each
time, on a tiny file (three lines) and on the rubric benchmark's large assessment (about 5,400
words of Markdown), timed alternately with ``proselint check`` on the same files in one loop, so
that whatever else the machine is doing falls on all of them alike.

    .venv/bin/python bench/bench_cli.py [--runs N]

``assist check`` spell-checks by default (the hunspell dictionary is read in every process);
``--no-spelling`` is timed beside it, as the rubric alone. The lexicon caches and the bytecode
of every module are made once in a folder of the benchmark's own before timing, as any run after
a machine's first finds them.

Not a test: it prints median and p95 in ms and each median's ratio to proselint's on the same
file, and exits 1 when a goal is missed. Goal: on the tiny file, ``assist check`` (as run by
default, and with --no-spelling) median no more than 1.5 times proselint's.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_rubric import as_text, generate  # noqa: E402
from timing import Goals, alternately  # noqa: E402

TINY = "# Analysis\n\nMum said Kai was hungry at nursery.\n\n# Recommendations\n\n- A food plan.\n"
GOAL_RATIO = 1.5


def commands(bin_dir: Path, path: Path) -> dict[str, list[str]]:
    """Each command line to time on one file, by name; proselint's when it is installed."""
    assist = str(bin_dir / "assist")
    lines = {
        "assist check": [assist, "check", str(path)],
        "assist check --no-spelling": [assist, "check", "--no-spelling", str(path)],
    }
    proselint = shutil.which("proselint", path=str(bin_dir)) or shutil.which("proselint")
    if proselint:
        lines["proselint check"] = [proselint, "check", str(path)]
    return lines


def command_env(folder) -> dict[str, str]:
    """The environment for timing commands: caches of their own in ``folder``."""
    return {
        **{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
        "ASSIST_CACHE_DIR": str(Path(folder) / "cache"),
        # Bytecode kept (here, not in the tree), as an installed package has its own: without it
        # every module of ours would be compiled again in every run, and proselint's would not.
        "PYTHONPYCACHEPREFIX": str(Path(folder) / "bytecode"),
    }


def run(argv, env):
    # Our own commands (and proselint) on files this benchmark wrote: nothing untrusted is run.
    result = subprocess.run(argv, capture_output=True, check=False, env=env)  # noqa: S603
    # 0 no errors, 1 errors found (both linters): anything else is a failure to time.
    assert result.returncode in (0, 1), (argv, result.stderr[-1000:])
    return result


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args(argv)

    goals = Goals()
    bin_dir = Path(sys.executable).parent
    with tempfile.TemporaryDirectory() as folder:
        env = command_env(folder)
        files = {"tiny": Path(folder) / "tiny.md", "large": Path(folder) / "assessment.md"}
        files["tiny"].write_text(TINY, encoding="utf-8")
        files["large"].write_text(as_text(generate()), encoding="utf-8")
        actions = {}
        for size, path in files.items():
            words = len(re.findall(r"\w+", path.read_text(encoding="utf-8")))
            print(f"{size}: {path.name}, {words:,} words")
            for name, line in commands(bin_dir, path).items():
                run(line, env)  # the caches made, and every file read once, before timing
                actions[(size, name)] = lambda line=line: run(line, env)
        timings = alternately(actions, args.runs)

    print(f"\n{args.runs} runs each, alternately, a new process each run (ms):")
    for (size, name), (median, p95) in timings.items():
        proselint = timings.get((size, "proselint check"))
        ratio = f"   {median / proselint[0]:4.1f}x proselint" if proselint else ""
        print(f"  {size:<5} {name + ':':<28} median {median:6.0f}   p95 {p95:6.0f}{ratio}")
    if ("tiny", "proselint check") not in timings:
        print("proselint is not installed: `.venv/bin/pip install proselint` for the comparison")
        return goals.status()
    proselint_median = timings[("tiny", "proselint check")][0]
    for name in ("assist check", "assist check --no-spelling"):
        ratio = timings[("tiny", name)][0] / proselint_median
        print(
            f"  tiny file, {name} median / proselint median = {ratio:.2f} "
            + goals.decide(name, ratio <= GOAL_RATIO, f"ratio <= {GOAL_RATIO}", ratio)
        )
    return goals.status()


if __name__ == "__main__":
    sys.exit(main())
