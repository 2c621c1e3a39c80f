"""Where a redirect may send someone. A "next" or "back" value comes from the request, so it is
hostile until checked: only a path on this site, and a form's way back only to a page of the
assessment it was posted about."""

from urllib.parse import unquote, urlsplit

from flask import url_for


def path_on_this_site(target):
    """``target`` if it is a path on this site, else None: never another host (``//host``,
    ``/\\host``, ``https://host``) and never a character that could split a header."""
    if not isinstance(target, str) or not target.startswith("/") or target.startswith("//"):
        return None
    if "\\" in target or any(ord(c) < 32 or c == "\x7f" for c in target):
        return None
    parts = urlsplit(target)
    if parts.scheme or parts.netloc:
        return None
    return target


def safe_back(path, assessment_id):
    """``path`` if it is one of this assessment's own pages, else the assessment's task list.
    Its own pages are its address followed by "/" or nothing, so assessment 12 never returns
    to /cases/assessments/123; decoded, the path must still be plain (no "//", no "..")."""
    home = url_for("author.assessment", assessment_id=assessment_id)
    if path_on_this_site(path) is None or not (path == home or path.startswith(f"{home}/")):
        return home
    decoded = unquote(path)
    if path_on_this_site(decoded) is None or "//" in decoded:
        return home
    if any(segment in (".", "..") for segment in decoded.split("/")):
        return home
    return path
