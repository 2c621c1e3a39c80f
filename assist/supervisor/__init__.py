from flask import Blueprint

bp = Blueprint("supervisor", __name__, url_prefix="/review")

from assist.supervisor import views  # noqa: E402,F401
