"""What pages work out from a saved version is worked out once for that version: looked at again
it is not worked out again, a save makes a new version that is, and nothing is shared between
databases. A page after a save shows the save."""

from assist.extensions import db
from assist.journey import version_cache
from assist.journey.saving import record_save
from assist.journey.snapshot import shared_document
from assist.journey.version_cache import remembered
from assist.models import Assessment
from tests.test_journey import fact_answers, post


def counted(calls, result):
    def work_out():
        calls.append(result)
        return result

    return work_out


def test_a_result_is_worked_out_once_for_each_version(app, world):
    draft = world.assessments["wendy_draft"]
    calls = []
    assert remembered(draft, "what", counted(calls, 1)) == 1
    assert remembered(draft, "what", counted(calls, 2)) == 1  # the same version: kept
    assert remembered(draft, "other", counted(calls, 3)) == 3  # another result of it
    record_save(draft, world.user("wendy"), "change")
    db.session.commit()
    assert remembered(draft, "what", counted(calls, 4)) == 4  # a new version: worked out again
    assert calls == [1, 3, 4]


def test_each_database_has_its_own(app, world, tmp_path):
    from assist import create_app
    from assist.database import migrate_to_latest

    draft = world.assessments["wendy_draft"]
    remembered(draft, "what", lambda: "first database")
    other = create_app(
        "test", SQLALCHEMY_DATABASE_URI=f"sqlite:///{tmp_path}/other.db", INSTANCE_PATH=tmp_path
    )
    with other.app_context():
        migrate_to_latest()
        same_key = Assessment(id=draft.id, version=draft.version, updated_at=draft.updated_at)
        assert remembered(same_key, "what", lambda: "other database") == "other database"


def test_a_page_after_a_save_shows_it(pages, world):
    pages.sign_in(world.user("wendy"))
    draft = world.assessments["wendy_draft"]
    fact = world.items[("wendy_draft", "Fact")]
    page = pages.get("author.facts", assessment_id=draft.id)
    assert "A new account of the visit" not in page.get_text()
    answers = fact_answers(draft, what_happened="A new account of the visit")
    post(pages, "author.fact_item", answers, assessment_id=draft.id, item_id=fact.id)
    page = pages.get("author.facts", assessment_id=draft.id)
    assert "A new account of the visit" in page.get_text()


def test_forgetting_works_everything_out_again(app, world):
    draft = world.assessments["wendy_draft"]
    first = shared_document(draft, None)
    assert shared_document(draft, None) is first
    version_cache.forget_all()
    assert shared_document(draft, None) is not first
