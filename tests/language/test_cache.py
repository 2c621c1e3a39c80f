"""What is kept between processes answers as what was made: a shelved table, read a part at a
time, gives every look-up the whole table's answer, from any number of threads; a table kept in
a file of its own is read from it a part at a time."""

import threading

from assist.language.cache import Shelf, kept, kept_table, shelved

TABLE = {"a": 1, "ab": 2, "abc": 3, "abd": 4, "b": 5, "": 6, "Zoe": 7, "zo": 8, "ørn": 9}


def test_every_look_up_answers_as_the_whole_table():
    shelf = Shelf().shelve(shelved(TABLE))
    for word, value in TABLE.items():
        assert word in shelf and shelf[word] == value and shelf.get(word) == value
    for missing in ("abe", "c", "zoe", "a "):
        assert missing not in shelf and shelf.get(missing, "none") == "none"
    fresh = Shelf().shelve(shelved(TABLE))
    assert dict(fresh.items()) == TABLE and len(fresh) == len(TABLE) and set(fresh) == set(TABLE)


def test_threads_reading_a_part_at_once_all_find_its_words():
    table = {f"{n:05d}w": n for n in range(20_000)}  # 20 parts
    shelf = Shelf().shelve(shelved(table))
    start, wrong = threading.Barrier(8), []

    def look_up(offset):
        start.wait()  # all eight on parts nobody has read
        for n in range(offset, len(table), 8):
            if shelf.get(f"{n:05d}w") != n:
                wrong.append(n)

    threads = [threading.Thread(target=look_up, args=(k,)) for k in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert wrong == []


def test_kept_data_is_made_once_and_read_back_equal(tmp_path, monkeypatch):
    monkeypatch.setenv("ASSIST_CACHE_DIR", str(tmp_path))
    source = tmp_path / "source.txt"
    source.write_text("a list of words")
    made = []

    def make():
        made.append(1)
        return {"parts": shelved(TABLE), "count": 9}

    first = kept("words", 1, [source], make)
    assert kept("words", 1, [source], make) == first and made == [1]
    source.write_text("a longer list of words")  # a changed source is made again
    assert kept("words", 1, [source], make) == first and made == [1, 1]
    assert len(list(tmp_path.glob("words-*.marshal"))) == 1  # the old one removed


def test_a_kept_table_is_made_once_and_read_back_a_part_at_a_time(tmp_path, monkeypatch):
    monkeypatch.setenv("ASSIST_CACHE_DIR", str(tmp_path))
    source = tmp_path / "source.txt"
    source.write_text("a list of words")
    made = []

    def make():
        made.append(1)
        return {"about": "the words"}, TABLE

    assert kept_table("words", 1, [source]) is None  # not made yet, and not made by a reader
    data, table = kept_table("words", 1, [source], make, width=3)
    assert data == {"about": "the words"} and dict(table.items()) == TABLE
    data, table = kept_table("words", 1, [source], make, width=3)
    assert made == [1] and data == {"about": "the words"}
    for word, value in TABLE.items():
        assert table[word] == value
    assert "abe" not in table and dict(table.items()) == TABLE
    # A file cut short is made again, not misread.
    (kept_file,) = tmp_path.glob("words-*.table")
    kept_file.write_bytes(kept_file.read_bytes()[:-3])
    assert kept_table("words", 1, [source]) is None
    assert dict(kept_table("words", 1, [source], make, width=3)[1].items()) == TABLE
    assert made == [1, 1]
