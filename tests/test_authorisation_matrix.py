"""Role × route × record: every route, as every kind of user, against records that are theirs,
their team's, another team's, practice, and missing. Nothing outside the rules may answer 2xx,
and everything inside them must."""

import pytest
from flask import url_for

from assist.access import Access, access_list_of
from assist.models import AssessmentStatus, Role

ACTORS = [None, "wendy", "will", "sasha", "nadia", "sol", "tara", "toby", "ada"]
MISSING = [999_999, 2**40]
NOT_ROUTES = {"static"}
NO_RECORD_FREE = {"auth.sign_out_view"}  # ends the session, so it is exercised elsewhere


def _records(world):
    """Per URL parameter: (record, id) pairs to try, including ids that do not exist."""
    a = world.assessments
    return {
        "case_id": [(c, c.id) for c in world.cases.values()] + [(None, i) for i in MISSING],
        "assessment_id": [(x, x.id) for x in a.values()] + [(None, i) for i in MISSING],
        "user_id": [(u, u.id) for u in world.users.values()] + [(None, i) for i in MISSING],
        "team_id": [(t, t.id) for t in world.teams.values()] + [(None, i) for i in MISSING],
    }


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
    if record is None:
        return not has_param
    if endpoint == "worker.case":
        return record.worker_id == actor.id
    if endpoint == "worker.assessment":
        return not record.is_practice and record.author_id == actor.id
    if endpoint == "supervisor.assessment":
        return (
            not record.is_practice
            and record.status != AssessmentStatus.DRAFT
            and record.case.team.supervisor_id == actor.id
        )
    if endpoint == "trainee.attempt":
        return record.is_practice and record.author_id == actor.id
    return actor.role == Role.ADMIN  # admin user and team pages


def _cases(app, world):
    records = _records(world)
    for rule in app.url_map.iter_rules():
        if rule.endpoint in NOT_ROUTES | NO_RECORD_FREE:
            continue
        access = access_list_of(app, rule.endpoint)
        methods = sorted(rule.methods - {"HEAD", "OPTIONS"})
        params = list(rule.arguments)
        assert len(params) <= 1, rule
        choices = records[params[0]] if params else [(None, None)]
        for method in methods:
            for record, record_id in choices:
                values = {params[0]: record_id} if params else {}
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
            elif allowed and method == "GET" and status != 200 and access != Access.ANONYMOUS:
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
        "wendy": "worker.dashboard",
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
