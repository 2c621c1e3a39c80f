"""Versions kept as what changed: for random sequences of edits, rebuilding every version from
the first whole one and the changes after it gives exactly the snapshot it replaced, with its
items in the same order."""

import json
import random

import pytest

from assist.journey import deltas

FIELDS = ("text", "source", "date", "category")


def _item(rng, ref):
    return {
        "ref": ref,
        "text": rng.choice(["Kai was hungry", "No food at home", "Mia missed school", ""]),
        "source": rng.choice(["Teacher", "GP", "Health visitor"]),
        "date": rng.choice([None, "2026-03-14", "2025-11-02"]),
        "category": rng.choice(["neglect", "health", ""]),
        "child_refs": rng.sample(["C1", "C2"], rng.randint(0, 2)),
    }


def _start(rng):
    facts = [_item(rng, f"F{n}") for n in range(1, rng.randint(0, 12))]
    dangers = [
        dict(_item(rng, f"D{n}"), factors=[_item(rng, f"H{n}{k}") for k in range(2)])
        for n in range(1, rng.randint(0, 4))
    ]
    snapshot = {"title": "Assessment for Kai", "facts": facts, "dangers": dangers}
    snapshot["ids"] = {item["ref"]: n for n, item in enumerate(facts + dangers, start=1)}
    return snapshot


def _edited(rng, snapshot, counter):
    """One random edit, as a save might make: add, remove, change, move (a new date), change a
    nested hazard, rename, add or drop a key, or nothing at all."""
    snapshot = json.loads(json.dumps(snapshot))  # a new version never shares the old one
    facts = snapshot.setdefault("facts", [])
    edit = rng.choice(
        ["add", "remove", "change", "move", "factor", "title", "key", "nothing", "several"]
    )
    if edit == "add" or (edit in ("remove", "change", "move") and not facts):
        ref = f"F{next(counter)}"
        facts.insert(rng.randint(0, len(facts)), _item(rng, ref))
        snapshot["ids"][ref] = next(counter)
    elif edit == "remove":
        gone = facts.pop(rng.randrange(len(facts)))
        snapshot["ids"].pop(gone["ref"], None)
    elif edit == "change":
        rng.choice(facts)[rng.choice(FIELDS)] = f"changed {next(counter)}"
    elif edit == "move":
        moved = facts.pop(rng.randrange(len(facts)))
        moved["date"] = f"2020-01-{rng.randint(10, 28)}"
        facts.insert(rng.randint(0, len(facts)), moved)
    elif edit == "factor" and snapshot.get("dangers"):
        rng.choice(snapshot["dangers"])["factors"][0]["text"] = f"hazard {next(counter)}"
    elif edit == "title":
        snapshot["title"] = f"Assessment {next(counter)}"
    elif edit == "key":
        if "loose" in snapshot:
            del snapshot["loose"]
        else:
            snapshot["loose"] = [{"ref": "T1", "text": "A paragraph"}]
    elif edit == "several":
        rng.shuffle(facts)
        for fact in facts[: rng.randint(0, 3)]:
            fact["text"] = f"bulk {next(counter)}"
    return snapshot


@pytest.mark.parametrize("seed", range(150))
def test_every_version_rebuilds_exactly_from_the_changes_kept(seed):
    rng = random.Random(seed)
    counter = iter(range(100, 10_000))
    versions = [_start(rng)]
    for _ in range(40):
        versions.append(_edited(rng, versions[-1], counter))
    kept = [json.dumps(changes) for changes in map(deltas.between, versions, versions[1:])]
    rebuilt = versions[0]
    for stored, expected in zip(kept, versions[1:], strict=True):
        older, before = rebuilt, json.dumps(rebuilt)
        rebuilt = deltas.applied(rebuilt, json.loads(stored))  # as the database gives it back
        assert json.dumps(rebuilt) == json.dumps(expected)  # the same values, in the same order
        assert json.dumps(older) == before  # the version it was built from is left as it was


def test_one_edited_fact_keeps_just_that_fact():
    facts = [{"ref": f"F{n}", "text": f"Fact {n}"} for n in range(1, 3001)]
    older = {"title": "T", "facts": facts, "ids": {f["ref"]: n for n, f in enumerate(facts)}}
    newer = json.loads(json.dumps(older))
    newer["facts"][1500]["text"] = "Fact 1501, edited"
    changes = deltas.between(older, newer)
    assert changes == {"facts": {"splices": [[1500, 1501, [newer["facts"][1500]]]]}}
    assert deltas.size_of(changes) < 100


def test_a_fact_moved_from_first_to_last_is_two_splices_not_the_whole_list():
    facts = [{"ref": f"F{n}", "text": f"Fact {n}"} for n in range(1, 301)]
    newer = facts[1:] + [dict(facts[0], date="2030-01-01")]
    changes = deltas.between({"facts": facts}, {"facts": newer})
    assert changes["facts"]["splices"] == [[0, 1, []], [300, 300, [newer[-1]]]]
    assert deltas.applied({"facts": facts}, changes) == {"facts": newer}


def test_a_save_that_changed_nothing_keeps_nothing():
    snapshot = _start(random.Random(1))
    assert deltas.between(snapshot, json.loads(json.dumps(snapshot))) == {}


def test_a_whole_version_is_kept_again_when_the_changes_add_up_to_one():
    assert not deltas.whole_again(1, 500, 160_000)
    assert deltas.whole_again(2, 160_000, 160_000)  # changes as big as a snapshot
    assert deltas.whole_again(deltas.LONGEST_CHAIN, 400, 160_000)  # a long run of tiny ones
