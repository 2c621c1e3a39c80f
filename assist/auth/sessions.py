# issue 16: moved to assist/sessions.py (access checks and admin use it, not only sign-in).
# Delete this file once assist/auth/views.py imports assist.sessions.
from assist.sessions import seconds_left, sign_out, start_session  # noqa: F401
