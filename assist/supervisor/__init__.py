from flask import Blueprint

bp = Blueprint("supervisor", __name__, url_prefix="/review")

from assist.supervisor import export_views  # noqa: E402,F401,I001
from assist.supervisor import views  # noqa: E402,F401
