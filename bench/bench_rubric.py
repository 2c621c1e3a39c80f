"""Speed of the rubric engine on a large generated assessment: 340 facts, 80 analysis
statements, 10 dangers (each with hazards, strengths, a gap and a method) and 12
recommendations, about 5,600 words. Times the full check from cold (nothing read before: no
sentence tagged, no word looked up) alternately with proselint on the same text in one loop,
then a re-check after one edit and the check of one edited item, then each as a command in a
new process, alternately.

    .venv/bin/python bench/bench_rubric.py [--runs N] [--command-runs N]

Not a test: it prints median and p95, and exits 1 when a goal is missed. Goals: a full check
from cold, median <= 100 ms and no slower than proselint's median (when proselint is installed);
one edited item, p95 <= 10 ms.
"""

from __future__ import annotations

import argparse
import random
import re
import sys

from timing import Goals, alternately, timed

from assist import document as doc
from assist.config import PROJECT_ROOT
from assist.rubric import check, load_rubric
from assist.rubric.engine import clear_caches

# Facts are built from parts so that no two read the same (a cache could not flatter the
# figures), with a few judgements and hearsay among them as in real drafts.
WHEN = ("On {day} May", "At {hour}am", "In {year}", "On {day} April")
WHO = (
    "I saw that",
    "the nursery said",
    "Mum said",
    "the health visitor noted that",
    "Kai told me",
    "police records show",
    "Lee said",
)
WHAT = (
    "there was no food",
    "Kai had no breakfast",
    "the money ran out {day} days early",
    "Kai weighed {day}.{hour}kg",
    "Lee went into the bedroom",
    "there was shouting at night",
    "Kai's coat was too small",
    "nappies were bought with a loan",
)
ODD_ONES = (
    "The home was chaotic and Mum appeared overwhelmed.",
    "Apparently Lee has moved back in.",
    "Mum needs to go to the food bank.",
    "The CIN meeting was cancelled.",
)
ANALYSIS = (
    "Kai is often hungry, which is likely to affect his growth if nothing changes.",
    "The shouting Kai describes suggests he lives with conflict, and the police history shows "
    "a pattern.",
    "Money running out each week means Kai's care depends on a budget that does not last.",
    "Kai's small coat and missed meals show needs that go unmet week after week.",
)
RECOMMENDATIONS = (
    "The social worker to arrange a benefits check with Mum by {day} June 2024, so that Kai "
    "has three meals a day.",
    "Mum to consider attending a parenting course if appropriate.",
    "The family support worker to visit twice a week for six weeks, so that Kai eats "
    "breakfast before nursery.",
)


