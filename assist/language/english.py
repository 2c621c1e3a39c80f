"""Whether a text reads as English: the rubric's readings are of English grammar and English
lexicons, and on another language they mean little. Said plainly rather than left to look like
a clean bill ("Mae'r risg yn isel" passes every check, knowing nothing of it)."""

from __future__ import annotations

import re

from assist.language.lexicons import lexicon

# English's closed classes, which WordNet leaves out: articles, pronouns, prepositions,
# conjunctions, auxiliaries. Half of any English text is these.
_FUNCTION_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "if",
        "of",
        "to",
        "in",
        "on",
        "at",
        "by",
        "for",
        "with",
        "from",
        "as",
        "into",
        "about",
        "after",
        "before",
        "than",
        "that",
        "this",
        "these",
        "those",
        "there",
        "here",
        "it",
        "its",
        "he",
        "she",
        "they",
        "we",
        "you",
        "i",
        "me",
        "him",
        "her",
        "them",
        "us",
        "his",
        "their",
        "our",
        "your",
        "my",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "has",
        "have",
        "had",
        "do",
        "does",
        "did",
        "will",
        "would",
        "can",
        "could",
        "may",
        "might",
        "must",
        "shall",
        "should",
        "not",
        "no",
        "so",
        "when",
        "while",
        "who",
        "whom",
        "which",
        "what",
        "where",
        "why",
        "how",
        "all",
        "any",
        "some",
        "each",
        "every",
    ]
)
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
# Too few words to tell; and the share of known words below which it is not English (English
# with many names and typing slips stays above 0.6; French and Welsh fall below 0.4).
_AT_LEAST = 8
_ENGLISH_SHARE = 0.5
_SAMPLE = 2000  # words enough to tell; a 50,000-word paragraph need not all be looked up


def words_in(text: str) -> list[str]:
    return [word.lower().replace("’", "'") for word in _WORD.findall(text)]


def reads_as_english(words: list[str]) -> bool | None:
    """True or False, or None when there are too few words to tell."""
    if len(words) < _AT_LEAST:
        return None
    words = words[:_SAMPLE]
    known = lexicon("wordnet")
    english = sum(
        word in _FUNCTION_WORDS or any(known.known(word, pos) for pos in "nvar") for word in words
    )
    return english / len(words) >= _ENGLISH_SHARE
