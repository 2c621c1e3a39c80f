from flask import Blueprint

bp = Blueprint("admin", __name__, url_prefix="/admin")

from assist.admin import views  # noqa: E402,F401
