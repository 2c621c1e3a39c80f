"""Users, their roles and teams, and their server-side sessions."""

from datetime import datetime
from enum import StrEnum

import sqlalchemy as sa
from flask_login import UserMixin
from sqlalchemy.orm import Mapped, mapped_column, relationship

from assist.extensions import db
from assist.models.types import enum_column, timestamp


class Role(StrEnum):
    WORKER = "social_worker"
    SUPERVISOR = "supervisor"
    TRAINEE = "trainee"
    ADMIN = "admin"

    @property
    def label(self):
        return ROLE_LABELS[self]


ROLE_LABELS = {
    Role.WORKER: "Social worker",
    Role.SUPERVISOR: "Supervisor",
    Role.TRAINEE: "Trainee",
    Role.ADMIN: "Administrator",
}


class Team(db.Model):
    """A supervisor and the workers (or trainees) they supervise."""

    __tablename__ = "teams"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(sa.String(120), unique=True)
    is_practice: Mapped[bool] = mapped_column(default=False)
    supervisor_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("users.id", use_alter=True, ondelete="SET NULL")
    )
    created_at: Mapped[datetime] = timestamp()

    supervisor: Mapped["User | None"] = relationship(foreign_keys=[supervisor_id])
    members: Mapped[list["User"]] = relationship(
        back_populates="team", foreign_keys="User.team_id", order_by="User.name"
    )


class User(UserMixin, db.Model):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(sa.String(254), unique=True)
    name: Mapped[str] = mapped_column(sa.String(120))
    role: Mapped[Role] = mapped_column(enum_column(Role, name="role"))
    team_id: Mapped[int | None] = mapped_column(sa.ForeignKey("teams.id", ondelete="SET NULL"))
    password_hash: Mapped[str] = mapped_column(sa.String(255))
    failed_sign_ins: Mapped[int] = mapped_column(default=0, server_default="0")
    locked_at: Mapped[datetime | None] = timestamp(nullable=True)
    disabled_at: Mapped[datetime | None] = timestamp(nullable=True)
    last_sign_in_at: Mapped[datetime | None] = timestamp(nullable=True)
    created_at: Mapped[datetime] = timestamp()

    team: Mapped[Team | None] = relationship(back_populates="members", foreign_keys=[team_id])

    # Set by the session loader: the server-side session this request belongs to.
    current_session = None

    def get_id(self):
        # Flask-Login keeps this in the cookie: the server session token, not the user id,
        # so ending the session row on the server signs the browser out.
        return self.current_session.token if self.current_session else None

    @property
    def is_active(self):
        return self.disabled_at is None

    @property
    def supervised_team_ids(self):
        return [
            team.id
            for team in db.session.scalars(sa.select(Team).where(Team.supervisor_id == self.id))
        ]


class UserSession(db.Model):
    """One signed-in browser. The cookie holds the token; the row decides if it is alive."""

    __tablename__ = "user_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    token_digest: Mapped[str] = mapped_column(sa.String(64), unique=True)
    user_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = timestamp()
    last_seen_at: Mapped[datetime] = timestamp()
    ended_at: Mapped[datetime | None] = timestamp(nullable=True)
    end_reason: Mapped[str | None] = mapped_column(sa.String(32))
    ip_address: Mapped[str | None] = mapped_column(sa.String(45))

    user: Mapped[User] = relationship()

    # The raw token exists only in memory for the request that created or presented it.
    token = None


class PendingSubmission(db.Model):
    """A form posted after the session had ended, kept so the user can send it again."""

    __tablename__ = "pending_submissions"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"), index=True)
    path: Mapped[str] = mapped_column(sa.String(500))
    form_data: Mapped[dict] = mapped_column(sa.JSON)
    reason: Mapped[str] = mapped_column(sa.String(32))
    created_at: Mapped[datetime] = timestamp()
    used_at: Mapped[datetime | None] = timestamp(nullable=True)
