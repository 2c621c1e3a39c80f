"""A blank answer about a child reads as "Not recorded": nobody asked is not the same as
nothing there."""

from tests.pages import text_of


def test_a_blank_disability_is_not_recorded_not_none_known(pages, world):
    pages.sign_in(world.user("wendy"))
    page = pages.get("author.people", assessment_id=world.assessments["wendy_draft"].id)
    rows = {
        " ".join(row.dt.get_text().split()): " ".join(row.dd.get_text().split())
        for row in page.select(".govuk-summary-list__row")
    }
    for blank in ("Ethnicity", "First language", "Disability"):
        assert rows[blank] == "Not recorded", rows
    assert "None known" not in text_of(page, "main")
