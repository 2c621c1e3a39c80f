"""Spelling and grammar where a worker writes: in the findings panel under its own heading, with
a note when grammar checking is off, and suggestions applied with one click that never
overwrite newer text."""

import pytest
import sqlalchemy as sa

from assist.extensions import db
from assist.journey import version_store
from assist.models import AuditEvent, Fact
from tests.pages import parse, text_of
from tests.test_journey import fact_answers, post, version_of

MISSPELT = "Nursery saw a bruise on his cheek; its color was yellow"
OFF_NOTE = (
    "Grammar checking is off: no LanguageTool server is set up for this service; spelling is "
    "checked against a British English dictionary on this server."
)


def misspell(world, text=MISSPELT):
    fact = world.items[("wendy_draft", "Fact")]
    fact.what_happened = text
    db.session.commit()
    return fact


def issues(page):
    return [" ".join(li.get_text(" ").split()) for li in page.select("[data-spelling-issue]")]


def flagged(page):
    return [li.select_one("mark").get_text() for li in page.select("[data-spelling-issue]")]


def suggestion_form(page, replacement):
    for form in page.select("[data-spelling-issue] form"):
        if form.select_one("input[name=replacement]")["value"] == replacement:
            return {i["name"]: i["value"] for i in form.select("input")}
    raise AssertionError(f"no suggestion {replacement!r} in {issues(page)}")


def banners(page):
    return " ".join(b.get_text(" ") for b in page.select(".govuk-notification-banner"))


def text_now(fact):
    db.session.expire_all()
    return db.session.get(Fact, fact.id).what_happened


def test_the_panel_lists_spelling_apart_from_the_rubric_and_says_grammar_is_off(pages, world):
    misspell(world)
    draft = world.assessments["wendy_draft"]
    pages.sign_in(world.user("wendy"))
    page = pages.get("author.facts", assessment_id=draft.id)
    assert text_of(page, "#spelling-title") == "Spelling and grammar (1)"
    assert text_of(page, "[data-grammar-off]") == OFF_NOTE
    [issue] = issues(page)
    assert issue.startswith("Spelling F1 “color” is not in the British English dictionary")
    assert "its color was yellow" in issue
    assert "colour" in [b.contents[0].strip() for b in page.select("[data-spelling-issue] button")]
    assert not any("dictionary" in f.get_text() for f in page.select(".assist-finding"))
    # Other sections do not list it; the item's own page lists it without buttons (what is
    # typed there would be lost by leaving the page).
    assert issues(pages.get("author.analysis", assessment_id=draft.id)) == []
    item_page = pages.get("author.fact_item", assessment_id=draft.id, item_id=misspell(world).id)
    assert len(issues(item_page)) == 1 and not item_page.select("[data-spelling-issue] form")


@pytest.mark.db
def test_a_suggestion_applied_changes_that_word_keeps_a_version_and_is_audited(pages, world):
    fact = misspell(world)
    draft = world.assessments["wendy_draft"]
    pages.sign_in(world.user("wendy"))
    page = pages.get("author.facts", assessment_id=draft.id)
    before = int(version_of(draft))
    response = post(
        pages, "author.apply_spelling", suggestion_form(page, "colour"), assessment_id=draft.id
    )
    assert response.status_code == 302
    assert response.location.endswith(f"/{draft.id}/facts#spelling-title")  # where it was
    assert text_now(fact) == MISSPELT.replace("color", "colour")
    assert int(version_of(draft)) == before + 1
    kept = version_store.snapshot_at(draft.id, before + 1)
    assert kept["facts"][0]["text"] == text_now(fact)
    event = db.session.scalar(sa.select(AuditEvent).where(AuditEvent.action == "apply_spelling"))
    assert event.detail == "item=F1"  # which item, never the words
    after = parse(pages.client.get(response.location))
    assert "Suggestion applied to F1" in text_of(after, ".govuk-notification-banner")
    assert issues(after) == []
    assert "No spelling mistakes found in this section." in text_of(after, "[data-spelling-list]")


