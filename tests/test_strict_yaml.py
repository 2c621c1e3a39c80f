"""Strict YAML: every mistake in a hand-written file is named with its file and line, and all of
them are reported together."""

from textwrap import dedent

import pytest

from assist.practice.scenarios import ScenarioError
from assist.rubric import RubricError, parse_rubric
from assist.strict_yaml import Document, StrictYamlError, describe, read_file

ALLOWED = ("title", "colour", "size")


def document(text):
    return Document(dedent(text), "f.yaml", empty="the file is empty", not_a_mapping="not a map")


def problems_in(text, allowed=ALLOWED, required=(), **options):
    doc = document(text)
    found = doc.mapping(doc.root, allowed, "the thing", required, **options)
    return doc.problems, found


def test_a_good_mapping_gives_each_key_with_its_nodes_and_no_problems():
    doc = document("title: A title\nsize: 3\n")
    found = doc.mapping(doc.root, ALLOWED, "the thing", ["title"])
    assert doc.problems == []
    assert list(found) == ["title", "size"]
    key_node, value_node = found["size"]
    assert Document.line(key_node) == 2
    assert doc.scalar(value_node) == 3


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("title: [unclosed\n", "f.yaml:2: this is not valid YAML"),
        ("title: x\n  size: 3\n", "f.yaml:2: this is not valid YAML"),
        ("title: !python/object x\n", "f.yaml:1: this is not valid YAML (could not determine"),
        ("<<: 3\n", "f.yaml:1: this is not valid YAML (expected a mapping or list of mappings"),
        ("", "f.yaml:1: the file is empty"),
        ("# only a comment\n", "f.yaml:1: the file is empty"),
        ("~\n", "f.yaml:1: the file is empty"),
        ("- a list\n", "f.yaml:1: not a map"),
    ],
)
def test_a_file_that_cannot_be_read_at_all_stops_with_its_line(text, message):
    with pytest.raises(StrictYamlError) as caught:
        document(text)
    assert caught.value.problems[0].startswith(message)
    assert len(caught.value.problems) == 1


def test_an_unknown_key_names_the_file_and_line_and_suggests_the_nearest():
    problems, found = problems_in("title: A title\ncolor: red\nshape: round\n")
    assert problems == [
        "f.yaml:2: the thing has an unknown key 'color' (did you mean 'colour'?); "
        "allowed: title, colour, size",
        "f.yaml:3: the thing has an unknown key 'shape'; allowed: title, colour, size",
    ]
    assert list(found) == ["title"]


def test_a_missing_key_is_named_at_the_line_of_its_mapping():
    doc = document("""\
        first: here
        second:
          colour: red
        """)
    second = doc.mapping(doc.root, ("first", "second"), "the file")["second"][1]
    doc.mapping(second, ALLOWED, "the second part", ["title", "size"])
    assert doc.problems == [
        "f.yaml:3: the second part has no 'title'",
        "f.yaml:3: the second part has no 'size'",
    ]


def test_a_loader_can_say_missing_in_its_own_words():
    problems, _ = problems_in("colour: red\n", required=["title"], missing="{what} lacks {key}")
    assert problems == ["f.yaml:1: the thing lacks title"]


@pytest.mark.parametrize("empty", ["title:", "title: ''", "title: ~"])
def test_an_empty_value_counts_as_missing_only_when_asked(empty):
    problems, found = problems_in(f"{empty}\n", required=["title"], empty_is_missing=True)
    assert problems == ["f.yaml:1: the thing has no 'title'"]
    assert found == {}
    problems, found = problems_in(f"{empty}\n", required=["title"])
    assert problems == []
    assert list(found) == ["title"]


def test_a_repeated_key_is_named_at_its_second_line_and_the_first_is_kept():
    doc = document("title: First\ncolour: red\ntitle: Second\n")
    found = doc.mapping(doc.root, ALLOWED, "the thing")
    assert doc.problems == ["f.yaml:3: the thing has 'title' twice"]
    assert doc.scalar(found["title"][1]) == "First"


