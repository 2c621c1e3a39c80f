"""A fact's date may be not known: it is never given a made-up day. Such a fact reads "Date not
known" wherever a date is shown, is listed after the dated facts on every engine, is counted on a
line of its own in the chronology, and the fact form takes "Not known" in place of a date. The
migration that allows it keeps every fact, on SQLite and PostgreSQL."""

from datetime import date

import pytest
import sqlalchemy as sa
from flask_migrate import downgrade, upgrade

from assist.database import MIGRATIONS_DIR
from assist.extensions import db
from assist.models import Child, Fact
from assist.models.content import DatePrecision, HowKnown
from tests.pages import chronology_cells, error_summary, parse
from tests.test_journey import fact_answers, post

BEFORE_THIS = "13a1_sections_to_confirm"  # the schema before a date could be not known


@pytest.fixture
def draft(world, pages):
    pages.sign_in(world.user("wendy"))
    return world.assessments["wendy_draft"]


def add_fact(draft, number, on, text, category="neglect"):
    fact = Fact(
        assessment_id=getattr(draft, "id", draft),
        number=number,
        occurred_on=on,
        date_precision=DatePrecision.EXACT if on else DatePrecision.UNKNOWN,
        what_happened=text,
        source="Imported Word document",
        how_known=HowKnown.RECORDS,
        category=category,
    )
    db.session.add(fact)
    db.session.commit()
    return fact


def chronology_rows(pages, draft):
    page = pages.get("author.facts", assessment_id=draft.id)
    return [row[:2] for row in chronology_cells(page)]


@pytest.mark.db
def test_a_fact_whose_date_is_not_known_says_so_and_comes_after_the_dated_ones(pages, draft):
    add_fact(draft, 2, None, "Dad left the family home")
    add_fact(draft, 3, date(2019, 5, 4), "Kai started nursery")
    # The same order on SQLite (NULLs first unless told) and PostgreSQL (NULLs last).
    assert chronology_rows(pages, draft) == [
        ["F3", "4 May 2019"],
        ["F1", "2 March 2026"],
        ["F2", "Date not known"],
    ]
    check = pages.get("author.check_answers", assessment_id=draft.id)
    assert "F2 · Date not known" in check.get_text(" ")
    analysis = pages.get("author.analysis_new", assessment_id=draft.id)
    choices = [label.get_text(" ", strip=True) for label in analysis.select("label")]
    assert "F2, Date not known: Dad left the family home" in choices
    assert choices.index("F2, Date not known: Dad left the family home") > choices.index(
        "F1, 2 March 2026: Nursery saw a bruise on his cheek"
    )


def test_the_chronology_counts_a_fact_with_no_date_last_and_in_no_period(pages, draft):
    add_fact(draft, 2, None, "Dad left the family home")
    add_fact(draft, 3, date(2026, 3, 20), "Kai missed nursery")
    page = pages.get("author.chronology_view", assessment_id=draft.id)
    periods = [
        [" ".join(cell.get_text(" ").split()) for cell in tr.select("th, td")]
        for tr in page.select("table tbody tr")
    ]
    # Two March facts span under eight weeks: counted by week. The undated fact stretches no
    # range back or forward; it is counted on a line of its own, into the running total.
    assert [row[0] for row in periods] == [
        "Week of 2 Mar 2026",
        "Week of 9 Mar 2026",
        "Week of 16 Mar 2026",
        "Date not known",
    ]
    assert periods[-1][-1] == "F2"
    assert periods[-1][-2] == "1 (3)"


def test_a_new_fact_can_have_its_date_not_known(pages, draft):
    answers = fact_answers(draft, occurred_on=["", "", ""], date_precision="unknown")
    response = post(pages, "author.fact_new", answers, assessment_id=draft.id)
    assert response.status_code == 302, error_summary(parse(response))
    assert chronology_rows(pages, draft)[-1] == ["F2", "Date not known"]
    form = pages.get("author.fact_new", assessment_id=draft.id)
    choices = [label.get_text(strip=True) for label in form.select("label[for^=date_precision]")]
    assert choices[-1] == "Not known"


@pytest.mark.parametrize(
    ("parts", "precision", "message"),
    [
        (["", "", ""], "exact", "Enter the date"),
        (
            ["14", "3", "2026"],
            "unknown",
            "Either leave the date empty because it is not known, or choose how exact the date is",
        ),
        (
            ["", "", "2019"],
            "unknown",
            "Either leave the date empty because it is not known, or choose how exact the date is",
        ),
        (
            ["14", "", ""],
            "unknown",
            "Either leave the date empty because it is not known, or choose how exact the date is",
        ),
    ],
)
def test_a_date_and_not_known_are_one_or_the_other(pages, draft, parts, precision, message):
    answers = fact_answers(draft, occurred_on=parts, date_precision=precision)
    response = post(pages, "author.fact_new", answers, assessment_id=draft.id)
    assert response.status_code == 200
    assert error_summary(parse(response)) == [message]


