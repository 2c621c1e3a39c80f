"""Reading ease of the family version of an assessment beside the full Word export, over the
demo assessments and the scenarios' model answers (and their weak answers, which use the jargon
the rubric flags). Run: .venv/bin/python bench/bench_family.py

For each document, the text a reader sees (every paragraph and table cell of the .docx) is
scored with textstat: Flesch reading ease (higher is easier; 60-70 is plain English, 30-50 is
hard, below 30 is for graduates) and Flesch-Kincaid grade (US school years). Each paragraph or
cell counts as at least one sentence, so a table's short cells ("F3", "3 May 2024") are not run
together into one long sentence. Also scored: the assessment's own prose (every item's text)
before and after the plain words alone, which is what the family version changes in the
worker's writing; the rest of the difference is the version's own short sentences and labels.

Syllables are counted with the British English hyphenation dictionary textstat ships (pyphen),
as textstat did before it took to fetching NLTK's CMU dictionary from the internet on first use:
nothing here is downloaded at run time.

Not a test, and no goal: it prints the figures for the reader to judge."""

from __future__ import annotations

import io
import re
import statistics
import sys
import tempfile
from pathlib import Path

import docx
import sqlalchemy as sa
import textstat
from textstat.backend.counts import _count_syllables
from timing import bench_app

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from assist.demo import load_demo  # noqa: E402
from assist.extensions import db  # noqa: E402
from assist.journey.snapshot import to_document  # noqa: E402
from assist.models import Assessment  # noqa: E402
from assist.practice.scenarios import load_folder  # noqa: E402
from assist.rubric import load_rubric  # noqa: E402
from assist.word.export import Details, export_bytes  # noqa: E402
from assist.word.family import PlainWords, family_bytes  # noqa: E402
from tests.word.whole_words import item_texts  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
# No CMU dictionary: every word's syllables from the hyphenation dictionary (see above).
_count_syllables.get_cmudict = lambda lang: None
textstat.set_lang("en_GB")
_ENDS_SENTENCE = re.compile(r"[.!?:;]\s*$")


def as_sentences(texts) -> str:
    return " ".join(
        text if _ENDS_SENTENCE.search(text) else f"{text}."
        for text in (" ".join(text.split()) for text in texts)
        if text
    )


def docx_texts(data: bytes) -> list[str]:
    word = docx.Document(io.BytesIO(data))
    texts = [paragraph.text for paragraph in word.paragraphs]
    for table in word.tables:
        for row in table.rows:
            texts += [cell.text for cell in row.cells]
    return texts


def scores(texts) -> tuple[float, float]:
    text = as_sentences(texts)
    return textstat.flesch_reading_ease(text), textstat.flesch_kincaid_grade(text)


def documents():
    found = {}
    with tempfile.TemporaryDirectory() as folder:
        app = bench_app(folder)
        with app.app_context():
            load_demo(db.session, app.config)
            for assessment in db.session.scalars(
                sa.select(Assessment).where(Assessment.is_practice.is_(False))
            ):
                document = to_document(assessment)
                if document.facts or document.analysis or document.recommendations:
                    found[f"demo {assessment.id}: {assessment.title}"[:44]] = document
    scenarios = load_folder(ROOT / "scenarios")
    for scenario in scenarios:
        found[f"model answer: {scenario.slug}"[:44]] = scenario.document()
    # The weak answers are written the way the rubric warns against, jargon included.
    for scenario in scenarios:
        if scenario.weak_answer:
            found[f"weak answer: {scenario.slug}"[:44]] = scenario.document(scenario.weak_answer)
    return found


def main():
    plain = PlainWords.from_rubric(load_rubric(ROOT / "rubric.yaml"))
    details = Details(author="Wendy Worker", status="Draft")
    print(
        f"{'document':<44} {'full':>6} {'family':>7} {'grade':>6} {'family':>7}"
        f" {'prose':>6} {'plain':>6}"
    )
    rows: dict[str, list] = {}
    for name, document in documents().items():
        full = scores(docx_texts(export_bytes(document, details)))
        family = scores(docx_texts(family_bytes(document, details, plain)))
        prose = [text for text in item_texts(document) if text]
        before = scores(prose)[0]
        after = scores([plain(text) for text in prose])[0]
        rows.setdefault(name.split(":")[0].split(" ")[0], []).append((full, family, before, after))
        print(
            f"{name:<44} {full[0]:6.1f} {family[0]:7.1f} {full[1]:6.1f} {family[1]:7.1f}"
            f" {before:6.1f} {after:6.1f}"
        )
    for group, group_rows in rows.items():
        print(
            f"{'median, ' + group:<44} {statistics.median(r[0][0] for r in group_rows):6.1f}"
            f" {statistics.median(r[1][0] for r in group_rows):7.1f}"
            f" {statistics.median(r[0][1] for r in group_rows):6.1f}"
            f" {statistics.median(r[1][1] for r in group_rows):7.1f}"
            f" {statistics.median(r[2] for r in group_rows):6.1f}"
            f" {statistics.median(r[3] for r in group_rows):6.1f}"
        )
    print(
        "full, family: Flesch reading ease of the whole .docx (higher is easier); grade: "
        "Flesch-Kincaid grade; prose, plain: the items' own text before and after plain words"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
