"""The plain document: what versions store and the rubric reads."""

from dataclasses import asdict

from assist.document import Danger, Document, Fact, Factor, Location, Recommendation


def test_a_document_survives_a_round_trip_through_plain_values():
    document = Document(
        title="Assessment",
        facts=[Fact(ref="F1", text="Seen at 10:15", date="2026-03-02", location=Location(4, 1))],
        dangers=[
            Danger(
                ref="D1",
                text="Injury",
                factors=[Factor(ref="H1", kind="hazard", text="Drinking", cites=["F1"])],
            )
        ],
        recommendations=[Recommendation(ref="R1", action="Medical", answers=["D1"])],
    )
    plain = document.to_dict()
    assert plain == asdict(document)
    assert Document.from_dict(plain) == document
    assert document.all_refs() == ["F1", "D1", "R1", "H1"]


def test_keys_a_newer_version_added_are_ignored():
    plain = Document(title="x").to_dict() | {"something_new": [1, 2]}
    assert Document.from_dict(plain).title == "x"
