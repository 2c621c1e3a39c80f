"""Text compared word by word, as the supervisor's 'what changed' list shows it."""

from assist.word_changes import word_changes


def test_words_added_and_removed_are_marked_in_reading_order():
    assert word_changes("Mum said Kai sleeps well", "Mum said Kai sleeps badly at night") == [
        ("same", "Mum said Kai sleeps "),
        ("removed", "well"),
        ("same", " "),
        ("added", "badly at night"),
    ]


def test_a_rewrite_shows_the_old_text_then_the_new():
    assert word_changes("Father drinks", "Nursery staff are worried about food") == [
        ("removed", "Father drinks"),
        ("same", " "),
        ("added", "Nursery staff are worried about food"),
    ]


def test_empty_on_either_side():
    assert word_changes("", "New text") == [("added", "New text")]
    assert word_changes("Old text", "") == [("removed", "Old text")]
    assert word_changes("", "") == []


def test_a_change_of_spacing_alone_is_not_listed_as_a_change():
    from assist.journey.history import Change, worded

    spacing = Change("facts", "F1", "changed", [("text", "Amy  was seen", "Amy was seen\n")])
    words = Change("facts", "F2", "changed", [("text", "Amy was seen", "Amy was not seen")])
    assert [c.ref for c in worded([spacing, words])] == ["F2"]