@pytest.mark.db
def test_a_suggestion_for_text_changed_since_is_refused_and_changes_nothing(pages, world):
    fact = misspell(world)
    draft = world.assessments["wendy_draft"]
    pages.sign_in(world.user("wendy"))
    stale = suggestion_form(pages.get("author.facts", assessment_id=draft.id), "colour")
    newer = "Nursery saw a bruise; the color was blue and green"
    saved = post(
        pages,
        "author.fact_item",
        fact_answers(draft, what_happened=newer),
        assessment_id=draft.id,
        item_id=fact.id,
    )
    assert saved.status_code == 302
    response = post(pages, "author.apply_spelling", stale, assessment_id=draft.id)
    assert text_now(fact) == newer
    refused = parse(pages.client.get(response.location))
    assert "Nothing was changed" in banners(refused)
    # The same span tampered with on a current page is refused too.
    tampered = suggestion_form(pages.get("author.facts", assessment_id=draft.id), "colour")
    tampered["offset"] = "0"
    post(pages, "author.apply_spelling", tampered, assessment_id=draft.id)
    assert text_now(fact) == newer


def test_a_suggestion_still_applies_after_other_items_were_saved(pages, world):
    fact = world.items[("wendy_draft", "Fact")]
    draft = world.assessments["wendy_draft"]
    pages.sign_in(world.user("wendy"))
    # Saved the normal way, so the version the page shows is kept to compare with.
    answers = fact_answers(draft, what_happened=MISSPELT)
    post(pages, "author.fact_item", answers, assessment_id=draft.id, item_id=fact.id)
    form = suggestion_form(pages.get("author.facts", assessment_id=draft.id), "colour")
    other = post(pages, "author.fact_new", fact_answers(draft), assessment_id=draft.id)
    assert other.status_code == 302
    post(pages, "author.apply_spelling", form, assessment_id=draft.id)
    assert text_now(fact) == MISSPELT.replace("color", "colour")


def test_the_apply_route_needs_csrf_its_own_assessment_and_a_draft(app, pages, world):
    fact = misspell(world)
    draft = world.assessments["wendy_draft"]
    pages.sign_in(world.user("wendy"))
    form = suggestion_form(pages.get("author.facts", assessment_id=draft.id), "colour")
    app.config["WTF_CSRF_ENABLED"] = True
    for forged in (
        {**form, "csrf_token": "forged"},
        {k: v for k, v in form.items() if k != "csrf_token"},
    ):
        assert (
            post(pages, "author.apply_spelling", forged, assessment_id=draft.id).status_code == 400
        )
    app.config["WTF_CSRF_ENABLED"] = False
    assert text_now(fact) == MISSPELT
    submitted = world.assessments["wendy_submitted"]
    locked = post(pages, "author.apply_spelling", form, assessment_id=submitted.id)
    assert locked.status_code in (302, 404) and text_now(fact) == MISSPELT
    pages.sign_in(world.user("will"))
    assert post(pages, "author.apply_spelling", form, assessment_id=draft.id).status_code == 404
    assert text_now(fact) == MISSPELT


def test_the_authorisation_matrix_covers_the_apply_route(app, world):
    from tests.test_authorisation_matrix import _cases, _may

    cases = [c for c in _cases(app, world) if c[0] == "author.apply_spelling"]
    assert {c[1] for c in cases} == {"POST"}
    allowed = {
        (actor, c[2]["assessment_id"])
        for actor in ("wendy", "nadia", "tara")
        for c in cases
        if _may(world.user(actor), c[0], c[3], c[4], c[5])
    }
    # A trainee corrects spelling in their own practice answers too.
    assert allowed == {
        ("wendy", world.assessments["wendy_draft"].id),
        ("wendy", world.assessments["wendy_submitted"].id),
        ("tara", world.assessments["tara_practice"].id),
    }


def test_the_live_panel_api_includes_spelling(pages, world):
    misspell(world)
    draft = world.assessments["wendy_draft"]
    pages.sign_in(world.user("wendy"))
    answer = pages.client.post(
        "/api/check", json={"assessment_id": draft.id, "section": "facts", "back": "/x"}
    ).get_json()
    assert "Spelling and grammar (1)" in answer["html"]
    assert "color" in answer["html"] and "Grammar checking is off" in answer["html"]
    spelling = answer["spelling"]
    assert spelling["total"] == 1 and not spelling["grammar_checked"]
    [issue] = spelling["issues"]
    assert (issue["item"], issue["flagged"], issue["category"]) == ("F1", "color", "spelling")
    assert "colour" in issue["suggestions"] and issue["href"].endswith("#what_happened")


