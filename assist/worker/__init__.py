from flask import Blueprint

bp = Blueprint("worker", __name__, url_prefix="/cases")

from assist.worker import views  # noqa: E402,F401
