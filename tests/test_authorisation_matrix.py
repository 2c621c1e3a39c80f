"""Role × route × record: every route, as every kind of user, against records that are theirs,
their team's, another team's, practice, and missing. Nothing outside the rules may answer 2xx,
and everything inside them must."""

import pytest
from flask import url_for

from assist.access import Access, access_list_of
from assist.models import AssessmentStatus, Role

ACTORS = [None, "wendy", "will", "sasha", "nadia", "sol", "tara", "toby", "ada"]
MISSING = [999_999, 2**40]
# Pages that send you back to choose (compare needs two versions): a redirect is right.
ASKS_FOR_CHOICES = {"author.compare_versions", "supervisor.finding"}
NOT_ROUTES = {"static"}
NO_RECORD_FREE = {"auth.sign_out_view"}  # ends the session, so it is exercised elsewhere


# The model each journey route edits, from its endpoint's prefix.
JOURNEY_MODELS = {
    "author.child_record_": "Child",
    "author.adult_": "Adult",
    "author.fact_": "Fact",
    "author.experience_": "ChildExperience",
    "author.analysis_": "AnalysisStatement",
    "author.danger_": "Danger",
    "author.factor_hazard_": "RiskFactor",
    "author.factor_strength_": "RiskFactor",
    "author.factor_information_gap_": "RiskFactor",
    "author.factor_method_": "RiskFactor",
    "author.recommendation_": "Recommendation",
}


def _journey_model(endpoint):
    return next(model for prefix, model in JOURNEY_MODELS.items() if endpoint.startswith(prefix))


def _item_pairs(world, endpoint):
    """(assessment, item) pairs: own and others', matching and mismatched, and missing ids."""
    model = _journey_model(endpoint)
    # Own item; another worker's item through one's own assessment; a teammate's and another
    # team's item through their own assessments.
    combos = [
        ("wendy_draft", "wendy_draft"),
        ("wendy_draft", "will_draft"),
        ("will_draft", "will_draft"),
        ("sasha_draft", "sasha_draft"),
    ]
    pairs = [
        (
            (world.assessments[a], world.items[(b, model)]),
            {"assessment_id": world.assessments[a].id, "item_id": world.items[(b, model)].id},
        )
        for a, b in combos
    ]
    own = world.assessments["wendy_draft"]
    pairs.append(((own, None), {"assessment_id": own.id, "item_id": MISSING[0]}))
    pairs.append(((None, None), {"assessment_id": MISSING[1], "item_id": MISSING[1]}))
    return pairs


def _records(world):
    """Per URL parameter: (record, id) pairs to try, including ids that do not exist."""
    a = world.assessments
    return {
        "case_id": [(c, c.id) for c in world.cases.values()] + [(None, i) for i in MISSING],
        "assessment_id": [(x, x.id) for x in a.values()] + [(None, i) for i in MISSING],
        "user_id": [(u, u.id) for u in world.users.values()] + [(None, i) for i in MISSING],
        "team_id": [(t, t.id) for t in world.teams.values()] + [(None, i) for i in MISSING],
        "scenario_id": [(s, s.id) for s in _scenarios()] + [(None, i) for i in MISSING],
    }


def _scenarios():
    import sqlalchemy as sa

    from assist.extensions import db
    from assist.models import Scenario

    return db.session.scalars(sa.select(Scenario)).all()


# A trainee's practice attempt: the scenario's people and facts are fixed, so no new ones.
FIXED_BY_SCENARIO = (
    "author.child_record_new",
    "author.adult_new",
    "author.fact_new",
    "author.several_facts",
    "author.several_facts_undo",
)


def _may_author(actor, endpoint, assessment):
    """The journey pages: a worker's own real assessment, or a trainee's own practice."""
    if assessment.author_id != actor.id:
        return False
    if actor.role == Role.TRAINEE:
        return assessment.is_practice and endpoint not in FIXED_BY_SCENARIO
    return not assessment.is_practice


def _may_tutor(actor, assessment):
    team = assessment.author.team
    return (
        assessment.is_practice
        and team is not None
        and team.is_practice
        and team.supervisor_id == actor.id
    )


