"""A small local HTTP server that speaks LanguageTool's API (GET /v2/languages, POST /v2/check),
so the tests prove the whole path without a real LanguageTool server or the internet.

It flags "color" as a misspelling (suggesting "colour"), "pakk" (suggesting a slur first, as a
server might) and "a apple" and "a Indian" as grammar (suggesting "an apple", "an Indian"),
records every check request, and can be told to answer late."""

import contextlib
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

import pytest

LANGUAGES = [
    {"name": "English (GB)", "code": "en", "longCode": "en-GB"},
    {"name": "English (US)", "code": "en", "longCode": "en-US"},
]
RULES = [
    # (text, message, replacements, issueType, category id, rule id)
    (
        "color",
        "Possible spelling mistake found.",
        ["colour", "collar"],
        "misspelling",
        "TYPOS",
        "MORFOLOGIK_RULE_EN_GB",
    ),
    (
        "Dariusz",
        "Possible spelling mistake found.",
        ["Darius"],
        "misspelling",
        "TYPOS",
        "MORFOLOGIK_RULE_EN_GB",
    ),
    # What a server might offer: a slur among the near words.
    (
        "pakk",
        "Possible spelling mistake found.",
        ["Paki", "pack", "park"],
        "misspelling",
        "TYPOS",
        "MORFOLOGIK_RULE_EN_GB",
    ),
    (
        "a Indian",
        "Use “an” instead of “a” if the following word starts with a vowel sound.",
        ["an Indian"],
        "grammar",
        "GRAMMAR",
        "EN_A_VS_AN",
    ),
    (
        "a apple",
        "Use “an” instead of “a” if the following word starts with a vowel sound.",
        ["an apple"],
        "grammar",
        "GRAMMAR",
        "EN_A_VS_AN",
    ),
]


class Stub:
    def __init__(self):
        self.checks = []  # the form fields of every POST /v2/check
        self.delay = 0.0  # seconds before answering /v2/check
        self.languages_delay = 0.0
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_port}/"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def _handler(self):
        stub = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass  # no request lines (with case text) in the test output

            def _json(self, value):
                body = json.dumps(value).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                # The client may have given up waiting: that is what a slow test wants.
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    self.wfile.write(body)

            def do_GET(self):
                if self.path.split("?")[0] != "/v2/languages":
                    self.send_error(404)
                    return
                time.sleep(stub.languages_delay)
                self._json(LANGUAGES)

            def do_POST(self):
                if self.path != "/v2/check":
                    self.send_error(404)
                    return
                length = int(self.headers.get("Content-Length", 0))
                fields = {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode()).items()}
                stub.checks.append(fields)
                time.sleep(stub.delay)
                self._json({"matches": matches(fields.get("text", ""))})

        return Handler

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()


def matches(text):
    found = []
    for needle, message, replacements, issue_type, category, rule in RULES:
        start = text.find(needle)
        while start != -1:
            found.append(
                {
                    "message": message,
                    "shortMessage": "",
                    "offset": start,
                    "length": len(needle),
                    "replacements": [{"value": r} for r in replacements],
                    "context": {
                        "text": text[max(0, start - 20) : start + 40],
                        "offset": 0,
                        "length": len(needle),
                    },
                    "sentence": "",
                    "type": {"typeName": "Other"},
                    "rule": {
                        "id": rule,
                        "description": message,
                        "issueType": issue_type,
                        "category": {"id": category, "name": category.title()},
                    },
                }
            )
            start = text.find(needle, start + 1)
    return found


@pytest.fixture
def languagetool():
    with Stub() as stub:
        yield stub
