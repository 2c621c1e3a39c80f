"""What the team keeps getting wrong: counts of findings by criterion over time, as a chart,
a table and a CSV download."""

from flask import Response, render_template
from flask_login import current_user

from assist import audit
from assist.access import Access, allow
from assist.extensions import db
from assist.findings import rubric
from assist.review.team import team_statistics, to_csv
from assist.supervisor import bp


@bp.get("/team")
@allow(Access.SUPERVISOR)
def team():
    statistics = team_statistics(current_user, rubric())
    audit.record("view_team_statistics")
    db.session.commit()
    return render_template("supervisor/team.html", statistics=statistics)


@bp.get("/team/findings.csv")
@allow(Access.SUPERVISOR)
def team_csv():
    statistics = team_statistics(current_user, rubric())
    audit.record("export_team_statistics")
    db.session.commit()
    return Response(
        to_csv(statistics),
        mimetype="text/csv",
        headers={"Content-Disposition": "attachment; filename=team-findings-by-quarter.csv"},
    )
