"""Add several facts at once: paste or upload a chronology, check it, add it as one version."""

import io
from datetime import UTC, date, datetime

import pytest
import sqlalchemy as sa
import time_machine

from assist.extensions import db
from assist.models import AssessmentVersion, AuditEvent, Child, Fact
from assist.models.content import DatePrecision
from tests.conftest import count
from tests.pages import chronology_cells, error_summary, parse, text_of
from tests.test_journey import fact_answers, post, version_of

TODAY = date(2026, 12, 5)
HEADINGS = "Date\tWhat happened\tSource\tHow known\tCategory"
ROWS = [
    "12/09/2026\tMum rang the school to say Kai was ill\tSchool office\tFrom records\tEducation",
    "Sept 2025\tKai moved to a new school\tSchool records\tFrom records\tEducation",
    "c. 2019\tParents separated\tMum\tSaid by a parent or carer\tOther",
    "3 March 2026\tNursery saw a bruise on his arm\tNursery manager\t"
    "Reported by another professional\tPhysical harm",
]


@pytest.fixture(autouse=True)
def frozen():
    # Ticking: a save's version moves on only when its time does.
    with time_machine.travel(datetime(2026, 12, 5, 12, tzinfo=UTC)):
        yield


@pytest.fixture
def draft(world, pages):
    pages.sign_in(world.user("wendy"))
    return world.assessments["wendy_draft"]


def send(pages, draft, status=200, **answers):
    data = {"version": version_of(draft), "check": "Check these facts", **answers}
    response = pages.client.post(
        pages.url("author.several_facts", assessment_id=draft.id), data=data
    )
    assert response.status_code == status, response.status_code
    return response


def preview(pages, draft, text, **answers):
    page = parse(send(pages, draft, chronology=text, **answers))
    return page, {
        "columns": [s.get("name") for s in page.select("select[name^=columns-]")],
        "checked": page.select_one("input[name=checked]").get("value"),
        "rows": [
            [" ".join(td.get_text(" ").split()) for td in tr.select("th, td")]
            for tr in page.select("#facts-to-add ~ div table tbody tr")
        ],
    }


def columns_of(page):
    return {
        select["name"]: select.select_one("option[selected]")["value"]
        for select in page.select("select[name^=columns-]")
    }


def test_the_facts_page_links_to_adding_several(pages, draft):
    page = pages.get("author.facts", assessment_id=draft.id)
    link = page.find("a", string=lambda s: s and "Add several facts at once" in s)
    assert link["href"] == pages.url("author.several_facts", assessment_id=draft.id)
    page = pages.get("author.several_facts", assessment_id=draft.id)
    assert page.select_one("label[for=chronology]").get_text(strip=True) == "Paste your chronology"
    assert page.select_one("input[type=file][name=upload]") is not None


def test_a_pasted_chronology_is_checked_then_added_as_one_version_in_date_order(pages, draft):
    text = "\n".join([HEADINGS, *ROWS])
    page, seen = preview(pages, draft, text)
    assert not error_summary(page)
    assert [row[0] for row in seen["rows"]] == ["2", "3", "4", "5"]
    assert seen["rows"][0][1].startswith("12 September 2026 Exact date")
    assert seen["rows"][1][1].startswith("September 2025 Sometime that month, from “Sept 2025”")
    assert seen["rows"][2][1].startswith("About 2019 Approximate, from “c. 2019”")
    assert page.select_one("button[name=add]").get_text(strip=True) == "Add 4 facts"
    before = version_of(draft)
    versions = count(AssessmentVersion, AssessmentVersion.assessment_id == draft.id)

    response = send(
        pages,
        draft,
        302,
        chronology=text,
        checked=seen["checked"],
        add="Add 4 facts",
        **columns_of(page),
    )
    assert response.location.startswith(pages.url("author.facts", assessment_id=draft.id))
    assert int(version_of(draft)) == int(before) + 1
    assert count(AssessmentVersion, AssessmentVersion.assessment_id == draft.id) == versions + 1
    facts = db.session.scalars(
        sa.select(Fact).where(Fact.assessment_id == draft.id).order_by(Fact.number)
    ).all()
    added = [(f.reference, f.what_happened[:20], f.date_precision) for f in facts[1:]]
    assert added == [
        ("F2", "Parents separated", DatePrecision.APPROXIMATE),
        ("F3", "Kai moved to a new s", DatePrecision.MONTH),
        ("F4", "Nursery saw a bruise", DatePrecision.EXACT),
        ("F5", "Mum rang the school ", DatePrecision.EXACT),
    ]
    audit = db.session.scalars(sa.select(AuditEvent).where(AuditEvent.action == "add_facts")).one()
    assert audit.detail.endswith("facts=4") and "Parents" not in audit.detail

    page = parse(pages.client.get(response.location))
    dates = [" ".join(td.get_text(" ").split()) for td in page.select("tbody tr td:nth-of-type(1)")]
    assert dates[:3] == ["About 2019", "September 2025", "2 March 2026"]
    assert "4 facts added" in text_of(page, ".govuk-notification-banner")

    undo = page.select_one("form[action$='/facts/several/undo']")
    assert undo.select_one("button").get_text(strip=True) == "Undo adding them"
    hidden = {field["name"]: field["value"] for field in undo.select("input[type=hidden]")}
    response = pages.client.post(undo["action"], data=hidden)
    assert response.status_code == 302
    assert count(Fact, Fact.assessment_id == draft.id, Fact.deleted_at.is_(None)) == 1


