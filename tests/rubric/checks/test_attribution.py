"""attribution: reported information presented as fact."""

from assist import document as doc
from assist.rubric import check
from tests.rubric.helpers import findings, project_rubric

RULE = "reported-as-fact"


def test_hearsay_with_no_source_is_flagged_and_with_a_source_passes():
    assert findings("# Facts\n\nReportedly Lee is back.\n", rule=RULE)
    assert not findings("# Facts\n\nReportedly, according to the school, Lee is back.\n", rule=RULE)
    assert not findings("# Facts\n\nIt is believed by the police that Lee is back.\n", rule=RULE)


def test_a_reported_fact_must_say_who_said_it():
    rubric = project_rubric().only(RULE)
    fact = doc.Fact(
        ref="F1",
        text="Lee hit Amy on Saturday.",
        how_known="said_by_parent_or_carer",
        source="Sarah (mother)",
    )
    (finding,) = check(doc.Document(facts=[fact]), rubric)
    assert "Sarah (mother)" in finding.message
    fact.text = "Sarah told me that Lee hit Amy on Saturday."
    assert check(doc.Document(facts=[fact]), rubric) == []
    fact.how_known = "seen_by_me"
    fact.text = "Lee hit Amy on Saturday."
    assert check(doc.Document(facts=[fact]), rubric) == []


def findings_for_fact(text, how_known, source):
    fact = doc.Fact(ref="F1", text=text, how_known=how_known, source=source)
    return check(doc.Document(facts=[fact]), project_rubric().only(RULE))


def test_a_fact_from_records_names_its_source_in_the_source_itself():
    missed = "Kai missed his 12-month and 18-month immunisations."
    assert findings_for_fact(missed, "from_records", "GP records") == []
    # Hearsay copied from a record still needs its source.
    assert findings_for_fact("Apparently Kai missed them.", "from_records", "GP records")


def test_an_import_s_placeholder_is_never_named_as_the_source():
    # A Word import with no source stores a placeholder; the finding says who it came from by
    # how it is known instead.
    (finding,) = findings_for_fact(
        "Lee hit Amy on Saturday.", "said_by_parent_or_carer", "Imported Word document"
    )
    assert "Imported Word document" not in finding.message
    assert "this came from a parent or carer" in finding.message


def test_known_or_reported_to_be_with_no_source_is_hearsay_but_known_to_a_service_is_not():
    assert findings("# Facts\n\nMr Kerr is known to carry a knife.\n", rule=RULE)
    assert findings("# Facts\n\nJake is reported to be involved in county lines.\n", rule=RULE)
    assert not findings("# Facts\n\nThe family is known to the school nurse.\n", rule=RULE)
