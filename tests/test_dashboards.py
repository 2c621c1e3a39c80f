"""Each role's dashboard links to the records they may open, and says so when there are none."""

from tests.pages import text_of


def _links(page):
    return {a["href"]: " ".join(a.get_text().split()) for a in page.select("main table a")}


def test_a_worker_sees_links_to_their_own_cases(pages, world):
    pages.sign_in(world.user("wendy"))
    case = world.cases["wendy"]
    assert _links(pages.get("author.dashboard")) == {
        pages.url("author.case", case_id=case.id): case.reference
    }


def test_a_case_page_links_to_its_assessments(pages, world):
    pages.sign_in(world.user("wendy"))
    page = pages.get("author.case", case_id=world.cases["wendy"].id)
    assert set(_links(page).values()) == {"wendy draft", "wendy submitted"}


def test_a_supervisor_sees_their_teams_submitted_work(pages, world):
    pages.sign_in(world.user("nadia"))
    links = _links(pages.get("supervisor.dashboard"))
    assert sorted(links.values()) == ["wendy submitted", "will submitted"]


def test_a_trainee_sees_only_their_practice(pages, world):
    pages.sign_in(world.user("tara"))
    assert list(_links(pages.get("trainee.dashboard")).values()) == ["tara practice"]


def test_an_admin_sees_every_account_and_team(pages, world):
    pages.sign_in(world.user("ada"))
    assert len(_links(pages.get("admin.users"))) == len(world.users)
    assert len(_links(pages.get("admin.teams"))) == len(world.teams)


def test_empty_dashboards_say_what_to_do(pages, world):
    from assist.extensions import db
    from assist.models import AssessmentStatus

    world.assessments["sasha_submitted"].status = AssessmentStatus.DRAFT
    db.session.commit()
    pages.sign_in(world.user("sol"))
    page = pages.get("supervisor.dashboard")
    assert "Nothing is waiting for your review" in text_of(page, "main")


def test_text_is_escaped_not_run(pages, world):
    from assist.extensions import db

    case = world.cases["wendy"]
    case.reference = "<script>alert(1)</script>"
    db.session.commit()
    pages.sign_in(world.user("wendy"))
    page = pages.get("author.dashboard")
    assert page.select_one("main script") is None
    assert "<script>alert(1)</script>" in _links(page).values()


def test_a_case_with_two_assessments_shows_the_newest_and_counts_the_other(pages, world):
    pages.sign_in(world.user("wendy"))
    row = pages.get("author.dashboard").select_one("main table tbody tr")
    cells = [" ".join(cell.get_text().split()) for cell in row.select("th, td")]
    newest = world.cases["wendy"].assessments[0].status.label
    assert cells[2] == f"{newest} and 1 earlier"