def test_bad_rows_stay_on_the_page_with_their_problem_and_can_be_left_out(pages, draft):
    rows = [
        *ROWS[:2],
        "31/02/2021\tSomething\tSchool\tFrom records\tOther",
        "12/09/2030\tA review\tSchool\tFrom records\tOther",
        "\tUndated\tSchool\tFrom records\tOther",  # an empty date: left out by mistake?
        ROWS[0],
    ]
    page, seen = preview(pages, draft, "\n".join([HEADINGS, *rows]))
    assert error_summary(page) == [
        "There is no date (1 row)",
        "Row 4: '31/02/2021' is not a date",
        "Row 5: '12/09/2030' is in the future",
        "Row 7: It is the same as row 2",
    ]
    assert page.select_one("button[name=add]") is None
    assert len(seen["rows"]) == 6  # none dropped

    # Adding without a fresh check saves nothing.
    send(pages, draft, chronology="\n".join([HEADINGS, *rows]), add="Add", **columns_of(page))
    assert count(Fact, Fact.assessment_id == draft.id) == 1

    answers = {**columns_of(page), "leave_out": ["4", "5", "6", "7"]}
    page, seen = preview(pages, draft, "\n".join([HEADINGS, *rows]), **answers)
    assert not error_summary(page)
    assert page.select_one("button[name=add]").get_text(strip=True) == "Add 2 facts"
    send(
        pages,
        draft,
        302,
        chronology="\n".join([HEADINGS, *rows]),
        checked=seen["checked"],
        add="Add",
        **answers,
    )
    assert count(Fact, Fact.assessment_id == draft.id) == 3


def test_unmatched_headings_are_chosen_with_selects_and_defaults_fill_blanks(pages, draft):
    text = "When it was\tNotes\tWho told us\n12/09/2026\tMum rang\tSchool\n2019\tMoved house\t"
    page, seen = preview(pages, draft, text)
    assert columns_of(page) == {"columns-0": "", "columns-1": "text", "columns-2": ""}
    assert "Choose which column holds the date" in error_summary(page)
    answers = {
        "columns-0": "date",
        "columns-1": "text",
        "columns-2": "source",
        "default_source": "Case file",
        "default_how_known": "from_records",
        "default_category": "other",
    }
    page, seen = preview(pages, draft, text, **answers)
    assert not error_summary(page)
    assert seen["rows"][1][3] == "Case file From records"


