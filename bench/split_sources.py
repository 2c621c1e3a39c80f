"""Split the labelled passages by source into a tuning part and a locked part, once.

    .venv/bin/python bench/split_sources.py [--write] [--eval-dir PATH]

A source is a site (the host of each passage's ``source_url``): pages of one site share an
author and a house style, so a site that is tuned on cannot also stand in for writing never
seen. Sites whose passages were in ``passages-dev.jsonl`` had already been tuned on before the
split was made, so they always fall in the tuning part, as do the few sites read before the
split. Of the others, in an order shuffled with a fixed seed, sites join the locked part until
it holds about a third of the passages of each label a criterion is measured on, so that every
criterion has passages on both sides. By passages that is a third; by sites it is more, since
the sites already tuned on are the large ones.

The list it writes (``bench/locked_sources.txt``, the sites only, never a passage) is what
``eval_rubric.py`` reads; it is committed, and not made again when passages are added: a new
site falls in the tuning part unless it is added to the list by hand before anyone looks at it.

The passages are read from ``--eval-dir``, else the folder named by ``ASSIST_EVAL_DIR``, else
``../shared/eval`` beside the project's root; with no passages there, it stops and says so.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path
from urllib.parse import urlsplit

HERE = Path(__file__).resolve().parent
# Other people's words are kept beside the project, never in it: ../shared/eval from its root.
EVAL = HERE.parent.parent / "shared" / "eval"
EVAL_VARIABLE = "ASSIST_EVAL_DIR"
LOCKED_LIST = HERE / "locked_sources.txt"
SEED = 20261205
ALREADY_TUNED = "passages-dev.jsonl"
# Sites whose passages were read (the first lines of passages-dev-2.jsonl, while looking at the
# file's format) before the split was made: they cannot be locked either.
ALREADY_SEEN = frozenset({"deedee.elearninggroup.org", "theaca.net.au", "slidetodoc.com"})
# The labels each criterion is measured on: the locked part takes about a third of each.
MEASURED_LABELS = (
    "unsupported_assertion",
    "evidenced_judgement",
    "description_only",
    "vague_recommendation",
    "specific_recommendation",
    "child_view_present",
)


def eval_dir(given=None) -> Path:
    """The folder of labelled passages: ``given`` (``--eval-dir``), else $ASSIST_EVAL_DIR, else
    ../shared/eval beside the project. Stops with a message saying where it looked and how to
    point elsewhere when that folder holds no passages, rather than report on none."""
    if given:
        folder, said_by = Path(given), "--eval-dir"
    elif os.environ.get(EVAL_VARIABLE):
        folder, said_by = Path(os.environ[EVAL_VARIABLE]), EVAL_VARIABLE
    else:
        folder, said_by = EVAL, "the default, ../shared/eval beside the project"
    if not any(folder.glob("passages-dev*.jsonl")):
        sys.exit(
            f"No labelled passages (passages-dev*.jsonl) in {folder} ({said_by}). Give the folder "
            f"with --eval-dir PATH or {EVAL_VARIABLE}=PATH; they are kept outside the project, "
            "in ../shared/eval beside it."
        )
    return folder


def site(url: str) -> str:
    host = urlsplit(url).netloc.lower()
    return host.removeprefix("www.")


def passages(folder: Path = EVAL):
    """Every labelled passage, with the file it came from."""
    for path in sorted(folder.glob("passages-dev*.jsonl")):
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    yield path.name, json.loads(line)


def split(folder: Path = EVAL):
    by_site: dict[str, Counter] = defaultdict(Counter)
    pages: dict[str, set] = defaultdict(set)
    tuned = set()
    for file_name, passage in passages(folder):
        name = site(passage["source_url"])
        by_site[name].update(passage["labels"])
        pages[name].add(passage["source_url"])
        if file_name == ALREADY_TUNED or name in ALREADY_SEEN:
            tuned.add(name)
    totals = sum(by_site.values(), Counter())
    need = {label: round(totals[label] / 3) for label in MEASURED_LABELS}
    order = sorted(name for name in by_site if name not in tuned)
    random.Random(SEED).shuffle(order)
    locked: Counter = Counter()
    chosen = []
    # In the seeded order, a site joins the locked part when it brings a label the part is still
    # short of and takes no label more than two past its third.
    for name in order:
        labels = by_site[name]
        short = any(locked[label] < need[label] for label in labels if label in need)
        over = any(locked[label] + labels[label] > need[label] + 2 for label in need)
        if short and not over:
            chosen.append(name)
            locked.update(labels)
    return sorted(chosen), by_site, pages


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help=f"write {LOCKED_LIST.name}")
    parser.add_argument(
        "--eval-dir",
        help=f"the passages' folder (default: ${EVAL_VARIABLE}, "
        "else ../shared/eval beside the project)",
    )
    args = parser.parse_args(argv)
    locked, by_site, pages = split(eval_dir(args.eval_dir))
    for name in sorted(by_site):
        part = "locked" if name in locked else "tuning"
        print(f"{part:<7} {len(pages[name]):>2} pages  {name}")
    print(
        f"\n{len(locked)} locked sites, {sum(len(pages[n]) for n in locked)} of "
        f"{sum(len(p) for p in pages.values())} pages"
    )
    if args.write:
        header = (
            "# Sites whose passages are only reported, never tuned on (bench/split_sources.py, "
            f"seed {SEED}).\n"
        )
        LOCKED_LIST.write_text(header + "".join(f"{name}\n" for name in locked), encoding="utf-8")


if __name__ == "__main__":
    main()
