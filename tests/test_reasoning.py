"""Seeing the reasoning whole, as a worker reads it: the reasoning map (what rests on what, what
stands alone, what points the other way), how concerns built up over time, and the saved
versions compared."""

import pytest

from tests.pages import parse, text_of
from tests.test_journey import fact_answers, post, version_of


@pytest.fixture
def draft(world, pages):
    pages.sign_in(world.user("wendy"))
    return world.assessments["wendy_draft"]


# Saved versions


def test_dismissing_a_finding_on_the_comparison_returns_to_the_comparison(pages, draft, world):
    fact = world.items[("wendy_draft", "Fact")]
    saved = []
    for wording in ("Kai was hungry", "Apparently Kai was hungry"):
        post(
            pages,
            "author.fact_item",
            fact_answers(draft, what_happened=wording),
            assessment_id=draft.id,
            item_id=fact.id,
        )
        saved.append(int(version_of(draft)))
    first, latest = saved
    page = pages.get("author.compare_versions", assessment_id=draft.id, older=first, newer=latest)
    form = page.select_one(".assist-finding form")
    fields = {field["name"]: field.get("value", "") for field in form.select("input")}
    response = pages.client.post(form["action"], data=fields | {"reason": "Said by the nursery"})
    assert response.status_code == 302
    back = parse(pages.client.get(response.location, follow_redirects=True))
    assert text_of(back, "h1") == f"Version {first} compared with version {latest}"
    assert "Finding dismissed" in text_of(back, ".govuk-notification-banner")
