"""Every route is in exactly one access list, and a route in none is refused."""

import pytest

from assist.access import Access, access_list_of, allow


def test_every_route_is_in_exactly_one_access_list(app):
    missing = [
        rule.endpoint
        for rule in app.url_map.iter_rules()
        if access_list_of(app, rule.endpoint) not in set(Access)
    ]
    assert missing == []


def test_the_inventory_knows_every_blueprint(app):
    lists = {access_list_of(app, rule.endpoint) for rule in app.url_map.iter_rules()}
    assert lists == set(Access)


def test_a_route_cannot_be_put_in_two_lists():
    @allow(Access.WORKER)
    def view():
        return "x"

    with pytest.raises(RuntimeError, match="already in the worker access list"):
        allow(Access.ADMIN)(view)


def test_a_route_in_no_list_is_refused(app, client, pages, world):
    app.add_url_rule("/forgotten", "forgotten", lambda: "secret")
    pages.sign_in(world.user("ada"))
    response = client.get("/forgotten")
    assert response.status_code == 403
    assert b"secret" not in response.data
