"""POST /api/check, the live panel's refresh: each answer names the version of the assessment
whose text it checked, so the panel never shows an answer about text it did not ask about."""

import time

import pytest

from assist import api
from assist.spelling import offline
from tests.test_journey import fact_answers

pytestmark = pytest.mark.db
JSON = {"Accept": "application/json"}


@pytest.fixture
def draft(world, pages):
    pages.sign_in(world.user("wendy"))
    return world.assessments["wendy_draft"]


def _fact_url(pages, draft, world):
    fact = world.items[("wendy_draft", "Fact")]
    return pages.url("author.fact_item", assessment_id=draft.id, item_id=fact.id)


def _autosave(pages, url, answers):
    saved = pages.client.post(url, data=answers, headers=JSON)
    assert saved.status_code == 200, saved.get_json()
    return saved.get_json()["version"]


def _check(pages, draft, actions=False):
    answer = pages.client.post(
        "/api/check",
        json={"assessment_id": draft.id, "section": "facts", "actions": actions, "back": "/x"},
    )
    assert answer.status_code == 200
    return answer.get_json()


def test_a_check_names_the_version_whose_text_it_checked(pages, draft, world):
    url = _fact_url(pages, draft, world)
    saved = _autosave(pages, url, fact_answers(draft, what_happened="The nursary saw a bruise"))
    answer = _check(pages, draft)
    assert answer["version"] == saved
    assert [issue["flagged"] for issue in answer["spelling"]["issues"]] == ["nursary"]


def test_a_check_during_which_another_save_landed_names_no_version(
    pages, draft, world, monkeypatch
):
    # Another tab saves while the rubric reads the assessment: the spelling checked next may be
    # that save's text, so the answer cannot say which version it is about.
    url = _fact_url(pages, draft, world)
    before = _autosave(pages, url, fact_answers(draft, what_happened="The nursery saw a bruise"))
    other_tab = fact_answers(draft, what_happened="The nursary saw a bruise")
    checking = api.findings_for

    def another_tab_saves_meanwhile(assessment, **kwargs):
        found = checking(assessment, **kwargs)
        _autosave(pages, url, other_tab)
        return found

    monkeypatch.setattr(api, "findings_for", another_tab_saves_meanwhile)
    answer = _check(pages, draft)
    assert answer["version"] is None
    monkeypatch.undo()
    assert _check(pages, draft)["version"] == before + 1


def test_an_item_pages_check_lists_its_words_without_waiting_for_replacements(
    pages, draft, world, monkeypatch
):
    # An item's own edit page offers no replacements (pressing one would lose what is being
    # typed), so its check does not wait for them: on a busy machine the first ones take seconds
    # (an index is built), and meanwhile the panel could only say it was still checking.
    def slow_suggestions(path, word):
        time.sleep(1)
        return ("nursery",)

    monkeypatch.setattr(offline, "_suggest", slow_suggestions)
    monkeypatch.delitem(offline._suggesting, (offline.DICTIONARY, "nursary"), raising=False)
    url = _fact_url(pages, draft, world)
    _autosave(pages, url, fact_answers(draft, what_happened="The nursary saw a bruise"))
    [listed] = _check(pages, draft)["spelling"]["issues"]
    assert (listed["flagged"], listed["suggestions"]) == ("nursary", [])
    # A page that offers replacements waits for them, as before.
    [offered] = _check(pages, draft, actions=True)["spelling"]["issues"]
    assert offered["suggestions"] == ["nursery"]
    offline._suggesting.pop((offline.DICTIONARY, "nursary"), None)


def test_thousands_of_nested_arrays_are_a_plain_400_not_a_500(pages, draft):
    body = "[" * 5000 + "]" * 5000
    answer = pages.client.post(
        "/api/check",
        data=body,
        headers={"Content-Type": "application/json", "Accept": "application/json"},
    )
    assert answer.status_code == 400
    assert "Send a JSON object" in answer.get_json()["error"]
