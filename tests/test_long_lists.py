"""A long chronology (hundreds of facts) read 100 facts a page: the facts page, check your
answers and the reasoning map stay small, "Show all" still shows everything, and a link to a
fact opens the page it is on. The facts are invented."""

import re
from datetime import date, timedelta

import pytest

from assist.author.journey_page import FINDINGS_LISTED
from assist.extensions import db
from assist.journey import items
from assist.models import AnalysisStatement, Assessment, Fact
from assist.models.content import HowKnown, ItemKind, LinkRole
from tests.pages import parse, text_of

ADDED = 250


def add_long_chronology(draft, count=ADDED):
    """``count`` more facts, a day apart from 1 January 2001 (before the draft's own facts), and
    an analysis citing the latest of them."""
    first = items.next_number(Fact, draft.id)
    facts = [
        Fact(
            assessment_id=draft.id,
            number=first + n,
            occurred_on=date(2001, 1, 1) + timedelta(days=n),
            what_happened=f"Nursery noted Kai came in without breakfast (day {n + 1})",
            source="Nursery manager",
            how_known=HowKnown.PROFESSIONAL,
            category="neglect",
        )
        for n in range(count)
    ]
    db.session.add_all(facts)
    analysis = AnalysisStatement(
        assessment_id=draft.id,
        number=items.next_number(AnalysisStatement, draft.id),
        meaning_for_child="For Kai this means he starts the day hungry.",
    )
    db.session.add(analysis)
    db.session.flush()
    items.set_links(
        draft.id, ItemKind.ANALYSIS, analysis.id, LinkRole.SUPPORTS, [(ItemKind.FACT, facts[-1].id)]
    )
    db.session.commit()


@pytest.fixture
def long_draft(world, pages):
    """Wendy's draft with 250 more facts."""
    pages.sign_in(world.user("wendy"))
    draft = world.assessments["wendy_draft"]
    add_long_chronology(draft)
    return draft


def chronology_refs(page):
    return [row["id"] for row in page.select(".assist-chronology tbody tr")]


def all_refs(draft):
    return [fact.reference for fact in items.load(draft.id).facts]


def test_the_facts_page_shows_100_facts_a_page_with_govuk_pagination(pages, long_draft):
    everything = all_refs(long_draft)
    total = len(everything)
    page = pages.get("author.facts", assessment_id=long_draft.id)
    assert chronology_refs(page) == everything[:100]
    assert page.title.get_text().startswith("Facts and chronology (page 1 of 3)")
    assert f"Showing facts 1 to 100 of {total} facts" in text_of(page, "#facts-shown")
    # The GOV.UK component, above and below the table, naming its landmark.
    navs = page.select("nav.govuk-pagination[aria-label^='Pages of the chronology']")
    assert len(navs) == 2
    current = navs[0].select_one("[aria-current=page]")
    assert current.get_text(strip=True) == "1" and current["aria-label"] == "Page 1"
    assert navs[0].select_one("a[rel=next]")["href"].endswith("/facts?page=2")
    assert navs[0].select_one("a[rel=prev]") is None

    second = parse(pages.client.get(navs[0].select_one("a[rel=next]")["href"]))
    assert chronology_refs(second) == everything[100:200]
    assert second.select_one("nav.govuk-pagination a[rel=prev]")["href"].endswith("?page=1")
    last = pages.get("author.facts", assessment_id=long_draft.id, page=3)
    assert chronology_refs(last) == everything[200:]
    assert last.select_one("nav.govuk-pagination a[rel=next]") is None
    # A page past the end, or no number at all, shows the nearest page rather than an error.
    assert (
        chronology_refs(pages.get("author.facts", assessment_id=long_draft.id, page=99))
        == (everything[200:])
    )
    assert (
        chronology_refs(
            parse(
                pages.client.get(pages.url("author.facts", assessment_id=long_draft.id) + "?page=x")
            )
        )
        == everything[:100]
    )


