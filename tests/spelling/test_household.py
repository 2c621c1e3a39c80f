"""About the child and household is spell-checked like every other section: what is known of
each adult and a child's communication needs. A child or an adult is corrected on their own
page (the panel links there); their issues offer no one-click replacement, which would save
only items that have references of their own."""

from assist.extensions import db
from tests.pages import text_of


def test_a_misspelling_in_an_adults_notes_is_flagged_on_the_household_page(pages, world):
    adult = world.items[("wendy_draft", "Adult")]
    adult.notes = "He collects the childrens from school on Fridays."
    db.session.commit()
    draft = world.assessments["wendy_draft"]
    pages.sign_in(world.user("wendy"))
    page = pages.get("author.people", assessment_id=draft.id)
    issues = [" ".join(li.get_text(" ").split()) for li in page.select("[data-spelling-issue]")]
    assert len(issues) == 1 and "“childrens”" in issues[0] and issues[0].startswith("Spelling P1")
    link = page.select_one("[data-spelling-issue] a")
    assert link["href"].startswith(
        pages.url("author.adult_item", assessment_id=draft.id, item_id=adult.id)
    )
    assert not page.select("[data-spelling-issue] form input[name=replacement]")
    # Other sections do not list it.
    facts = pages.get("author.facts", assessment_id=draft.id)
    assert "childrens" not in text_of(facts, "main")
