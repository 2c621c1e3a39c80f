"""The whole product's data model. Later capabilities add pages, not tables."""

from assist.models.assessments import (
    Assessment,
    AssessmentStatus,
    AssessmentVersion,
    Case,
    IgnoredWord,
)
from assist.models.audit import AuditEvent
from assist.models.content import (
    Adult,
    AnalysisStatement,
    Child,
    ChildExperience,
    Danger,
    Fact,
    Link,
    Recommendation,
    RiskFactor,
)
from assist.models.people import PendingSubmission, Role, Team, User, UserSession
from assist.models.practice import PracticeSubmission, Scenario
from assist.models.rate_limits import RateLimitCounter
from assist.models.review import (
    Comment,
    FindingDismissal,
    FindingTally,
    FirstReviewTally,
    ReviewDecision,
)
from assist.models.word_import import SectionToConfirm, WordImport

__all__ = [
    "Adult",
    "AnalysisStatement",
    "Assessment",
    "AssessmentStatus",
    "AssessmentVersion",
    "IgnoredWord",
    "AuditEvent",
    "Case",
    "Child",
    "ChildExperience",
    "Comment",
    "Danger",
    "Fact",
    "FindingDismissal",
    "FindingTally",
    "FirstReviewTally",
    "Link",
    "PendingSubmission",
    "PracticeSubmission",
    "RateLimitCounter",
    "Recommendation",
    "ReviewDecision",
    "RiskFactor",
    "Role",
    "Scenario",
    "Team",
    "User",
    "UserSession",
    "SectionToConfirm",
    "WordImport",
]