def test_show_all_still_shows_every_fact_and_the_way_back(pages, long_draft):
    everything = all_refs(long_draft)
    page = pages.get("author.facts", assessment_id=long_draft.id)
    show_all = page.select_one("#facts-shown a")
    assert show_all.get_text(strip=True) == f"Show all {len(everything)} facts"
    every = parse(pages.client.get(show_all["href"]))
    assert chronology_refs(every) == everything
    assert every.select("nav.govuk-pagination") == []
    back = every.select_one("#facts-shown a")
    assert back.get_text(strip=True) == "Show 100 facts a page"
    assert chronology_refs(parse(pages.client.get(back["href"]))) == everything[:100]


def test_a_link_to_a_fact_opens_the_page_it_is_on(pages, long_draft):
    everything = all_refs(long_draft)
    latest = everything[-1]  # the fact the analysis cites, on the last page
    # The analysis page's "Rests on" link, followed as a person would.
    analysis = pages.get("author.analysis", assessment_id=long_draft.id)
    link = analysis.select_one(f".assist-links a[href$='#{latest}']")
    assert f"fact={latest}" in link["href"]
    landed = parse(pages.client.get(link["href"].split("#")[0]))
    assert landed.select_one(f"#{latest}") is not None
    assert landed.select_one("nav.govuk-pagination [aria-current=page]").get_text(strip=True) == (
        str(everything.index(latest) // 100 + 1)
    )
    # A reference that names no fact opens the first page.
    unknown = pages.get("author.facts", assessment_id=long_draft.id, fact="F99999")
    assert chronology_refs(unknown) == everything[:100]


def test_changing_a_fact_goes_back_to_its_page(pages, long_draft):
    everything = all_refs(long_draft)
    on_page_two = everything[150]
    fact = next(f for f in items.load(long_draft.id).facts if f.reference == on_page_two)
    page = pages.get("author.facts", assessment_id=long_draft.id, page=2)
    change = page.select_one(f"#{on_page_two} a[href*='/facts/{fact.id}']")
    assert change.get_text(" ", strip=True) == f"Change fact {on_page_two}"
    form = pages.get("author.fact_item", assessment_id=long_draft.id, item_id=fact.id)
    assert form.select_one(".govuk-back-link")["href"].endswith(f"/facts?fact={on_page_two}")
    response = pages.client.post(
        pages.url("author.fact_item", assessment_id=long_draft.id, item_id=fact.id),
        data={
            "version": str(db.session.get(Assessment, long_draft.id).version),
            "occurred_on": [str(fact.occurred_on.day), str(fact.occurred_on.month), "2001"],
            "date_precision": "exact",
            "what_happened": "Nursery noted Kai came in without breakfast and a coat",
            "source": "Nursery manager",
            "how_known": "reported_by_professional",
            "corroborated": "unknown",
            "category": "neglect",
        },
    )
    assert response.status_code == 302
    assert response.location.endswith(f"/facts?fact={on_page_two}")
    back = parse(pages.client.get(response.location))
    assert "without breakfast and a coat" in text_of(back, f"#{on_page_two}")


def test_the_rows_share_one_delete_form_and_one_csrf_token(pages, long_draft):
    page = pages.get("author.facts", assessment_id=long_draft.id, page=2)
    form = page.select_one("form#delete-facts")
    assert len(form.select("input[name=csrf_token]")) == 1
    assert page.select(".assist-chronology input") == []
    buttons = page.select(".assist-chronology button[form=delete-facts]")
    assert len(buttons) == 100
    first = page.select_one(".assist-chronology tbody tr")
    fact_id = next(f.id for f in items.load(long_draft.id).facts if f.reference == first["id"])
    assert first.select_one("button")["formaction"].endswith(f"/facts/{fact_id}/delete")


def test_a_short_chronology_is_one_page_as_before(pages, world):
    pages.sign_in(world.user("wendy"))
    draft = world.assessments["wendy_draft"]
    page = pages.get("author.facts", assessment_id=draft.id)
    assert chronology_refs(page) == all_refs(draft)
    assert page.select("nav.govuk-pagination") == [] and page.select_one("#facts-shown") is None
    check = pages.get("author.check_answers", assessment_id=draft.id)
    assert "Show all" not in text_of(check, "#check-facts")


def test_check_your_answers_lists_the_first_100_facts_and_links_to_all(pages, long_draft):
    everything = all_refs(long_draft)
    check = pages.get("author.check_answers", assessment_id=long_draft.id)
    card = check.select_one("#check-facts")
    keys = [k.get_text(strip=True).split(" ")[0] for k in card.select(".govuk-summary-list__key")]
    assert keys == everything[:100]
    assert f"These are the first 100 of {len(everything)} facts" in text_of(card, "p")
    every = parse(pages.client.get(card.select_one("a[href*='show=all']")["href"]))
    assert len(every.select("#check-facts .govuk-summary-list__row")) == len(everything)


def test_the_map_leaves_out_facts_nothing_uses_and_lists_them_on_one_line(pages, long_draft):
    everything = all_refs(long_draft)
    page = pages.get("author.reasoning_map", assessment_id=long_draft.id)
    table_refs = [th.get_text(strip=True) for th in page.select("tbody th[scope=row]")]
    assert everything[-1] in table_refs  # cited by the analysis
    assert everything[0] not in table_refs  # used by nothing
    lone = next(
        li for li in page.select(".assist-orphans li") if "No analysis or risk uses" in li.text
    )
    listed = lone.strong.get_text().split(", ")
    assert everything[0] in listed and everything[-1] not in listed
    show_all = page.select_one(".assist-orphans + p a")
    assert show_all.get_text(strip=True) == f"Show all {len(everything)} facts in the map"
    every = parse(pages.client.get(show_all["href"]))
    every_refs = [th.get_text(strip=True) for th in every.select("tbody th[scope=row]")]
    assert set(everything) <= set(every_refs)


def findings_named(page):
    """The references the panel's findings name (beside their level's tag)."""
    texts = (strong.get_text(strip=True) for strong in page.select(".assist-finding p > strong"))
    return {text for text in texts if re.fullmatch(r"[A-Z]+\d+", text)}


def test_the_findings_panel_speaks_of_this_pages_facts_and_counts_the_rest(pages, long_draft):
    everything = all_refs(long_draft)
    page = pages.get("author.facts", assessment_id=long_draft.id, page=2)
    named = findings_named(page)
    assert named and named <= set(everything[100:200])
    note = text_of(page, ".assist-findings > p.govuk-body-s")
    assert note.startswith("About the facts on this page and the chronology as a whole.")
    # Every fact here reads as reported information written as fact: a finding each.
    every = pages.get("author.facts", assessment_id=long_draft.id, show="all", findings="all")
    assert set(everything[:100]) | set(everything[200:]) <= findings_named(every)
    assert every.select_one(".assist-findings > p.govuk-body-s") is None


def test_a_panel_of_hundreds_of_findings_lists_the_most_serious_and_links_to_all(pages, long_draft):
    check = pages.get("author.check_answers", assessment_id=long_draft.id)
    total = int(text_of(check, "#findings-title").split("(")[1].rstrip(")").replace(",", ""))
    assert total > 250
    assert len(check.select(".assist-finding")) == FINDINGS_LISTED
    more = check.select_one("[data-findings-list] > p.govuk-body")
    assert " ".join(more.get_text().split()).startswith(
        f"These are the {FINDINGS_LISTED} most serious of {total}."
    )
    every = parse(pages.client.get(more.a["href"]))
    assert len(every.select(".assist-finding")) == total
    # On a page of the chronology (a finding on each of its 100 facts, and one on the whole
    # chronology), "Show all" keeps the page.
    second = pages.get("author.facts", assessment_id=long_draft.id, page=2)
    link = second.select_one("[data-findings-list] > p.govuk-body a")
    assert "page=2" in link["href"] and "findings=all" in link["href"]
