from flask import Blueprint

bp = Blueprint("worker", __name__, url_prefix="/cases")

from assist.worker import journey_views, reasoning_views, views  # noqa: E402,F401,I001
from assist.worker import comment_views, finding_views, spelling_views, word_views  # noqa: E402,F401,I001
