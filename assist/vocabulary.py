"""The closed vocabularies an assessment is written in: how a fact is known, how precise its
date is, the kinds of item and of link. One place for each; the models store them, the forms
offer them, the rubric and the Word reader and writer read them. Plain Python; no Flask."""

from enum import StrEnum


class HowKnown(StrEnum):
    SEEN = "seen_by_me"
    CHILD_SAID = "said_by_child"
    PARENT_SAID = "said_by_parent_or_carer"
    PROFESSIONAL = "reported_by_professional"
    RECORDS = "from_records"
    ANONYMOUS = "anonymous"


class DatePrecision(StrEnum):
    EXACT = "exact"
    MONTH = "month"
    YEAR = "year"
    APPROXIMATE = "approximate"
    # No date at all: an imported entry or a pasted row that says "unknown". Never a made-up
    # day; the fact has no date stored (a fact's date is empty exactly when this is chosen).
    UNKNOWN = "unknown"


class ExperienceKind(StrEnum):
    WORDS = "words"
    OBSERVATION = "observation"
    DAY_IN_LIFE = "day_in_life"
    IF_NOTHING_CHANGES = "if_nothing_changes"
    BARRIERS = "barriers_to_hearing"


class RiskFactorKind(StrEnum):
    HAZARD = "hazard"
    STRENGTH = "strength"
    INFORMATION_GAP = "information_gap"
    METHOD = "method"


class Probability(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class ItemKind(StrEnum):
    """Every kind of item that can cite or be cited."""

    FACT = "fact"
    ANALYSIS = "analysis"
    DANGER = "danger"
    RISK_FACTOR = "risk_factor"
    RECOMMENDATION = "recommendation"
    EXPERIENCE = "experience"


class LinkRole(StrEnum):
    SUPPORTS = "supports"  # analysis or risk factor rests on this item
    CONTRADICTS = "contradicts"  # a fact that points the other way
    ANSWERS = "answers"  # a recommendation answers a danger or conclusion
    FILLS = "fills"  # a recommendation fills an information gap


# A fact's source must not be empty: where an imported document gave none, the import stores
# this placeholder, which no page, document or finding shows as a source.
IMPORTED_SOURCE = "Imported Word document"
