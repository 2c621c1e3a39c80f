"""How well the rubric agrees with real passages labelled by their own sources, on the part it was
tuned on and on the locked part it never was.

    .venv/bin/python bench/eval_rubric.py [--rubric PATH] [--eval-dir PATH] [--verbose] [--peers]

Every ``passages-dev*.jsonl`` in ``../shared/eval`` beside the project's root is read (or in the
folder given by ``--eval-dir`` or ``ASSIST_EVAL_DIR``); with none there it stops and says so. A
passage belongs to the locked part when its site is listed in ``bench/locked_sources.txt`` (made
once by ``split_sources.py``), and to the tuning part otherwise. Each passage goes through
``assist check`` as a one-section Markdown file, in the section its source put it in. For each
part it reports precision, recall and F1 per criterion, missing-child-view on whole documents
(each source page's passages put together, one document a page), false flags per 1,000 words on
clean text, and the gap between the parts. A gap over 0.1 means the checks are still fitted to
what they were tuned on.

It also reads our own sentence sets in ``bench/data``: ``own_sentences.yaml`` and the
``fresh_*.yaml`` sets written blind by helpers who never read the checks, each with paragraphs of
clean recording whose false flags it counts per 1,000 words.

``--verbose`` lists the tuning part's wrong passages; of the locked part it names only their ids,
never their words, so that nobody tunes on them by accident, and of a held-out sentence set
(``HELD_OUT_SETS``) nothing. ``--peers`` scores two generic
baselines on the same passages (VADER and TextBlob lexicons with a quote, figure or
observation test; "no number and no date" for recommendations).

Not a test: the figures are for reading and for the closing note. The passages are other people's
words: they are read from ``../shared`` and never copied into the project.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

import yaml
from click.testing import CliRunner
from split_sources import EVAL, EVAL_VARIABLE, LOCKED_LIST, eval_dir, passages, site

from assist.config import PROJECT_ROOT
from assist.document import SECTION_TITLES, SECTIONS
from assist.practice.scenarios import load_folder
from assist.rubric import check, load_rubric
from assist.rubric.cli import check_command

SECTION_OF_GUESS = {"child_view": "child"}
PARTS = ("tuning", "locked")

# criterion -> (labels that should raise it, labels that should not), one passage at a time.
MEASURED = {
    "unsupported-assertion": (
        {"unsupported_assertion"},
        {"evidenced_judgement", "description_only"},
    ),
    "vague-recommendation": ({"vague_recommendation"}, {"specific_recommendation"}),
    # No source labels a passage as reported information written as fact, or as a jump to
    # action: these two are measured by the passages that must not raise them.
    "reported-as-fact": ({"reported_as_fact"}, {"evidenced_judgement", "description_only"}),
    "jump-to-action": ({"jump_to_action"}, {"justified_recommendation"}),
}
# Labels that mark a passage as weak writing: the rest is clean text for the false-flag rate.
WEAK = {"unsupported_assertion", "vague_recommendation", "adult_focus_only"}
# The sentence-level criteria whose every flag on clean text is a false one.
OWN_SENTENCES = Path(__file__).parent / "data" / "own_sentences.yaml"
SENTENCE_LEVEL = ("unsupported-assertion", "vague-recommendation", "reported-as-fact")
CHILD_SECTIONS = {"facts", "child", "analysis", "risk"}


def section_of(passage) -> str:
    """The passage's section; a guess no section answers to stops the measurement in words
    (a passage silently left out of its document would skew every figure)."""
    guess = passage["section_guess"]
    section = SECTION_OF_GUESS.get(guess, guess)
    if section not in SECTIONS:
        section = f"{section}s"  # "fact" for "facts"
    if section not in SECTIONS:
        raise SystemExit(
            f"passage {passage.get('id')}: section_guess {guess!r} is not one of "
            f"{', '.join(sorted(set(SECTIONS) | set(SECTION_OF_GUESS)))}"
        )
    return section


def locked_sites(path=LOCKED_LIST) -> frozenset[str]:
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def load(folder=EVAL, locked_list=LOCKED_LIST):
    """Every passage with a "part" key: tuning or locked."""
    locked = locked_sites(locked_list)
    rows = []
    for _file, passage in passages(Path(folder)):
        passage["part"] = "locked" if site(passage["source_url"]) in locked else "tuning"
        rows.append(passage)
    return rows


def markdown(sections_and_texts) -> str:
    """One Markdown document: each section once, in the journey's order, its paragraphs under it."""
    by_section = defaultdict(list)
    for section, text in sections_and_texts:
        by_section[section].append(text)
    parts = []
    for section in SECTIONS:
        if by_section.get(section):
            parts.append(f"# {SECTION_TITLES.get(section, section.capitalize())}")
            parts.extend(by_section[section])
    return "\n\n".join(parts) + "\n"


