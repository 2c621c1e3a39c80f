"""The guided assessment: facts → "so what?" → risk → justified recommendations.

Plain Python over the models: reading an assessment's live items, saving changes with their
version, citations between items, section status and navigation. Views stay thin.
"""