def test_a_tampered_suggestion_is_refused_without_an_error_page(pages, world):
    fact = misspell(world)
    draft = world.assessments["wendy_draft"]
    pages.sign_in(world.user("wendy"))
    form = suggestion_form(pages.get("author.facts", assessment_id=draft.id), "colour")
    for field, value, status in (
        ("offset", "²", 400),
        ("offset", "-1", 400),
        ("offset", "999999", 302),  # past the end: not the flagged words, so refused kindly
        ("field", "what_happened", 400),
        ("item", "F99", 400),
        ("item", "C1", 400),
        ("replacement", "colour\x00", 400),
        ("replacement", "x" * 201, 400),
        ("flagged", "", 400),
        ("back", "https://elsewhere.example/", 302),
    ):
        response = post(
            pages, "author.apply_spelling", {**form, field: value}, assessment_id=draft.id
        )
        assert response.status_code == status, (field, value, response.status_code)
        if field != "back":
            assert text_now(fact) == MISSPELT
    # The last one applied (a bad "back" only changes where it returns to): to this assessment.
    assert response.location.endswith(f"/cases/assessments/{draft.id}#spelling-title")
    assert text_now(fact) == MISSPELT.replace("color", "colour")


def test_without_a_dictionary_the_page_still_works_and_says_why(app, pages, world):
    misspell(world)
    app.extensions["assist.spelling"].offline.path = "/nowhere/en_GB"
    pages.sign_in(world.user("wendy"))
    page = pages.get("author.facts", assessment_id=world.assessments["wendy_draft"].id)
    assert "Ask your administrator to install hunspell-en-gb" in text_of(
        page, "[data-spelling-list]"
    )


def test_a_suggestion_is_refused_when_another_field_of_its_item_changed(pages, world):
    fact = world.items[("wendy_draft", "Fact")]
    draft = world.assessments["wendy_draft"]
    pages.sign_in(world.user("wendy"))
    answers = fact_answers(draft, what_happened=MISSPELT)
    post(pages, "author.fact_item", answers, assessment_id=draft.id, item_id=fact.id)
    form = suggestion_form(pages.get("author.facts", assessment_id=draft.id), "colour")
    # Another tab changes the same fact's source; the flagged word is untouched.
    answers = fact_answers(draft, what_happened=MISSPELT, source="Nursery manager, by phone")
    post(pages, "author.fact_item", answers, assessment_id=draft.id, item_id=fact.id)
    response = post(pages, "author.apply_spelling", form, assessment_id=draft.id)
    assert text_now(fact) == MISSPELT
    assert "Nothing was changed" in banners(parse(pages.client.get(response.location)))


def word_form(page, word, action):
    for form in page.select(f"form[action$='/spelling/{action}']"):
        if form.select_one("input[name=word]")["value"] == word:
            return {i["name"]: i["value"] for i in form.select("input")}
    raise AssertionError(f"no {action} form for {word!r}")


def press_word(pages, page, draft, word, action):
    """Press the ignore (or check again) button for ``word``; the page it returns to."""
    response = post(
        pages, f"author.{action}_word", word_form(page, word, action), assessment_id=draft.id
    )
    return parse(pages.client.get(response.location))


def test_a_word_ignored_in_one_assessment_is_not_flagged_there_until_checked_again(pages, world):
    misspell(world, "Seen at Brackenwold nursery; its color was yellow. Brackenwold staff agreed.")
    draft = world.assessments["wendy_draft"]
    pages.sign_in(world.user("wendy"))
    page = pages.get("author.facts", assessment_id=draft.id)
    assert flagged(page) == ["Brackenwold", "color", "Brackenwold"]
    before = version_of(draft)
    after = press_word(pages, page, draft, "Brackenwold", "ignore")
    assert "will not be flagged again" in banners(after)
    assert flagged(after) == ["color"]
    assert text_of(after, "[data-ignored-words] summary") == "Words ignored in this assessment (1)"
    # Ignoring changes no answer (no new version) and the audit log never holds the word.
    assert text_now(world.items[("wendy_draft", "Fact")]).startswith("Seen at Brackenwold")
    assert version_of(draft) == before
    events = db.session.scalars(sa.select(AuditEvent)).all()
    assert "ignore_spelling_word" in [event.action for event in events]
    assert not any("brackenwold" in (event.detail or "").lower() for event in events)
    # Only in this assessment: no other assessment accepts it.
    from assist.spelling_panel import ignored_words

    assert ignored_words(draft) == ["brackenwold"]
    assert ignored_words(world.assessments["wendy_submitted"]) == []
    # Checked again: flagged again.
    again = press_word(pages, after, draft, "brackenwold", "unignore")
    assert len(issues(again)) == 3 and not again.select("[data-ignored-words]")