def _may(actor, endpoint, record, access, has_param):
    """The rules, written independently of assist/records.py."""
    if access == Access.ANONYMOUS:
        return True
    if actor is None:
        return False
    role_of_list = {
        Access.WORKER: Role.WORKER,
        Access.SUPERVISOR: Role.SUPERVISOR,
        Access.TRAINEE: Role.TRAINEE,
        Access.ADMIN: Role.ADMIN,
    }
    if access in role_of_list and actor.role != role_of_list[access]:
        return False
    if access == Access.AUTHOR and actor.role not in (Role.WORKER, Role.TRAINEE):
        return False
    if record is None:
        return not has_param
    if isinstance(record, tuple):  # a journey item within an assessment
        assessment, item = record
        factor_kind = next(
            (
                k
                for k in ("hazard", "strength", "information_gap", "method")
                if endpoint.startswith(f"author.factor_{k}_")
            ),
            None,
        )
        if factor_kind and item is not None and item.kind.value != factor_kind:
            return False
        return (
            assessment is not None
            and item is not None
            and not assessment.is_practice
            and assessment.author_id == actor.id
            and item.assessment_id == assessment.id
            and not endpoint.endswith("_restore")
        )  # only deleted items can be restored
    if endpoint.startswith("author.factor_") and endpoint.endswith("_new"):
        return False  # a hazard, strength, gap or method needs ?danger= to have a page
    if endpoint.startswith("author.") and "assessment" in type(record).__name__.lower():
        return _may_author(actor, endpoint, record)
    if endpoint == "author.case":
        return record.worker_id == actor.id
    if endpoint.startswith("supervisor."):  # the review page and what is done on it
        return (
            not record.is_practice
            and record.status != AssessmentStatus.DRAFT
            and record.case.team.supervisor_id == actor.id
        )
    if endpoint.startswith("trainee.") and "assessment" in type(record).__name__.lower():
        return record.is_practice and record.author_id == actor.id
    if endpoint == "trainee.start":
        return True  # any scenario; a withdrawn one is refused with a message
    if endpoint.startswith("tutor."):
        return _may_tutor(actor, record)
    return actor.role == Role.ADMIN  # admin user and team pages


def _cases(app, world):
    records = _records(world)
    for rule in app.url_map.iter_rules():
        if rule.endpoint in NOT_ROUTES | NO_RECORD_FREE:
            continue
        access = access_list_of(app, rule.endpoint)
        methods = sorted(rule.methods - {"HEAD", "OPTIONS"})
        params = sorted(rule.arguments)
        if params == ["assessment_id", "item_id"]:
            choices = _item_pairs(world, rule.endpoint)
        elif params == ["assessment_id", "number"]:  # a saved version of an assessment
            choices = [
                (a, {"assessment_id": a.id, "number": 1}) for a in world.assessments.values()
            ]
        elif params:
            assert len(params) == 1, rule
            choices = [(record, {params[0]: record_id}) for record, record_id in records[params[0]]]
        else:
            choices = [(None, {})]
        for method in methods:
            for record, values in choices:
                yield rule.endpoint, method, values, record, access, bool(params)


@pytest.mark.db
def test_authorisation_matrix(app, world, pages, artifacts, engine):
    checked = unexpected_2xx = 0
    failures = []
    for actor_key in ACTORS:
        client = app.test_client()
        actor = world.users[actor_key] if actor_key else None
        if actor:
            response = client.post(
                "/sign-in", data={"email": actor.email, "password": "invented test passphrase"}
            )
            assert response.status_code == 302
        for endpoint, method, values, record, access, has_param in _cases(app, world):
            allowed = _may(actor, endpoint, record, access, has_param)
            if method == "POST" and allowed and access != Access.ANONYMOUS:
                continue  # allowed changes are tested where their effects are checked
            with app.test_request_context():
                url = url_for(endpoint, **values)
            response = client.open(url, method=method, data={})
            checked += 1
            status = response.status_code
            ok = 200 <= status < 300
            if ok and not allowed:
                unexpected_2xx += 1
                failures.append(f"{actor_key} {method} {url}: {status}, should be refused")
            elif not allowed and status not in (302, 403, 404):
                failures.append(f"{actor_key} {method} {url}: {status}")
            elif not allowed and status == 302 and "/sign-in" not in response.location:
                failures.append(f"{actor_key} {method} {url}: redirected to {response.location}")
            elif (
                allowed
                and method == "GET"
                and status != 200
                and access != Access.ANONYMOUS
                and endpoint not in ASKS_FOR_CHOICES
            ):
                failures.append(f"{actor_key} GET {url}: {status}, should be allowed")
    (artifacts / f"authorisation-matrix-{engine}.txt").write_text(
        f"checked {checked} role x route x record requests; unexpected 2xx: {unexpected_2xx}\n"
    )
    print(f"authorisation matrix: {checked} requests, {unexpected_2xx} unexpected 2xx")
    assert failures == []
    assert checked > 500


@pytest.mark.parametrize("key", ["wendy", "nadia", "tara"])
def test_lists_show_only_what_the_user_may_open(pages, world, key):
    pages.sign_in(world.user(key))
    endpoint = {
        "wendy": "author.dashboard",
        "nadia": "supervisor.dashboard",
        "tara": "trainee.dashboard",
    }[key]
    text = pages.get(endpoint).select_one("main").get_text()
    visible = {name for name, a in world.assessments.items() if a.title in text}
    visible |= {f"case:{k}" for k, c in world.cases.items() if c.reference in text}
    expected = {
        "wendy": {"case:wendy"},
        "nadia": {"wendy_submitted", "will_submitted", "case:wendy", "case:will"},
        "tara": {"tara_practice"},
    }[key]
    assert visible == expected
