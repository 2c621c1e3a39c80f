"""A tutor's comments on a practice attempt, which the tutor and the trainee both read."""

import sqlalchemy as sa

from assist.extensions import db
from assist.models import Comment

# Practice comments are on the attempt as a whole, never on one section of it.
PRACTICE_SECTION = "practice"


def tutor_comments(assessment):
    """Oldest first, as a conversation reads."""
    return db.session.scalars(
        sa.select(Comment)
        .where(Comment.assessment_id == assessment.id, Comment.section == PRACTICE_SECTION)
        .order_by(Comment.created_at)
    ).all()
