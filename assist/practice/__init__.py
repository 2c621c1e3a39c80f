"""Trainee practice: fictional scenarios as files, attempts scored against the rubric, and
progress over time. ``scenarios`` is plain Python (no Flask, no database)."""
