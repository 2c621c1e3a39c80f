"""A supervisor's Word copy of an assessment they review, with an appendix of the rubric's open
findings for reflective supervision."""

from flask_login import current_user

from assist import records
from assist.access import Access, allow
from assist.findings import findings_for
from assist.supervisor import bp
from assist.word_download import download


@bp.get("/assessments/<int:assessment_id>/word")
@allow(Access.SUPERVISOR)
def assessment_word(assessment_id):
    assessment = records.assessment_for_supervisor(current_user, assessment_id)
    return download(
        assessment,
        findings=findings_for(assessment),
        detail="Word document with open findings",
    )
