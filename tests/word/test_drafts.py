"""An imported document made ready to become a draft: every field fits its column, and what
does not fit a slot is kept as a fact to sort, never dropped."""

from datetime import date

from assist import document as doc
from assist.labels import source_label
from assist.word.drafts import IMPORTED, UNSORTED_CATEGORY, draft_document


def test_an_unreadable_date_of_birth_becomes_a_fact_to_sort_and_long_labels_fit():
    imported = doc.Document(
        children=[doc.Child("C1", "Amy Jones", date_of_birth="31 February 2020")],
        facts=[doc.Fact("F1", "Amy was seen", date="2026-03-02", category="x" * 200)],
    )
    draft = draft_document(imported, date(2026, 11, 23))
    assert draft.children[0].date_of_birth is None
    kept = [fact for fact in draft.facts if fact.category == UNSORTED_CATEGORY]
    assert [fact.text for fact in kept] == [
        "Amy Jones's date of birth in the document: 31 February 2020"
    ]
    assert len(draft.facts[0].category) == 80
    # A real date is left alone.
    imported.children[0].date_of_birth = "2020-02-29"
    assert draft_document(imported, date(2026, 11, 23)).children[0].date_of_birth == "2020-02-29"


def test_a_source_not_given_stays_not_given_when_an_export_is_imported_again():
    imported = doc.Document(
        facts=[
            doc.Fact("F1", "Amy was seen", date="2026-03-02", source="Not given in the document"),
            doc.Fact("F2", "Amy was late", date="2026-03-03", source=""),
        ]
    )
    draft = draft_document(imported, date(2026, 11, 23))
    assert [fact.source for fact in draft.facts] == [IMPORTED, IMPORTED]
    assert [source_label(fact.source) for fact in draft.facts] == ["Not given in the document"] * 2
