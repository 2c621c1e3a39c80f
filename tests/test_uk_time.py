"""Every time a person reads is UK time (Europe/London, summer time included); every time is
stored in UTC."""

from datetime import UTC, datetime

import pytest

from assist.clock import as_utc
from assist.extensions import db
from tests.pages import text_of


@pytest.mark.db
@pytest.mark.parametrize(
    ("stored", "shown"),
    [
        (datetime(2026, 1, 15, 1, 24, tzinfo=UTC), "15 January 2026 at 1:24am"),  # GMT
        (datetime(2026, 7, 15, 0, 24, tzinfo=UTC), "15 July 2026 at 1:24am"),  # BST
        (datetime(2026, 6, 30, 23, 30, tzinfo=UTC), "1 July 2026 at 12:30am"),  # the next day
        (datetime(2026, 10, 25, 13, 5, tzinfo=UTC), "25 October 2026 at 1:05pm"),  # GMT again
    ],
)
def test_a_time_on_a_page_is_the_time_in_the_uk(pages, world, stored, shown):
    draft = world.assessments["wendy_draft"]
    draft.updated_at = stored
    db.session.commit()
    db.session.expire_all()
    assert as_utc(draft.updated_at) == stored  # kept as the moment it was
    pages.sign_in(world.user("wendy"))
    page = pages.get("author.assessment", assessment_id=draft.id)
    assert f"last changed {shown}" in text_of(page, "main")
    assert "UTC" not in text_of(page, "main")
