"""The pages an assessment's author uses: a social worker on their cases, and a trainee on a
practice attempt (the same journey pages, with practice's rules). Named for the author, not the
worker, because trainees write here too."""

from flask import Blueprint

bp = Blueprint("author", __name__, url_prefix="/cases")

from assist.author import journey_views, reasoning_views, views  # noqa: E402,F401,I001
from assist.author import comment_views, finding_views, spelling_views, word_views  # noqa: E402,F401,I001
from assist.author import several_facts  # noqa: E402,F401,I001
