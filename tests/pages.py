"""Reading pages the way a person does: fetch by endpoint, check the status, parse the HTML."""

import html5lib
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
    """Parse an HTML page and check what every page must have: it parses cleanly (as a browser
    parses it, by the HTML standard's rules, with no error to recover from), one h1, the main
    content and the language."""
    assert response.mimetype == "text/html"
    html = response.get_data(as_text=True)
    assert not html_errors(html), "\n".join(html_errors(html))
    soup = BeautifulSoup(html, "html.parser")
    assert len(soup.find_all("h1")) == 1, "every page has exactly one h1"
    assert soup.find("main", id="main-content") is not None
    assert soup.find("html").get("lang") == "en"
    return soup


def html_errors(html):
    """Each parse error html5lib reports, with its line and the source around it."""
    parser = html5lib.HTMLParser(strict=False)
    parser.parse(html)
    lines = html.splitlines()
    return [
        f"line {line}, column {column}: {code} {data or ''}"
        f"\n    {lines[line - 1].strip()[:160] if 0 < line <= len(lines) else ''}"
        for (line, column), code, data in parser.errors
    ]


def text_of(soup, selector):
    element = soup.select_one(selector)
    assert element is not None, f"nothing matches {selector}"
    return " ".join(element.get_text(" ").split())


def chronology_cells(page, cells="th, td"):
    """The facts page's chronology as a reader sees it: each row's cells, each cell's words."""
    return [
        [" ".join(cell.get_text(" ").split()) for cell in tr.select(cells)]
        for tr in page.select("table.assist-chronology tbody tr")
    ]


def error_summary(soup):
    summary = soup.select_one(".govuk-error-summary")
    return [] if summary is None else [" ".join(a.get_text().split()) for a in summary.select("a")]


@pytest.fixture
def pages(app, client):
    return Pages(app, client)
