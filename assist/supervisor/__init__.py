from flask import Blueprint

bp = Blueprint("supervisor", __name__, url_prefix="/review")

from assist.supervisor import (  # noqa: E402,F401,I001
    action_views,
    comment_views,
    export_views,
    finding_views,
    team_views,
    views,
)
