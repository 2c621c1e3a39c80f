"""A Word document a social worker has checked, kept (as parsed text, never the file) until they
turn it into a draft assessment or check another. One per user: a new upload replaces it."""

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from assist.extensions import db
from assist.models.types import timestamp


class WordImport(db.Model):
    __tablename__ = "word_imports"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"), unique=True)
    file_name: Mapped[str] = mapped_column(sa.String(255))
    snapshot: Mapped[dict] = mapped_column(sa.JSON)  # Document.to_dict()
    notes: Mapped[list] = mapped_column(sa.JSON)  # what the reader wants the user to know
    unsorted: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = timestamp()


class SectionToConfirm(db.Model):
    """A section of a draft that an import filled and the worker has not yet confirmed: it
    shows In progress, never Completed, however full it is, until they say they have checked
    it (what a document held is not yet what the worker knows)."""

    __tablename__ = "sections_to_confirm"

    assessment_id: Mapped[int] = mapped_column(
        sa.ForeignKey("assessments.id", ondelete="CASCADE"), primary_key=True
    )
    section: Mapped[str] = mapped_column(sa.String(40), primary_key=True)