def test_children_are_matched_by_name(pages, draft, world):
    db.session.add(Child(assessment_id=draft.id, name="Amy Smith", position=1))
    db.session.commit()
    text = (
        "Date\tWhat happened\tSource\tHow known\tCategory\tWhich child\n"
        "2019\tA\tS\tFrom records\tOther\tAmy\n"
        "2020\tB\tS\tFrom records\tOther\tboth\n"
        "2021\tC\tS\tFrom records\tOther\tZed\n"
    )
    page, seen = preview(pages, draft, text)
    assert seen["rows"][0][4] == "Amy Smith"
    assert seen["rows"][1][4] == "All children"
    assert error_summary(page)[0].startswith("Row 4: 'Zed' is not one of this assessment's")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "Paste your chronology or choose a file: nothing was pasted or uploaded"),
        ("12/09/2026\n2019\n", "Only one column was found"),
        ("Date\tWhat happened\n" + "2019\tx\n" * 10_000, "There are 10,000 rows: add at most 500"),
        ("Date\tWhat happened\n" + "2019\tx\n" * 501, "There are 501 rows: add at most 500"),
        ("PK\x03\x04" + "\ufffd" * 200, "This does not look like text copied from a table"),
    ],
)
def test_what_cannot_be_read_says_why_and_saves_nothing(pages, draft, text, message):
    page = parse(send(pages, draft, chronology=text))
    assert error_summary(page)[0].startswith(message)
    assert count(Fact, Fact.assessment_id == draft.id) == 1


def test_a_formula_is_kept_as_text(pages, draft):
    text = f'{HEADINGS}\n2019\t=HYPERLINK("http://example.invalid","click")\tS\tFrom records\tOther'
    page, seen = preview(pages, draft, text)
    assert seen["rows"][0][2].startswith('=HYPERLINK("http://example.invalid","click")')
    assert page.select_one("#row-2 a") is None


def test_another_users_assessment_is_refused(pages, world, draft):
    other = world.assessments["sasha_draft"]
    response = pages.client.post(
        pages.url("author.several_facts", assessment_id=other.id),
        data={"version": "1", "chronology": "\n".join([HEADINGS, *ROWS]), "check": "Check"},
    )
    assert response.status_code == 404
    assert count(Fact, Fact.assessment_id == other.id) == 1


def test_an_uploaded_spreadsheet_becomes_rows_to_check(pages, draft):
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Date", "What happened", "Source", "How known", "Category"])
    sheet.append([date(2026, 9, 12), "Mum rang", "School", "From records", "Education"])
    sheet.append([date(2021, 6, 1), "Moved", "Records", "From records", "Other"])
    sheet["A3"].number_format = "mmm-yy"
    sheet.append(["2019", "=1+1", "Records", "From records", "Other"])
    sheet["B4"].data_type = "s"
    data = io.BytesIO()
    workbook.save(data)
    response = pages.client.post(
        pages.url("author.several_facts", assessment_id=draft.id),
        data={
            "version": version_of(draft),
            "check": "Check",
            "upload": (io.BytesIO(data.getvalue()), "chronology.xlsx"),
        },
        content_type="multipart/form-data",
    )
    page = parse(response)
    assert "Mum rang" in page.select_one("textarea[name=chronology]").get_text()
    rows = [" ".join(tr.get_text(" ").split()) for tr in page.select("#row-2, #row-3, #row-4")]
    assert rows[0].startswith("2 12 September 2026")
    assert rows[1].startswith("3 June 2021 Sometime that month")


def test_a_file_that_is_no_spreadsheet_is_refused_plainly(pages, draft):
    response = pages.client.post(
        pages.url("author.several_facts", assessment_id=draft.id),
        data={
            "version": version_of(draft),
            "check": "Check",
            "upload": (io.BytesIO(b"not a zip"), "chronology.xlsx"),
        },
        content_type="multipart/form-data",
    )
    assert error_summary(parse(response)) == [
        "The file is damaged or is not an Excel (.xlsx) spreadsheet"
    ]


def _as_a_browser_sends(page, button):
    """Every field of the page's form as a browser posts it: a text box's lines end in CRLF."""
    form = page.select_one("form textarea[name=chronology]").find_parent("form")
    data = {}
    for field in form.select("input, select, textarea"):
        name = field.get("name")
        if not name or field.get("type") == "submit":
            continue
        if field.name == "textarea":
            data[name] = field.get_text().replace("\n", "\r\n")
        elif field.name == "select":
            chosen = field.select_one("option[selected]") or field.select_one("option")
            data[name] = chosen.get("value", "") if chosen else ""
        elif field.get("type") in ("checkbox", "radio"):
            if field.has_attr("checked"):
                data.setdefault(name, []).append(field.get("value", "on"))
        else:
            data[name] = field.get("value", "")
    data[button] = "Add"
    return data


