from flask import Blueprint

bp = Blueprint("trainee", __name__, url_prefix="/practice")

from assist.trainee import views  # noqa: E402,F401
