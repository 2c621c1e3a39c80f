"""objective: each action says what should be different for the child."""

from assist import document as doc
from assist.rubric import check
from tests.rubric.helpers import project_rubric

RULE = "recommendation-without-objective"


def test_an_action_needs_an_outcome_in_its_words_or_its_objective_field():
    rubric = project_rubric().only(RULE)
    recommendation = doc.Recommendation(ref="R1", action="Social worker to visit weekly.")
    (finding,) = check(doc.Document(recommendations=[recommendation]), rubric)
    assert finding.item == "R1" and finding.field == "action"
    recommendation.objective = "Amy can say how things are at home."
    assert check(doc.Document(recommendations=[recommendation]), rubric) == []
    recommendation.objective = ""
    recommendation.action = "Social worker to visit weekly so that Amy can talk about home."
    assert check(doc.Document(recommendations=[recommendation]), rubric) == []