def test_ignoring_a_possessive_ignores_the_word_and_a_double_press_ignores_it_once(pages, world):
    misspell(world, "Brackenwold's staff agreed; Brackenwold is near.")
    draft = world.assessments["wendy_draft"]
    pages.sign_in(world.user("wendy"))
    page = pages.get("author.facts", assessment_id=draft.id)
    form = word_form(page, "Brackenwold's", "ignore")
    for _ in range(2):
        assert post(pages, "author.ignore_word", form, assessment_id=draft.id).status_code == 302
    assert issues(pages.get("author.facts", assessment_id=draft.id)) == []
    from assist.spelling_panel import ignored_words

    assert ignored_words(draft) == ["brackenwold"]


def test_ignoring_a_word_is_refused_for_bad_input_a_locked_assessment_and_someone_else(
    pages, world
):
    misspell(world)
    draft = world.assessments["wendy_draft"]
    pages.sign_in(world.user("wendy"))
    form = word_form(pages.get("author.facts", assessment_id=draft.id), "color", "ignore")
    for bad in ("two words", "", "x" * 201, "<b>"):
        response = post(pages, "author.ignore_word", {**form, "word": bad}, assessment_id=draft.id)
        assert response.status_code == 302
        assert "not a single word" in banners(parse(pages.client.get(response.location)))
    submitted = world.assessments["wendy_submitted"]
    refused = post(pages, "author.ignore_word", form, assessment_id=submitted.id)
    assert "cannot be changed" in banners(parse(pages.client.get(refused.location)))
    pages.sign_in(world.user("will"))
    assert post(pages, "author.ignore_word", form, assessment_id=draft.id).status_code == 404
    pages.sign_in(world.user("wendy"))
    page = pages.get("author.facts", assessment_id=draft.id)
    assert len(issues(page)) == 1 and not page.select("[data-ignored-words]")


def test_a_trainee_fixes_spelling_in_their_own_answers_but_never_in_the_scenarios_facts(
    pages, world
):
    from assist.models import AnalysisStatement
    from tests.world import add_items

    practice = world.assessments["tara_practice"]
    add_items(world, "tara_practice", practice)
    analysis = world.items[("tara_practice", "AnalysisStatement")]
    analysis.meaning_for_child = "Its color means the bruise is days old"
    world.items[("tara_practice", "Fact")].what_happened = "The color of the bruise was yellow"
    db.session.commit()
    pages.sign_in(world.user("tara"))
    page = pages.get("author.analysis", assessment_id=practice.id)
    response = post(
        pages, "author.apply_spelling", suggestion_form(page, "colour"), assessment_id=practice.id
    )
    assert response.status_code == 302
    db.session.expire_all()
    assert db.session.get(AnalysisStatement, analysis.id).meaning_for_child.startswith("Its colour")
    # The scenario's facts list the word, with no button (on the task list too, where every
    # section's words are listed); a forged fix is refused.
    facts = pages.get("author.facts", assessment_id=practice.id)
    assert issues(facts) and not facts.select("[data-spelling-issue] form")
    task_list = pages.get("author.assessment", assessment_id=practice.id)
    [left] = task_list.select("[data-spelling-issue]")  # A1's was fixed above
    assert " F1 " in left.get_text(" ")
    assert not left.select("input[name=replacement]")
    forged = {**suggestion_form(page, "colour"), "item": "F1", "offset": "4"}
    assert (
        post(pages, "author.apply_spelling", forged, assessment_id=practice.id).status_code == 404
    )


def test_the_services_own_people_are_known_and_an_unknown_name_is_asked_about(pages, world):
    # Issue 14: the signed-in worker's own surname was flagged and offered "Kafir".
    worker = world.user("wendy")
    worker.name = "Sam Okafor"
    misspell(world, "Sam Okafor visited with Mrs Adebayo; its color was yellow")
    draft = world.assessments["wendy_draft"]
    pages.sign_in(worker)
    page = pages.get("author.facts", assessment_id=draft.id)
    assert flagged(page) == ["Adebayo", "color"]
    [name] = page.select("[data-spelling-name]")
    said = " ".join(name.get_text(" ").split())
    assert said.startswith("Name F1 Is “Adebayo” a name?")
    assert "Add “Adebayo” to this assessment's names" in said
    assert not name.select("input[name=replacement]")  # never "corrected"
    after = press_word(pages, page, draft, "Adebayo", "ignore")
    assert flagged(after) == ["color"]
    from assist.spelling_panel import ignored_words

    assert ignored_words(draft) == ["adebayo"]