def test_an_uploaded_chronology_checked_once_is_added_at_the_first_press(pages, draft):
    csv_file = io.BytesIO(
        b"Date,What happened,Source,How known,Category\n"
        b"12/09/2025,Mum rang the school,Class teacher,From records,Education\n"
        b"03/04/2025,Kai missed nursery,Nursery,From records,Education\n"
    )
    response = pages.client.post(
        pages.url("author.several_facts", assessment_id=draft.id),
        data={"version": version_of(draft), "check": "Check", "upload": (csv_file, "c.csv")},
        content_type="multipart/form-data",
    )
    page = parse(response)
    answer = pages.client.post(
        pages.url("author.several_facts", assessment_id=draft.id),
        data=_as_a_browser_sends(page, "add"),
    )
    assert answer.status_code == 302, error_summary(parse(answer))


def test_an_answer_missing_from_every_row_is_one_problem_linked_to_where_it_is_fixed(pages, draft):
    rows = "\n".join(f"1{n % 9 + 1}/03/2025\tVisit {n}\tNursery\tFrom records" for n in range(30))
    response = pages.client.post(
        pages.url("author.several_facts", assessment_id=draft.id),
        data={
            "version": version_of(draft),
            "check": "Check",
            "chronology": "Date\tWhat happened\tSource\tHow known\n" + rows,
        },
    )
    page = parse(response)
    links = page.select(".govuk-error-summary__list a")
    about_category = [a for a in links if "There is no category" in a.get_text()]
    assert len(about_category) == 1 and "(30 rows)" in about_category[0].get_text()
    assert page.select_one(about_category[0]["href"]) is not None  # the select it is fixed in


def test_a_row_whose_date_is_unknown_is_added_with_its_date_not_known_listed_last(pages, draft):
    rows = [
        "unknown\tDad left the family home\tMum\tSaid by a parent or carer\tOther",
        "n/k\tKai had a broken arm\tGP letter\tFrom records\tPhysical harm",
        ROWS[0],
    ]
    text = "\n".join([HEADINGS, *rows])
    page, seen = preview(pages, draft, text)
    assert not error_summary(page)
    assert seen["rows"][0][1] == "Date not known Not known, from “unknown”"
    assert seen["rows"][1][1] == "Date not known Not known, from “n/k”"
    response = send(
        pages, draft, 302, chronology=text, checked=seen["checked"], add="Add", **columns_of(page)
    )
    page = parse(pages.client.get(response.location))
    chronology = [row[:3] for row in chronology_cells(page)]
    # Numbered in date order, those with no date after the rest, and listed so.
    assert [row[:2] for row in chronology] == [
        ["F1", "2 March 2026"],
        ["F2", "12 September 2026"],
        ["F3", "Date not known"],
        ["F4", "Date not known"],
    ]
    assert chronology[2][2].startswith("Dad left the family home")


@pytest.mark.parametrize(
    ("written", "reads"),
    [
        ("Records", "From records"),
        ("record", "From records"),
        ("Parent said", "Said by a parent or carer"),
        ("told by mum", "Said by a parent or carer"),
        ("seen", "Seen by me"),
        ("Observed", "Seen by me"),
        ("saw", "Seen by me"),
        ("mum told me", "Said by a parent or carer"),
        ("reported by school", "Reported by another professional"),
        ("School reported", "Reported by another professional"),
        ("I saw", "Seen by me"),
        ("seen at visit", "Seen by me"),
    ],
)
def test_how_known_is_read_as_people_write_it(pages, draft, written, reads):
    text = f"{HEADINGS}\n12/09/2026\tMum rang the school\tSchool office\t{written}\tEducation"
    page, seen = preview(pages, draft, text)
    assert not error_summary(page)
    assert seen["rows"][0][3] == f"School office {reads}"


def test_how_known_that_names_no_answer_is_a_row_error_listing_the_answers(pages, draft):
    text = f"{HEADINGS}\n12/09/2026\tMum rang the school\tSchool office\tMum told the school\tOther"
    page, _seen = preview(pages, draft, text)
    assert error_summary(page) == [
        "Row 2: 'Mum told the school' is not one of the answers for how it is known: Seen by "
        "me, Said by the child, Said by a parent or carer, Reported by another professional, "
        "From records, Anonymous"
    ]


