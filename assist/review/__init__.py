"""Supervisor review as plain functions: the queue, comments, decisions, what changed since the
last review, and what the team keeps getting wrong. Views call these and render the result."""


class Refused(ValueError):
    """An action that cannot be done as asked; the message is for the user and nothing changed."""
