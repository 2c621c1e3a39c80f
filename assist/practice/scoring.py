"""Scoring an answer against the rubric, criterion by criterion. Plain Python.

Each criterion is worth its weight in rubric.yaml. It earns the whole weight when the answer
raises none of its findings, and nothing when it raises any: partial credit would reward an
answer for having fewer items, not for better reasoning. A criterion about parts of the answer
the trainee left empty earns nothing either (an empty recommendations section is not a
recommendation without faults).
"""

from assist.rubric import check

# The parts of a practice answer the trainee writes (people and facts come from the scenario).
WRITTEN = {
    "child": "experiences",
    "analysis": "analysis",
    "risk": "dangers",
    "recommendations": "recommendations",
}


def score(document, rubric):
    """The feedback kept with a submission: per criterion, what was found, where and why."""
    findings = check(document, rubric)
    criteria = []
    for criterion in rubric.criteria:
        found = [f for f in findings if f.rule == criterion.id]
        weight = int(criterion.weight) if float(criterion.weight).is_integer() else criterion.weight
        written = [WRITTEN[s] for s in criterion.sections if s in WRITTEN]
        not_attempted = bool(written) and not any(getattr(document, w) for w in written)
        criteria.append(
            {
                "id": criterion.id,
                "title": criterion.title,
                "level": criterion.level,
                "guidance": criterion.guidance,
                "weight": weight,
                "earned": 0 if found or not_attempted else weight,
                "not_attempted": not_attempted and not found,
                "findings": [
                    {
                        "section": f.section,
                        "item": f.item,
                        "field": f.field,
                        "excerpt": f.excerpt,
                        "message": f.message,
                    }
                    for f in found
                ],
            }
        )
    total = sum(c["earned"] for c in criteria)
    possible = sum(c["weight"] for c in criteria)
    return {"criteria": criteria, "score": total, "max_score": possible}
