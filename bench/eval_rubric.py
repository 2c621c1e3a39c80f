"""How well the rubric agrees with passages labelled by their own sources.

Runs each passage through `assist check` (as a one-section Markdown file, in the section its
source put it in) and reports precision, recall and F1 for unsupported-assertion and
vague-recommendation, plus false flags per 1,000 words on clean text.

    .venv/bin/python bench/eval_rubric.py [--passages FILE.jsonl] [--rubric PATH] [--verbose]

Not a test: the figures are for reading, and for comparing a change to the rubric with the last
run. Tune for what generalises; the same figures are taken on held-out passages.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

from click.testing import CliRunner

from assist.config import PROJECT_ROOT
from assist.document import SECTION_TITLES
from assist.rubric.cli import check_command

DEFAULT_PASSAGES = PROJECT_ROOT.parent / "shared" / "eval" / "passages-dev.jsonl"
SECTION_OF_GUESS = {"child_view": "child", "child": "child", "facts": "facts"}

# criterion -> (positive labels, negative labels)
MEASURED = {
    "unsupported-assertion": (
        {"unsupported_assertion"},
        {"evidenced_judgement", "description_only"},
    ),
    "vague-recommendation": ({"vague_recommendation"}, {"specific_recommendation"}),
}


def load_passages(path):
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def findings_by_passage(passages, rubric_path):
    """Every passage through the CLI in one run: one Markdown file per passage."""
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for passage in passages:
            section = SECTION_OF_GUESS.get(passage["section_guess"], passage["section_guess"])
            title = SECTION_TITLES.get(section, section.capitalize())
            path = Path(folder) / f"{passage['id']}.md"
            path.write_text(f"# {title}\n\n{passage['text']}\n", encoding="utf-8")
            paths.append(str(path))
        arguments = [
            "--format",
            "json",
            *(["--rubric", rubric_path] if rubric_path else []),
            *paths,
        ]
        result = CliRunner().invoke(check_command, arguments)
        if result.exit_code not in (0, 1):
            sys.exit(f"assist check failed ({result.exit_code}): {result.output}")
        report = json.loads(result.stdout)
    return {Path(entry["path"]).stem: entry["findings"] for entry in report["files"]}


def scores(passages, findings, rule, positives, negatives):
    tp = fp = fn = tn = 0
    wrong = []
    for passage in passages:
        labels = set(passage["labels"])
        flagged = any(f["rule"] == rule for f in findings[passage["id"]])
        if labels & positives:
            tp, fn = tp + flagged, fn + (not flagged)
            if not flagged:
                wrong.append(("missed", passage))
        elif labels & negatives:
            fp, tn = fp + flagged, tn + (not flagged)
            if flagged:
                wrong.append(("false flag", passage))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "tn": tn, "p": precision, "r": recall, "f1": f1}, wrong


def false_flags_per_thousand(passages, findings, rules):
    """Findings of these rules on passages that carry none of the weak labels, per 1,000 words."""
    weak = set().union(*(positives for positives, _ in MEASURED.values()))
    clean = [p for p in passages if not set(p["labels"]) & weak]
    words = sum(len(p["text"].split()) for p in clean)
    flags = [
        (p["id"], f)
        for p in clean
        for f in findings[p["id"]]
        if rules is None or f["rule"] in rules
    ]
    return len(clean), words, flags


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passages", default=str(DEFAULT_PASSAGES))
    parser.add_argument("--rubric", default=None)
    parser.add_argument("--verbose", action="store_true", help="show each wrong passage")
    args = parser.parse_args(argv)

    passages = load_passages(args.passages)
    findings = findings_by_passage(passages, args.rubric)
    print(f"{len(passages)} passages from {args.passages}\n")
    print(f"{'criterion':<24} {'TP':>3} {'FP':>3} {'FN':>3} {'TN':>3}  precision  recall    F1")
    for rule, (positives, negatives) in MEASURED.items():
        result, wrong = scores(passages, findings, rule, positives, negatives)
        print(
            f"{rule:<24} {result['tp']:>3} {result['fp']:>3} {result['fn']:>3} {result['tn']:>3}"
            f"  {result['p']:>9.2f}  {result['r']:>6.2f}  {result['f1']:>4.2f}"
        )
        if args.verbose:
            for why, passage in wrong:
                print(f"    {why}: {passage['id']}: {passage['text'][:90]}")
    print()
    for label, rules in (
        ("the two measured criteria", set(MEASURED)),
        (
            "sentence-level criteria (+ reported-as-fact, jargon)",
            set(MEASURED) | {"reported-as-fact", "unexplained-jargon"},
        ),
    ):
        count, words, flags = false_flags_per_thousand(passages, findings, rules)
        rate = 1000 * len(flags) / words if words else 0.0
        print(
            f"false flags on clean text, {label}: {len(flags)} in {words} words "
            f"({count} passages) = {rate:.1f} per 1,000 words"
        )
        if args.verbose:
            for passage_id, finding in flags:
                print(f"    {passage_id}: {finding['rule']}: {finding['excerpt'][:80]}")


if __name__ == "__main__":
    main()
