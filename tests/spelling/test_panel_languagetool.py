"""The whole path with a LanguageTool server configured: the text goes to the configured server
in British English, its matches appear in the panel's own category, and a grammar suggestion is
applied with one click. When the server goes down, the panel says grammar checking is off."""

import pytest

from assist.extensions import db
from tests.pages import parse, text_of
from tests.spelling.languagetool_stub import languagetool  # noqa: F401  (fixture)
from tests.spelling.test_panel import issues, suggestion_form, text_now
from tests.test_journey import post

TEXT = "Kai said he ate a apple at nursery and drew with a blue color"


@pytest.fixture
def app_config(languagetool):  # noqa: F811
    return {"LANGUAGETOOL_URL": languagetool.url, "LANGUAGETOOL_TIMEOUT_SECONDS": 1}


def test_languagetool_matches_show_in_the_panel_and_apply_with_one_click(
    pages,
    world,
    languagetool,  # noqa: F811
    caplog,
):
    caplog.set_level("DEBUG")
    fact = world.items[("wendy_draft", "Fact")]
    fact.what_happened = TEXT
    db.session.commit()
    draft = world.assessments["wendy_draft"]
    pages.sign_in(world.user("wendy"))
    page = pages.get("author.facts", assessment_id=draft.id)
    assert {check["language"] for check in languagetool.checks} == {"en-GB"}
    assert any(TEXT in check["text"] for check in languagetool.checks)
    assert text_of(page, "#spelling-title") == "Spelling and grammar (2)"
    assert page.select_one("[data-grammar-off]") is None
    assert [i.split(" ")[:2] for i in issues(page)] == [["Grammar", "F1"], ["Spelling", "F1"]]
    response = post(
        pages, "author.apply_spelling", suggestion_form(page, "an apple"), assessment_id=draft.id
    )
    assert text_now(fact) == TEXT.replace("a apple", "an apple")
    after = parse(pages.client.get(response.location))
    assert [i.split(" ")[:2] for i in issues(after)] == [["Spelling", "F1"]]
    # The text went to the configured server only, and never into the application's log.
    assert "apple" not in caplog.text and "Kai said" not in caplog.text


def test_when_the_server_goes_down_the_panel_says_grammar_is_off(pages, world, languagetool):  # noqa: F811
    draft = world.assessments["wendy_draft"]
    pages.sign_in(world.user("wendy"))
    languagetool.delay = 3  # slower than the 1 s the app waits
    page = pages.get("author.facts", assessment_id=draft.id)
    assert text_of(page, "[data-grammar-off]").startswith(
        "Grammar checking is off: the LanguageTool server did not answer in time; spelling is "
        "checked against a British English dictionary on this server."
    )