def test_history_written_as_a_category_is_the_history_tick_with_the_category_still_asked(
    pages, draft
):
    rows = [
        "2019\tDad hit Mum in front of Kai\tPolice\tFrom records\tHistory - DV",
        "2018\tParents separated\tMum\tSaid by a parent or carer\tHistory",
        "2017\tMum was unwell\tGP\tFrom records\tpast history",
    ]
    text = "\n".join([HEADINGS, *rows])
    page, _seen = preview(pages, draft, text)
    problems = error_summary(page)
    assert problems == ["There is no category: choose one for rows that do not say (2 rows)"]
    assert not any("not one of the answers" in problem for problem in problems)

    page, seen = preview(pages, draft, text, default_category="other")
    assert not error_summary(page)
    assert seen["rows"][0][2] == "Dad hit Mum in front of Kai Domestic abuse, This is history"
    assert seen["rows"][1][2] == "Parents separated Other, This is history"
    send(
        pages,
        draft,
        302,
        chronology=text,
        checked=seen["checked"],
        add="Add",
        default_category="other",
        **columns_of(page),
    )
    page = pages.get("author.facts", assessment_id=draft.id)
    chronology = {row[1]: row[0] for row in chronology_cells(page, "td")}
    assert chronology["Dad hit Mum in front of Kai Domestic abuse"] == "2019 History"
    assert chronology["Parents separated Other"] == "2018 History"
    assert chronology["Mum was unwell Other"] == "2017 History"


@pytest.mark.parametrize(
    ("written", "reads"),
    [
        ("DV", "Domestic abuse"),
        ("DA", "Domestic abuse"),
        ("domestic violence", "Domestic abuse"),
        ("Physical abuse", "Physical harm"),
        ("Mental health", "Parental mental health"),
        ("Drugs and alcohol", "Substance misuse"),
        ("Education and development", "Education and development"),
    ],
)
def test_categories_are_read_in_their_short_forms(pages, draft, written, reads):
    text = f"{HEADINGS}\n12/09/2026\tMum rang the school\tSchool office\tRecords\t{written}"
    page, seen = preview(pages, draft, text)
    assert not error_summary(page)
    assert seen["rows"][0][2] == f"Mum rang the school {reads}"


def test_headings_as_case_systems_write_them_are_matched(pages, draft):
    text = (
        "Date\tEvent / incident\tSource\tHow information obtained\tType of concern\n"
        "12/09/2026\tMum rang the school\tSchool office\tschool reported\tDV\n"
    )
    page, seen = preview(pages, draft, text)
    assert columns_of(page) == {
        "columns-0": "date",
        "columns-1": "text",
        "columns-2": "source",
        "columns-3": "how_known",
        "columns-4": "category",
    }
    assert not error_summary(page)
    assert seen["rows"][0][2] == "Mum rang the school Domestic abuse"


def test_no_column_chosen_for_what_happened_is_said_once_at_the_selects_not_on_each_row(
    pages, draft
):
    text = (
        "Date\tWhat took place\tSource\tHow known\tCategory\n"
        "12/09/2026\tMum rang the school\tSchool office\tRecords\tOther\n"
        "3 March 2026\tNursery saw a bruise\tNursery\tRecords\tPhysical harm\n"
    )
    page, seen = preview(pages, draft, text)
    summary = page.select(".govuk-error-summary__list a")
    assert [link.get_text(strip=True) for link in summary] == [
        "Choose which column says what happened"
    ]
    select = page.select_one(summary[0]["href"])
    assert select is not None and select.name == "select"
    assert select["name"] == "columns-1"  # the column left out, which holds it
    group = select.find_parent(class_="govuk-form-group")
    assert "Choose which column says what happened" in text_of(group, ".govuk-error-message")
    assert not any("nothing in what happened" in " ".join(row) for row in seen["rows"])
    assert "nothing in what happened" not in page.get_text()


