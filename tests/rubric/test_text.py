"""Sentences, quotes and cited references."""

import pytest

from assist.rubric.text import FIGURE, QUOTE, WHEN, cited_refs, names_a_part, sentences


def split(text):
    return [text[a:b] for a, b in sentences(text)]


def test_sentences_do_not_end_at_titles_or_initials():
    text = "Mr. Brown saw Dr. Patel at 3.30pm. J. Smith was there! Was Amy? Yes."
    assert split(text) == [
        "Mr. Brown saw Dr. Patel at 3.30pm.",
        "J. Smith was there!",
        "Was Amy?",
        "Yes.",
    ]


def test_apostrophes_are_not_quotes_but_quoted_words_are():
    assert not QUOTE.search("Sue’s coat and the parents' house")
    assert QUOTE.search("Mum said she had 'forgotten' it")
    assert QUOTE.search("Amy said “no”.")


def test_references_in_brackets_with_lists_and_ranges():
    assert cited_refs("as seen [F3], (F4; A2) and [F6-F8], again (F3)") == [
        "F3",
        "F4",
        "A2",
        "F6",
        "F7",
        "F8",
    ]
    assert cited_refs("(see page 3) [1] (A4 paper)") == []


def test_a_day_and_month_heading_a_note_is_when_but_a_score_is_a_figure():
    assert [m.group() for m in WHEN.finditer("School note 14/03: Leo was upset.")] == ["14/03"]
    assert [m.group() for m in WHEN.finditer("Seen on 3/4 by the GP.")] == ["3/4"]
    assert [m.group() for m in WHEN.finditer("Visit on 14.03.26 at home.")] == ["14.03.26"]
    assert not list(WHEN.finditer("She scored 6/10 - a low score."))
    assert [m.group() for m in FIGURE.finditer("She scored 6/10.")] == ["6/10"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A heading line, then another, then a numbered point.
        (
            "Notes for the core group\nWhat is going well\n1. Ava goes to school every day.",
            [
                "Notes for the core group",
                "What is going well",
                "1.",
                "Ava goes to school every day.",
            ],
        ),
        # A line wrapped mid-sentence runs on, however short.
        (
            "Mum told me that she had spoken to\nMs Patel about it. Then she left.",
            ["Mum told me that she had spoken to\nMs Patel about it.", "Then she left."],
        ),
        # A line that ends on a word needing what follows runs on, with a colon in it too.
        (
            "Mum has missed\n12 appointments since May.",
            ["Mum has missed\n12 appointments since May."],
        ),
        (
            "Mum is caring: she sat beside\nLeo every day.",
            ["Mum is caring: she sat beside\nLeo every day."],
        ),
        # A question's preposition, left at its end, ends a heading.
        (
            "What we are worried about\nDad hits Mum.",
            ["What we are worried about", "Dad hits Mum."],
        ),
        # A lettered item starts a sentence of its own.
        (
            "(a) Mum will ring the crisis line. (b) Dad will come home.",
            ["(a) Mum will ring the crisis line.", "(b) Dad will come home."],
        ),
    ],
)
def test_heading_lines_and_lettered_items_are_sentences_of_their_own(text, expected):
    assert [text[begin:end] for begin, end in sentences(text)] == expected


@pytest.mark.parametrize(
    ("text", "numbers_a_part"),
    [("an s.47 enquiry", True), ("an s47 enquiry", True), ("he was 47 years old", False)],
)
def test_a_section_s_number_with_its_s_is_a_reference(text, numbers_a_part):
    assert names_a_part(text, text.index("47")) is numbers_a_part
