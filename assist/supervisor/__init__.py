from flask import Blueprint

bp = Blueprint("supervisor", __name__, url_prefix="/review")

from assist.supervisor import action_views, comment_views, finding_views, team_views, views  # noqa: E402,F401,I001
