"""Security headers on every response, a fresh CSP nonce per request, Secure cookies over HTTPS."""

import secrets

from flask import g, request
from flask.sessions import SecureCookieSessionInterface
from werkzeug.middleware.proxy_fix import ProxyFix

HSTS = "max-age=31536000; includeSubDomains"


def content_security_policy(nonce):
    return "; ".join(
        [
            "default-src 'self'",
            f"script-src 'self' 'nonce-{nonce}'",
            "style-src 'self'",
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self'",
            "form-action 'self'",
            "frame-ancestors 'self'",
            "base-uri 'none'",
            "object-src 'none'",
        ]
    )


def csp_nonce():
    """This request's nonce, made the first time anything asks: an error page drawn before any
    other code ran (a refused permission) must carry the same nonce as the header."""
    if "csp_nonce" not in g:
        g.csp_nonce = secrets.token_urlsafe(16)
    return g.csp_nonce


class SessionInterface(SecureCookieSessionInterface):
    """Mark the session cookie Secure whenever the request came over HTTPS."""

    def get_cookie_secure(self, app):
        return app.config["SESSION_COOKIE_SECURE"] or request.is_secure


def register(app):
    app.session_interface = SessionInterface()
    if app.config["TRUST_PROXY_HEADERS"]:
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=1, x_proto=1, x_host=1)

    @app.after_request
    def add_security_headers(response):
        headers = response.headers
        headers["Content-Security-Policy"] = content_security_policy(csp_nonce())
        headers["Strict-Transport-Security"] = HSTS
        headers["X-Content-Type-Options"] = "nosniff"
        headers["X-Frame-Options"] = "SAMEORIGIN"
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin"
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()"
        headers["Cross-Origin-Opener-Policy"] = "same-origin"
        if request.endpoint != "static":
            # Pages may hold case data: never keep them in any cache.
            headers["Cache-Control"] = "no-store"
            headers["Pragma"] = "no-cache"
        return response
