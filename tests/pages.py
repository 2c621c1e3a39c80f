"""Reading pages the way a person does: fetch by endpoint, check the status, parse the HTML."""

import pytest
from bs4 import BeautifulSoup
from flask import url_for

from tests.world import PASSWORD


class Pages:
    def __init__(self, app, client):
        self.app = app
        self.client = client

    def url(self, endpoint, **values):
        with self.app.test_request_context():
            return url_for(endpoint, **values)

    def get(self, endpoint, status=200, **values):
        response = self.client.get(self.url(endpoint, **values))
        assert response.status_code == status, (endpoint, response.status_code, response.location)
        return parse(response)

    def post(self, endpoint, data=None, status=302, values=None, **kwargs):
        response = self.client.post(self.url(endpoint, **(values or {})), data=data or {}, **kwargs)
        assert response.status_code == status, (endpoint, response.status_code, response.location)
        return response

    def sign_in(self, user_or_email, password=PASSWORD):
        email = getattr(user_or_email, "email", user_or_email)
        return self.client.post(
            self.url("auth.sign_in"), data={"email": email, "password": password}
        )


def parse(response):
    """Parse an HTML page and check what every page must have."""
    assert response.mimetype == "text/html"
    soup = BeautifulSoup(response.get_data(as_text=True), "html.parser")
    assert len(soup.find_all("h1")) == 1, "every page has exactly one h1"
    assert soup.find("main", id="main-content") is not None
    assert soup.find("html").get("lang") == "en"
    return soup


def text_of(soup, selector):
    element = soup.select_one(selector)
    assert element is not None, f"nothing matches {selector}"
    return " ".join(element.get_text(" ").split())


def error_summary(soup):
    summary = soup.select_one(".govuk-error-summary")
    return [] if summary is None else [" ".join(a.get_text().split()) for a in summary.select("a")]


@pytest.fixture
def pages(app, client):
    return Pages(app, client)