def whole_documents(rows):
    """Documents for missing-child-view, which judges a whole assessment.

    One document a source page, its passages in their sections: a page with a passage that
    carries the child's view should not raise the criterion, and a page with none should. And,
    so that the set is not nearly all pages without the child, each passage that carries the
    child's view is also a document of its own. Pages with nothing in the sections the criterion
    reads (recommendations only) are left out. The mapping is ours, from the passages' labels.
    """
    pages = defaultdict(list)
    for passage in rows:
        pages[passage["source_url"]].append(passage)
    groups = [members for _url, members in sorted(pages.items())]
    groups += [
        [p] for p in rows if "child_view_present" in p["labels"] and len(pages[p["source_url"]]) > 1
    ]
    documents = []
    for number, members in enumerate(groups):
        if not {section_of(p) for p in members} & CHILD_SECTIONS:
            continue
        labels = set().union(*(set(p["labels"]) for p in members))
        missing = "child_view_present" not in labels
        documents.append(
            {
                "id": f"doc{number:02d}",
                "part": members[0]["part"],
                "labels": ["adult_focus_only" if missing else "child_view_present"],
                "text": "",
                "markdown": markdown((section_of(p), p["text"]) for p in members),
                "passages": [p["id"] for p in members],
            }
        )
    return documents


def run_check(named_markdown, rubric_path):
    """{name: findings} for each Markdown text, all through the CLI in one run."""
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for name, text in named_markdown.items():
            path = Path(folder) / f"{name}.md"
            path.write_text(text, encoding="utf-8")
            paths.append(str(path))
        arguments = ["--format", "json", *(["--rubric", rubric_path] if rubric_path else [])]
        result = CliRunner().invoke(check_command, [*arguments, *paths])
        if result.exit_code not in (0, 1):
            sys.exit(f"assist check failed ({result.exit_code}): {result.output}")
        report = json.loads(result.stdout)
    return {Path(entry["path"]).stem: entry["findings"] for entry in report["files"]}


def scores(rows, flagged, positives, negatives):
    """Counts, precision, recall and F1 for one criterion; ``flagged(row)``: was it raised?"""
    tp = fp = fn = tn = 0
    wrong = []
    for row in rows:
        labels = set(row["labels"])
        raised = flagged(row)
        if labels & positives:
            tp, fn = tp + raised, fn + (not raised)
            if not raised:
                wrong.append(("missed", row))
        elif labels & negatives:
            fp, tn = fp + raised, tn + (not raised)
            if raised:
                wrong.append(("false flag", row))
    precision = tp / (tp + fp) if tp + fp else None
    recall = tp / (tp + fn) if tp + fn else None
    f1 = (
        2 * precision * recall / (precision + recall)
        if precision is not None and recall is not None and precision + recall
        else (0.0 if tp + fn else None)
    )
    return {"tp": tp, "fp": fp, "fn": fn, "tn": tn, "p": precision, "r": recall, "f1": f1}, wrong


def words_in(text: str) -> int:
    return len(re.findall(r"\w+", text))


def clean_text_flags(rows, findings):
    """(words, flags) over the part's passages that carry no weak label."""
    clean = [row for row in rows if not set(row["labels"]) & WEAK]
    words = sum(words_in(row["text"]) for row in clean)
    flags = [
        (row["id"], finding)
        for row in clean
        for finding in findings[row["id"]]
        if finding["rule"] in SENTENCE_LEVEL
    ]
    return words, flags