def test_a_key_that_is_not_a_name_is_refused():
    problems, _ = problems_in("3: three\n")
    assert problems == ["f.yaml:1: the thing has a key that is not a name"]


def test_a_value_of_the_wrong_type_is_not_taken_for_a_single_value():
    doc = document("title: [a, b]\ncolour: {a: 1}\nsize: 3\n")
    found = doc.mapping(doc.root, ALLOWED, "the thing")
    assert [doc.scalar(found[key][1]) for key in ALLOWED] == [None, None, 3]
    assert [describe(found[key][1]) for key in ALLOWED] == ["a list", "a mapping", "a single value"]
    assert doc.scalar(None) is None


def test_merge_keys_and_aliases_are_read_as_written():
    doc = document("""\
        base: &base {colour: red}
        thing:
          <<: *base
          size: 3
        """)
    thing = doc.mapping(doc.root, ("base", "thing"), "the file")["thing"][1]
    found = doc.mapping(thing, ALLOWED, "the thing")
    assert doc.problems == []
    assert {key: doc.scalar(nodes[1]) for key, nodes in found.items()} == {
        "colour": "red",
        "size": 3,
    }


def test_lookup_finds_one_key_without_checking_the_rest():
    doc = document("stray: 1\ntitle: A title\n")
    key_node, value_node = doc.lookup(doc.root, "title")
    assert Document.line(key_node) == 2 and doc.scalar(value_node) == "A title"
    assert doc.lookup(doc.root, "size") == (None, None)
    assert doc.problems == []


def test_every_problem_is_collected_then_raised_together():
    doc = document("title: x\n")
    doc.raise_problems()
    doc.problem(doc.root, "first")
    doc.problem(7, "second")
    doc.problem(None, "third")
    with pytest.raises(StrictYamlError) as caught:
        doc.raise_problems()
    assert caught.value.problems == ["f.yaml:1: first", "f.yaml:7: second", "f.yaml:1: third"]
    assert str(caught.value) == "f.yaml:1: first\nf.yaml:7: second\nf.yaml:1: third"


def test_reading_a_file_names_what_is_wrong_with_it(tmp_path):
    with pytest.raises(StrictYamlError, match="absent.yaml: there is no recipe file here"):
        read_file(tmp_path / "absent.yaml", "recipe", 1024)
    with pytest.raises(StrictYamlError, match="this is a folder, not a recipe file"):
        read_file(tmp_path, "recipe", 1024)
    big = tmp_path / "big.yaml"
    big.write_bytes(b"x" * (1024 * 1024 + 1))
    with pytest.raises(StrictYamlError, match="the recipe file is larger than 1 MB"):
        read_file(big, "recipe", 1024 * 1024)
    with pytest.raises(StrictYamlError, match="the recipe file is larger than 256 KB"):
        read_file(big, "recipe", 256 * 1024)
    latin = tmp_path / "latin.yaml"
    latin.write_bytes("a: 1\nb: caf\xe9\n".encode("latin-1"))
    with pytest.raises(StrictYamlError, match=rf"{latin}:2: the recipe file is not valid UTF-8"):
        read_file(latin, "recipe", 1024)
    bom = tmp_path / "bom.yaml"
    bom.write_bytes("\ufeffa: 1\n".encode())
    assert read_file(bom, "recipe", 1024) == "a: 1\n"


def test_the_loaders_raise_the_same_problems_under_their_old_names():
    assert ScenarioError is StrictYamlError
    with pytest.raises(RubricError) as caught:
        parse_rubric("criteria: []\ncriterias: []\n", "rubric.yaml")
    assert caught.value.problems == [
        "rubric.yaml:2: the rubric has an unknown key 'criterias' (did you mean 'criteria'?); "
        "allowed: version, criteria"
    ]
