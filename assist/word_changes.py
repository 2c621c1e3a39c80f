"""What changed in a piece of text, word by word, for the pages that compare two versions: a
supervisor reads "bruise on his [added: left] cheek" rather than two whole paragraphs to
compare by eye. Spacing is not compared (a page shows one space between words anyway)."""

from __future__ import annotations

import difflib

# Below this share of words in common, a word-by-word view is noise: show old, then new.
MOSTLY_REWRITTEN = 0.4


def word_changes(before: str, after: str) -> list[tuple[str, str]]:
    """[(kind, text)] with kind "same", "removed" or "added", in reading order; the spaces
    between words are "same" text, so the pieces join into readable text."""
    old, new = (before or "").split(), (after or "").split()
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    if not old or not new or matcher.ratio() < MOSTLY_REWRITTEN:
        pieces = [("removed", " ".join(old)), ("added", " ".join(new))]
        return _spaced([(kind, text) for kind, text in pieces if text])
    pieces = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            pieces.append(("same", " ".join(old[i1:i2])))
            continue
        if op in ("delete", "replace"):
            pieces.append(("removed", " ".join(old[i1:i2])))
        if op in ("insert", "replace"):
            pieces.append(("added", " ".join(new[j1:j2])))
    return _spaced(pieces)


def _spaced(pieces):
    """The pieces with a space between each, joined into the same piece where they touch."""
    out: list[tuple[str, str]] = []
    for n, (kind, text) in enumerate(pieces):
        if n:
            _append(out, "same", " ")
        _append(out, kind, text)
    return out


def _append(out, kind, text):
    if out and out[-1][0] == kind:
        out[-1] = (kind, out[-1][1] + text)
    else:
        out.append((kind, text))