def test_how_known_missing_from_rows_asks_in_plain_words(pages, draft):
    text = "Date\tWhat happened\tSource\tCategory\n12/09/2026\tMum rang\tSchool\tOther\n"
    page, _seen = preview(pages, draft, text)
    assert error_summary(page) == [
        "Say how this is known: choose one for rows that do not say (1 row)"
    ]
    link = page.select_one(".govuk-error-summary__list a")
    assert page.select_one(link["href"]).get("name") == "default_how_known"


def test_a_season_keeps_its_words_beside_the_approximate_date_that_orders_it(pages, draft):
    rows = [
        "Spring 2024\tMum moved out of the family home\tDad\tSaid by a parent or carer\tOther",
        "before 2020\tDad lost his job\tDad\tSaid by a parent or carer\tOther",
        "Sept 2025\tKai moved to a new school\tSchool records\tFrom records\tEducation",
    ]
    text = "\n".join([HEADINGS, *rows])
    page, seen = preview(pages, draft, text)
    assert not error_summary(page)
    assert seen["rows"][0][1] == "About April 2024 Approximate, from “Spring 2024”"
    assert seen["rows"][0][2] == "Spring 2024: Mum moved out of the family home Other"
    assert seen["rows"][1][2] == "before 2020: Dad lost his job Other"
    assert seen["rows"][2][2] == "Kai moved to a new school Education and development"
    send(pages, draft, 302, chronology=text, checked=seen["checked"], add="Add", **columns_of(page))
    page = pages.get("author.facts", assessment_id=draft.id)
    chronology = [row[:2] for row in chronology_cells(page, "td")]
    assert ["About 2019", "before 2020: Dad lost his job Other"] in chronology
    assert ["About April 2024", "Spring 2024: Mum moved out of the family home Other"] in (
        chronology
    )


def test_after_an_undo_the_page_opened_again_says_they_were_taken_out(pages, draft):
    text = "\n".join([HEADINGS, *ROWS])
    page, seen = preview(pages, draft, text)
    added = send(
        pages, draft, 302, chronology=text, checked=seen["checked"], add="Add", **columns_of(page)
    )
    page = parse(pages.client.get(added.location))
    undo = page.select_one("form[action$='/facts/several/undo']")
    hidden = {field["name"]: field["value"] for field in undo.select("input[type=hidden]")}
    pages.client.post(undo["action"], data=hidden)
    assert count(Fact, Fact.assessment_id == draft.id, Fact.deleted_at.is_(None)) == 1

    # The page they added them from, opened again (Back, or a reload): no undo, and the truth.
    again = parse(pages.client.get(added.location))
    assert again.select_one("form[action$='/facts/several/undo']") is None
    assert "The facts you added were taken out." in text_of(again, "main")
    assert "changed" not in text_of(again, "main")

    # The old undo form sent again (a second press, another tab) says the same.
    response = pages.client.post(undo["action"], data=hidden)
    assert response.status_code == 302
    page = parse(pages.client.get(response.location))
    banner = text_of(page, ".govuk-notification-banner")
    assert "Those facts were already taken out" in banner
    assert "changed" not in banner
    assert count(Fact, Fact.assessment_id == draft.id, Fact.deleted_at.is_(None)) == 1


def test_after_another_change_the_adding_cannot_be_undone_and_the_page_says_why(pages, draft):
    text = "\n".join([HEADINGS, *ROWS])
    page, seen = preview(pages, draft, text)
    added = send(
        pages, draft, 302, chronology=text, checked=seen["checked"], add="Add", **columns_of(page)
    )
    # Another fact typed in since: the adding can no longer be taken out all at once.
    response = post(pages, "author.fact_new", fact_answers(draft), assessment_id=draft.id)
    assert response.status_code == 302
    again = parse(pages.client.get(added.location))
    assert again.select_one("form[action$='/facts/several/undo']") is None
    assert "cannot be taken out all at once here" in text_of(again, "main")


def test_a_year_no_calendar_has_is_a_row_to_correct_not_a_server_error(pages, draft):
    rows = ["0000\tMum rang\tSchool\tRecords\tOther", "1/0000\tDad rang\tSchool\tRecords\tOther"]
    text = "\n".join([HEADINGS, *rows])
    page, _seen = preview(pages, draft, text)
    assert error_summary(page) == [
        "Row 2: '0000' is not a date",
        "Row 3: '1/0000' is not a date",
    ]