def model_answer_flags(rubric):
    """(words, flags) over every scenario's model answer: text written to be clean."""
    words, flags = 0, []
    for scenario in load_folder(PROJECT_ROOT / "scenarios"):
        document = scenario.document()
        words += sum(words_in(text) for text in _answer_texts(scenario.content["model_answer"]))
        flags += [
            (scenario.slug, finding)
            for finding in check(document, rubric)
            if finding.rule in SENTENCE_LEVEL
        ]
    return words, flags


def _answer_texts(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _answer_texts(item)
    elif isinstance(value, list):
        for item in value:
            yield from _answer_texts(item)


# Sets held out of the fifth round's changes like the locked sites (--verbose never lists their
# items): two of the first five blind sets, chosen with seed 20261205, and three written during
# the round and first read at its end; two of the fifteenth round's six, chosen with seed 15; two
# of the sixteenth's, with seed 16; two of the seventeenth's, with seed 17; and two written at
# the seventeenth round's end and first read then, by the code before and after it; the same
# for the eighteenth round (two of its six, and two written at its end); two of the
# nineteenth round's six, chosen with seed 19, and two written at its end; two of the
# twentieth round's nine sets of items and two of its four of passages, with seed 20; and two
# of the twenty-first round's six sets of passages, with seed 21, and two written at its end;
# two of the twenty-second round's six, with seed 22, and two written at its end; and of the
# twenty-third round's four, one of the two written at its start and one of the two written
# mid-round (each other one tuned on; the second pair chosen with seed 23); and two of the
# twenty-fourth round's four, chosen with seed 24; and two of the twenty-fifth's four, with
# seed 25; and two of each later round's four, with that round's number as the seed (26 to 33),
# and two written at each of the thirty-first to thirty-third rounds' ends and first read then,
# by the code before and after the round.
HELD_OUT_SETS = frozenset(
    {
        "fresh_passages_parental_eating_disorder.yaml",
        "fresh_passages_abduction_risk.yaml",
        "fresh_passages_premature_twins.yaml",
        "fresh_passages_sofa_surfing.yaml",
        "fresh_passages_parental_ocd.yaml",
        "fresh_passages_clares_law.yaml",
        "fresh_passages_faltering_growth.yaml",
        "fresh_passages_water_supervision.yaml",
        "fresh_passages_scald.yaml",
        "fresh_passages_stepfather_da.yaml",
        "fresh_passages_hoarding.yaml",
        "fresh_passages_infant_bruise.yaml",
        "fresh_passages_cannabis_home.yaml",
        "fresh_passages_hate_crime.yaml",
        "fresh_passages_sudi.yaml",
        "fresh_passages_fire_setting.yaml",
        "fresh_passages_scotland.yaml",
        "fresh_passages_youth_violence.yaml",
        "fresh_passages_teen_dating.yaml",
        "fresh_passages_tusla.yaml",
        "fresh_passages_rso.yaml",
        "fresh_passages_dental.yaml",
        "fresh_passages_exclusion.yaml",
        "fresh_passages_ebsa.yaml",
        "fresh_passages_fii.yaml",
        "fresh_passages_home_ed.yaml",
        "fresh_passages_returning.yaml",
        "fresh_passages_csa.yaml",
        "fresh_passages_prebirth.yaml",
        "fresh_passages_education.yaml",
        "fresh_passages_early_help.yaml",
        "fresh_passages_substance.yaml",
        "fresh_au_early.yaml",
        "fresh_passages_da.yaml",
        "fresh_passages_parenting.yaml",
        "fresh_passages_private_law.yaml",
        "fresh_passages_in_care.yaml",
        "fresh_uk_cp.yaml",
        "fresh_cafcass_court.yaml",
        "fresh_health_visiting.yaml",
        "fresh_school_dsl.yaml",
        "fresh_mixed_world.yaml",
        "fresh_cp_conference.yaml",
        "fresh_colloquial_notes.yaml",
        "fresh_idioms_plain.yaml",
        "fresh_ld_parents.yaml",
        "fresh_fathers_perpetrators.yaml",
        "fresh_siblings_together.yaml",
        "fresh_private_fostering.yaml",
        "fresh_mh_crisis.yaml",
        "fresh_hba_fgm.yaml",
        "fresh_teen_parents.yaml",
        "fresh_trafficking_nrm.yaml",
        "fresh_bereavement.yaml",
        "fresh_poverty_debt.yaml",
        "fresh_asylum_nrpf.yaml",
        "fresh_secure_dol.yaml",
        "fresh_affluent_neglect.yaml",
        "fresh_care_leaver_parents.yaml",
        "fresh_hosted_refugees.yaml",
        "fresh_passages_assessments.yaml",
        "fresh_passages_court.yaml",
    }
)


def sentence_sets(folder=OWN_SENTENCES.parent):
    """Our own sentence sets: own_sentences.yaml, then each fresh_*.yaml (written blind, by
    helpers who never read the checks, and scored before any change they led to)."""
    return [OWN_SENTENCES, *sorted(folder.glob("fresh_*.yaml"))]


def own_sentences(rubric_path, verbose, path=OWN_SENTENCES):
    """Print how the rubric reads one set of our own sentences, one sentence (or short passage) a
    document in its criterion's section. A set's ``clean`` entry holds paragraphs of good
    recording: every sentence-level finding on them is a false flag, counted per 1,000 words."""
    sets = yaml.safe_load(path.read_text(encoding="utf-8"))
    named, expected = {}, {}
    for rule, entry in sets.items():
        title = SECTION_TITLES.get(entry["section"], entry["section"].capitalize())
        for want in ("flag", "pass"):
            for number, sentence in enumerate(entry.get(want, ())):
                name = f"own-{rule}-{want}-{number}"
                named[name] = f"# {title}\n\n{sentence}\n"
                expected[name] = (rule, want == "flag", sentence)
    findings = run_check(named, rubric_path)
    held_out = path.name in HELD_OUT_SETS
    verbose = verbose and not held_out
    print(
        f"Our own sentences (bench/data/{path.name}, one item a document"
        + (", held out: items not listed)" if held_out else ")")
    )
    print(f"  {'criterion':<22} {'':<7} {'TP':>3} {'FP':>3} {'FN':>3} {'TN':>3}    P     R    F1")
    for rule in sets:
        if rule == "clean":
            continue
        rows = [
            {"id": name, "labels": ["flag" if flag else "pass"], "text": sentence}
            for name, (owner, flag, sentence) in expected.items()
            if owner == rule
        ]
        result, wrong = scores(
            rows,
            lambda row, r=rule: any(f["rule"] == r for f in findings[row["id"]]),
            {"flag"},
            {"pass"},
        )
        print(
            f"  {rule:<22} {'own':<7} {result['tp']:>3} {result['fp']:>3} {result['fn']:>3} "
            f"{result['tn']:>3}  {fmt(result['p'])}  {fmt(result['r'])}  {fmt(result['f1'])}"
        )
        if verbose:
            for why, row in wrong:
                print(f"      {why}: {row['text'][:100]}")
    if "clean" in sets:
        clean = [name for name, (owner, _flag, _text) in expected.items() if owner == "clean"]
        words = sum(words_in(expected[name][2]) for name in clean)
        flags = [
            (name, found)
            for name in clean
            for found in findings[name]
            if found["rule"] in SENTENCE_LEVEL
        ]
        rate = 1000 * len(flags) / words if words else 0.0
        print(f"  clean paragraphs: {len(flags)} false flags in {words} words = {rate:.1f} a 1,000")
        if verbose:
            for _name, found in flags:
                print(f"      {found['rule']}: {found['excerpt'][:90]}")
    print()


def fmt(value) -> str:
    return "   -" if value is None else f"{value:4.2f}"


def report(title, rows, flagged_by, raised, verbose):
    """Print one table (both parts side by side) and return {criterion: {part: result}}.
    ``raised`` maps each row's id to the rules raised on it."""
    print(title)
    print(
        f"  {'criterion':<22} {'part':<7} {'TP':>3} {'FP':>3} {'FN':>3} {'TN':>3}    P     R    F1"
    )
    results = {}
    for rule, (positives, negatives) in flagged_by.items():
        results[rule] = {}
        for part in PARTS:
            mine = [row for row in rows if row["part"] == part]
            result, wrong = scores(
                mine, lambda row, r=rule: r in raised[row["id"]], positives, negatives
            )
            results[rule][part] = result
            if result["tp"] + result["fn"] + result["fp"] + result["tn"] == 0:
                continue
            print(
                f"  {rule:<22} {part:<7} {result['tp']:>3} {result['fp']:>3} {result['fn']:>3} "
                f"{result['tn']:>3}  {fmt(result['p'])}  {fmt(result['r'])}  {fmt(result['f1'])}"
            )
            if verbose:
                for why, row in wrong:
                    shown = (row["text"] or " + ".join(row.get("passages", ())))[:100]
                    shown = shown if part == "tuning" else "(locked: not shown)"
                    print(f"      {why}: {row['id']}: {shown}")
    print()
    return results


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rubric", default=None)
    parser.add_argument(
        "--eval-dir",
        help=f"the passages' folder (default: ${EVAL_VARIABLE}, else {EVAL})",
    )
    parser.add_argument("--verbose", action="store_true", help="list wrong passages (tuning only)")
    parser.add_argument("--peers", action="store_true", help="score generic baselines too")
    parser.add_argument(
        "--tuning-only",
        action="store_true",
        help="leave the locked part out (while changing checks: look at it only to report)",
    )
    args = parser.parse_args(argv)

    rows = load(eval_dir(args.eval_dir))
    if args.tuning_only:
        rows = [row for row in rows if row["part"] == "tuning"]
    documents = whole_documents(rows)
    named = {row["id"]: markdown([(section_of(row), row["text"])]) for row in rows}
    named.update({doc["id"]: doc["markdown"] for doc in documents})
    findings = run_check(named, args.rubric)
    raised = {name: {f["rule"] for f in found} for name, found in findings.items()}

    counts = {part: sum(row["part"] == part for row in rows) for part in PARTS}
    print(
        f"{len(rows)} passages from {len({site(r['source_url']) for r in rows})} sites: "
        f"{counts['tuning']} tuning, {counts['locked']} locked; "
        f"{len(documents)} whole documents\n"
    )
    by_passage = report("One passage at a time", rows, MEASURED, raised, args.verbose)
    by_document = report(
        "Whole documents (one a source page)",
        documents,
        {"missing-child-view": ({"adult_focus_only"}, {"child_view_present"})},
        raised,
        args.verbose,
    )

    for path in sentence_sets():
        own_sentences(args.rubric, args.verbose, path)

    print("False flags on clean text (" + ", ".join(SENTENCE_LEVEL) + ")")
    rubric = load_rubric(args.rubric or PROJECT_ROOT / "rubric.yaml")
    for label, (words, flags) in (
        ("scenario model answers", model_answer_flags(rubric)),
        *(
            (
                f"good passages, {part}",
                clean_text_flags([r for r in rows if r["part"] == part], findings),
            )
            for part in PARTS
        ),
    ):
        rate = 1000 * len(flags) / words if words else 0.0
        print(f"  {label:<26} {len(flags):>3} in {words:>5} words = {rate:4.1f} per 1,000 words")
        if args.verbose and "locked" in label:
            print("      by criterion: " + ", ".join(sorted(f["rule"] for _n, f in flags)))
        if args.verbose and "locked" not in label:
            for name, finding in flags:
                rule = finding.rule if hasattr(finding, "rule") else finding["rule"]
                excerpt = finding.excerpt if hasattr(finding, "excerpt") else finding["excerpt"]
                print(f"      {name}: {rule}: {excerpt[:90]}")
    print()

    print("Gap, tuning F1 minus locked F1 (over 0.1: still fitted)")
    for rule, parts in {**by_passage, **by_document}.items():
        tuning, locked = parts["tuning"]["f1"], parts["locked"]["f1"]
        if tuning is None or locked is None:
            continue
        print(f"  {rule:<22} {tuning - locked:+.2f}")

    if args.peers:
        import peers

        print()
        peers.report(rows, scores, PARTS)


if __name__ == "__main__":
    main()
