"""No word of an assessment is ever split on paper: each source goes Markdown (text-only
recommendations) or JSON (every field) -> `assist export` -> .docx -> LibreOffice PDF ->
pdftotext, and every word of every item must come out whole. Over the demo assessments, the
scenarios' model answers and a generated assessment of about 20,000 words; the family versions
too. LibreOffice starts once for all the files: it takes most of the time."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import time
import zipfile
from html import unescape

import pytest
import sqlalchemy as sa
from click.testing import CliRunner

from assist.extensions import db
from assist.journey.snapshot import to_document
from assist.models import Assessment
from assist.readers import read_path
from assist.rubric.loader import load_rubric
from assist.word.cli import export_command
from assist.word.export import Details
from assist.word.family import PlainWords, build_family
from tests.word import whole_words as corpus

SOFFICE = shutil.which("soffice")
pytestmark = pytest.mark.skipif(
    SOFFICE is None or shutil.which("pdftotext") is None,
    reason="needs libreoffice-writer-nogui and poppler-utils (make test installs them)",
)
_W_TEXT = re.compile(r"<w:t(?: [^>]*)?>([^<]*)</w:t>")


def _demo_documents(app):
    from assist.demo import load_demo

    load_demo(db.session, app.config)
    assessments = db.session.scalars(
        sa.select(Assessment).where(Assessment.is_practice.is_(False)).order_by(Assessment.id)
    ).all()
    documents = {f"demo-{a.id}": to_document(a) for a in assessments}
    return {name: d for name, d in documents.items() if d.facts or d.recommendations}


def _generated():
    sys.path.insert(0, str(corpus.PROJECT / "bench"))
    try:
        from bench_export import scaled
    finally:
        sys.path.pop(0)
    return {"generated-20000-words": scaled(4)}


def _vocabulary(docx_path):
    """Every word written into the .docx: body, header and footer."""
    words = set()
    with zipfile.ZipFile(docx_path) as package:
        for name in package.namelist():
            if name.startswith("word/") and name.endswith(".xml"):
                xml = package.read(name).decode("utf-8")
                for text in _W_TEXT.findall(xml):
                    words.update(corpus.tokens(unescape(text)))
    return words


def _convert(folder, outdir):
    started = time.monotonic()
    subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation=file://{folder / 'profile'}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(outdir),
            *sorted(str(path) for path in folder.glob("*.docx")),
        ],
        check=True,
        capture_output=True,
        timeout=900,
    )
    return time.monotonic() - started


_CRUSHED = "Independent domestic violence advocate; communication and safeguarding"


def _crushed_table(path):
    """A control: the old export's seven columns on a portrait page, which LibreOffice broke
    mid-word. The check must find the split words in it, or it proves nothing."""
    import docx

    from assist.word.styles import set_up, set_widths

    word = docx.Document()
    set_up(word, "OFFICIAL-SENSITIVE")
    table = word.add_table(rows=1, cols=7)
    for cell in table.rows[0].cells:
        cell.text = _CRUSHED
    set_widths(table, (1.3, 3.3, 2.7, 2.2, 2.0, 2.4, 3.1))
    word.save(path)


def test_every_word_of_every_item_comes_out_whole_on_paper(app, tmp_path):
    sources = {**_demo_documents(app), **corpus.scenario_answers(), **_generated()}
    runner = CliRunner()
    originals = {}
    for name, document in sources.items():
        markdown = tmp_path / f"{name}-text-only.md"
        markdown.write_text(corpus.as_markdown(document))
        full = tmp_path / f"{name}-every-field.json"
        full.write_text(json.dumps(corpus.with_every_field(document).to_dict()))
        for path in (markdown, full):
            result = runner.invoke(
                export_command, [str(path), "-o", str(path.with_suffix(".docx"))]
            )
            assert result.exit_code == 0, result.output
            originals[path.stem] = read_path(path).document
    # The family's versions: every word they write in plain words (and leave some parts out).
    plain = PlainWords.from_rubric(load_rubric(corpus.PROJECT / "rubric.yaml"))
    family_texts = {}
    for name, document in sources.items():
        word = build_family(corpus.with_every_field(document), Details(), plain)
        word.save(tmp_path / f"{name}-family.docx")
        family_texts[f"{name}-family"] = [paragraph.text for paragraph in word.paragraphs]
    _crushed_table(tmp_path / "control-crushed.docx")
    outdir = tmp_path / "pdf"
    seconds = _convert(tmp_path, outdir)
    print(
        f"LibreOffice converted {len(originals) + len(family_texts)} documents in {seconds:.1f} s"
    )

    def split_in(stem, texts):
        text = subprocess.run(
            ["pdftotext", "-layout", str(outdir / f"{stem}.pdf"), "-"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        return corpus.split_words(texts, text, _vocabulary(tmp_path / f"{stem}.docx"))

    assert split_in("control-crushed", [_CRUSHED] * 7)  # the check sees a split word
    broken = {}
    texts = {stem: list(corpus.item_texts(d)) for stem, d in originals.items()} | family_texts
    for stem, source_texts in texts.items():
        split = split_in(stem, source_texts)
        if split:
            broken[stem] = split[:20]
    assert broken == {}
    # The corpus has what the test is about: full-field recommendations and a long assessment.
    assert any(len(d.recommendations) >= 12 for d in originals.values())
    assert sum(len(d.recommendations) for d in originals.values()) > 40