def test_an_imported_fact_with_no_date_is_edited_without_inventing_one(pages, draft):
    fact = add_fact(draft, 2, None, "Dad left the family home", category="imported: sort me")
    form = pages.get("author.fact_item", assessment_id=draft.id, item_id=fact.id)
    assert [
        form.select_one(f"#occurred_on-{part}").get("value") or ""
        for part in ["day", "month", "year"]
    ] == ["", "", ""]
    assert form.select_one("input[name=date_precision][checked]")["value"] == "unknown"
    answers = fact_answers(
        draft, occurred_on=["", "", ""], date_precision="unknown", category="other"
    )
    response = post(pages, "author.fact_item", answers, assessment_id=draft.id, item_id=fact.id)
    assert response.status_code == 302, error_summary(parse(response))
    db.session.expire_all()
    saved = db.session.get(Fact, fact.id)
    assert (saved.occurred_on, saved.date_precision, saved.category) == (
        None,
        DatePrecision.UNKNOWN,
        "other",
    )
    # Found later, the date goes in and "Not known" goes.
    answers = fact_answers(draft, occurred_on=["", "6", "2021"], date_precision="exact")
    post(pages, "author.fact_item", answers, assessment_id=draft.id, item_id=fact.id)
    db.session.expire_all()
    saved = db.session.get(Fact, fact.id)
    assert (saved.occurred_on, saved.date_precision) == (date(2021, 6, 1), DatePrecision.MONTH)


@pytest.mark.db
def test_a_date_is_stored_exactly_when_it_is_known(draft):
    for on, precision in ((None, DatePrecision.EXACT), (date(2020, 1, 1), DatePrecision.UNKNOWN)):
        db.session.add(
            Fact(
                assessment_id=draft.id,
                number=9,
                occurred_on=on,
                date_precision=precision,
                what_happened="x",
                source="x",
                how_known=HowKnown.RECORDS,
            )
        )
        with pytest.raises(sa.exc.IntegrityError):
            db.session.commit()
        db.session.rollback()


facts_table = sa.table(
    "facts",
    sa.column("id"),
    sa.column("occurred_on"),
    sa.column("date_precision"),
    sa.column("created_at"),
)
fact_children = sa.table("fact_children", sa.column("fact_id"), sa.column("child_id"))


def _facts():
    with db.engine.connect() as connection:
        return {
            row.id: (str(row.occurred_on), row.date_precision)
            for row in connection.execute(sa.select(facts_table))
        }


def _concerning():
    with db.engine.connect() as connection:
        return set(connection.execute(sa.select(fact_children)).all())


@pytest.mark.db
def test_the_migration_keeps_every_fact_both_ways(world, draft):
    # A fact about one of two children: SQLite copies the facts table to change a column, and
    # dropping the old one would take these rows with it.
    amy = Child(assessment_id=draft.id, name="Amy", position=1)
    db.session.add(amy)
    db.session.flush()
    add_fact(draft, 2, date(2021, 6, 1), "Amy moved school").children = [amy]
    db.session.commit()
    draft_id = draft.id
    db.session.remove()
    downgrade(directory=MIGRATIONS_DIR, revision=BEFORE_THIS)
    before, concerning = _facts(), _concerning()
    assert len(before) == 4 and len(concerning) == 1  # three drafts' facts and Amy's
    columns = {c["name"]: c for c in sa.inspect(db.engine).get_columns("facts")}
    assert columns["occurred_on"]["nullable"] is False

    upgrade(directory=MIGRATIONS_DIR)
    assert _facts() == before
    assert _concerning() == concerning
    columns = {c["name"]: c for c in sa.inspect(db.engine).get_columns("facts")}
    assert columns["occurred_on"]["nullable"] is True
    undated = add_fact(draft_id, 3, None, "Dad left the family home").id
    db.session.remove()

    # Back down, a date not known becomes the day the fact was added, "about" it, as before.
    downgrade(directory=MIGRATIONS_DIR, revision=BEFORE_THIS)
    after = _facts()
    assert {k: v for k, v in after.items() if k in before} == before
    assert after[undated][1] == "approximate" and after[undated][0] != "None"
    assert _concerning() == concerning
    upgrade(directory=MIGRATIONS_DIR)


def test_an_imported_fact_with_no_source_asks_for_one_and_never_offers_the_placeholder(
    pages, draft
):
    fact = add_fact(draft, 2, None, "Dad left the family home")
    form = pages.get("author.fact_item", assessment_id=draft.id, item_id=fact.id)
    assert (form.select_one("#source").get("value") or "") == ""
    answers = fact_answers(draft, occurred_on=["", "", ""], date_precision="unknown", source="")
    response = post(pages, "author.fact_item", answers, assessment_id=draft.id, item_id=fact.id)
    assert error_summary(parse(response)) == ["Enter who said so or which document it comes from"]
    answers["source"] = "Health visitor's letter"
    post(pages, "author.fact_item", answers, assessment_id=draft.id, item_id=fact.id)
    db.session.expire_all()
    assert db.session.get(Fact, fact.id).source == "Health visitor's letter"
