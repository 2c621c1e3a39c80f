"""Tutors: the supervisor of a practice team sees their trainees' attempts and comments on
them. Kept apart from the supervisor's review of real cases (assist/supervisor/)."""

from flask import Blueprint

bp = Blueprint("tutor", __name__, url_prefix="/tutor")

from assist.tutor import views  # noqa: E402,F401