def generate(seed=7) -> doc.Document:
    rng = random.Random(seed)
    document = doc.Document(
        title="Kai (generated for the benchmark)",
        children=[doc.Child(ref="C1", name="Kai Smith")],
        adults=[
            doc.Adult(ref="P1", name="Jo Smith", relationship_to_child="mother"),
            doc.Adult(ref="P2", name="Lee Brown", relationship_to_child="mother's partner"),
        ],
    )

    def day():
        return rng.randint(1, 28)

    for n in range(1, 341):
        if n % 25 == 0:
            text = ODD_ONES[(n // 25) % len(ODD_ONES)]
        else:
            text = " ".join((rng.choice(WHEN), rng.choice(WHO), rng.choice(WHAT) + ".")).format(
                day=day(), hour=rng.randint(8, 11), year=rng.randint(2018, 2024)
            )
        document.facts.append(
            doc.Fact(ref=f"F{n}", text=text, how_known="seen_by_me", is_historic=n % 40 == 0)
        )
    document.experiences.append(
        doc.Experience(ref="E1", kind="words", text="Kai said 'I'm hungry' twice.", child_ref="C1")
    )
    for n in range(1, 81):
        cites = [f"F{rng.randint(1, 300)}" for _ in range(rng.randint(0, 4))]
        document.analysis.append(doc.Analysis(ref=f"A{n}", text=rng.choice(ANALYSIS), cites=cites))
    for n in range(1, 11):
        factors = [
            doc.Factor(
                ref=f"H{n}", kind="hazard", text="Food often runs out mid-week.", cites=[f"F{n}"]
            ),
            doc.Factor(
                ref=f"S{n}",
                kind="strength",
                text="Mum asked for help with food.",
                cites=[f"F{n + 1}"],
            ),
            doc.Factor(
                ref=f"G{n}",
                kind="information_gap",
                text="Whether Lee contributes to the household's money.",
            ),
            doc.Factor(ref=f"M{n}", kind="method", text="A weekly food plan agreed with Mum."),
        ]
        document.dangers.append(
            doc.Danger(
                ref=f"D{n}",
                text="Kai's growth and development are harmed by continuing hunger.",
                child_ref="C1",
                probability="high" if n % 2 else None,
                factors=factors,
            )
        )
    for n in range(1, 13):
        document.recommendations.append(
            doc.Recommendation(
                ref=f"R{n}",
                action=rng.choice(RECOMMENDATIONS).format(day=day()),
                answers=[f"D{rng.randint(1, 10)}"],
                fills=[f"G{n}"] if n <= 10 else [],
            )
        )
    return document


def as_text(document: doc.Document) -> str:
    """The same assessment as Markdown, for proselint."""
    parts = ["# Facts and chronology", *(f"- {f.text}" for f in document.facts)]
    parts += ["# The child's experience", *(f"- {e.text}" for e in document.experiences)]
    parts += ["# Analysis", *(f"- {a.text}" for a in document.analysis)]
    parts.append("# Risk")
    for danger in document.dangers:
        parts.append(f"- Danger: {danger.text}")
        parts += [f"- {factor.kind}: {factor.text}" for factor in danger.factors]
    parts += ["# Recommendations", *(f"- {r.action}" for r in document.recommendations)]
    return "\n\n".join(parts) + "\n"


def proselint_runner(text):
    try:
        from proselint.checks import __register__
        from proselint.config import DEFAULT
        from proselint.registry import CheckRegistry
        from proselint.tools import LintFile
    except ImportError:
        return None, None
    from importlib.metadata import version

    CheckRegistry().register_many(__register__)
    return (lambda: LintFile("bench.md", text).lint(DEFAULT)), version("proselint")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=60)
    parser.add_argument("--command-runs", type=int, default=10)
    args = parser.parse_args(argv)

    rubric = load_rubric(PROJECT_ROOT / "rubric.yaml")
    document = generate()
    text = as_text(document)
    words = len(re.findall(r"\w+", text))
    findings = check(document, rubric)
    print(
        f"assessment: {words} words, {len(document.facts)} facts, {len(document.analysis)} "
        f"analysis, {len(document.dangers)} dangers, {len(document.recommendations)} "
        f"recommendations; {len(findings)} findings from {len(rubric.criteria)} criteria"
    )

    def first_check():
        clear_caches()  # nothing read before: no sentence tagged, no word looked up
        check(document, rubric)

    run_proselint, proselint_version = proselint_runner(text)
    actions = {"assist, cold": first_check}
    if run_proselint is not None:
        run_proselint()
        actions[f"proselint {proselint_version}"] = run_proselint
    timings = alternately(actions, args.runs)
    for name, (median, p95) in timings.items():
        print(f"{name + ':':<26} median {median:7.2f} ms   p95 {p95:7.2f} ms")
    goals = Goals()
    cold_median = timings["assist, cold"][0]
    print("  full check from cold " + goals.at_most("cold check", cold_median, 100, what="median"))
    if run_proselint is not None:
        ratio = timings[f"proselint {proselint_version}"][0] / cold_median
        print(
            f"  proselint median / assist median = {ratio:.1f}, timed alternately in one loop "
            + goals.decide("no slower than proselint", ratio >= 1, "ratio >= 1", ratio)
        )
    else:
        print("  proselint is not installed: `.venv/bin/pip install proselint` for the comparison")

    # The live panel: one analysis statement edited, then the whole assessment re-checked, and
    # then only that item.
    edits = iter(range(10**9))
    edited = document.analysis[39]
    original = edited.text

    def edit():
        edited.text = f"{original} Edit {next(edits)}."

    def recheck():
        edit()
        check(document, rubric)

    def one_item():
        edit()
        check(document, rubric, sections=["analysis"], items=[edited.ref])

    check(document, rubric)
    median, p95 = timed(recheck, args.runs * 3)
    print(f"{'full check after an edit:':<26} median {median:7.2f} ms   p95 {p95:7.2f} ms")
    median, p95 = timed(one_item, args.runs * 3)
    print(
        f"{'one edited item:':<26} median {median:7.2f} ms   p95 {p95:7.2f} ms   "
        + goals.at_most("one edited item", p95, 10)
    )
    edited.text = original

    commands(text, args.command_runs)
    return goals.status()


def commands(text, runs):
    """The command line as a linter user meets it: a new process each time, alternately, as
    bench/bench_cli.py times it (which also times a tiny file)."""
    import tempfile
    from pathlib import Path

    from bench_cli import command_env, run
    from bench_cli import commands as command_lines

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "assessment.md"
        path.write_text(text, encoding="utf-8")
        env = command_env(folder)
        lines = command_lines(Path(sys.executable).parent, path)
        for line in lines.values():
            run(line, env)  # the caches made before timing
        timings = alternately(
            {name: (lambda line=line: run(line, env)) for name, line in lines.items()}, runs
        )
    for name, (median, p95) in timings.items():
        print(f"{name + ' (a process):':<40} median {median:7.0f} ms   p95 {p95:7.0f} ms")


if __name__ == "__main__":
    sys.exit(main())
