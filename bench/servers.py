"""Real server processes for benchmarks and tests: each on a free port, waited for until it
answers, and stopped however the caller leaves."""

from __future__ import annotations

import contextlib
import os
import re
import subprocess
from pathlib import Path

from bench.bench_concurrent_saves import free_port, wait_for

ROOT = Path(__file__).resolve().parent.parent
ASSIST = str(ROOT / ".venv/bin/assist")
CSRF_TOKEN = re.compile(r'name="csrf_token"[^>]*value="([^"]+)"')


def assist_serve(port):
    """The command line of `assist serve` on ``port``."""
    return [ASSIST, "serve", "--host", "127.0.0.1", "--port", str(port)]


@contextlib.contextmanager
def running(command=assist_serve, env=None, log=None, seconds=180):
    """Start ``command(port)`` on a free port, wait until it answers, yield (process, base URL)
    and stop it. ``log``: a file for what it prints (else nothing is kept)."""
    port = free_port()
    output = open(log, "ab") if log else subprocess.DEVNULL  # noqa: SIM115 (closed below)
    server = subprocess.Popen(  # noqa: S603 (our own commands)
        command(port),
        env=dict(os.environ) if env is None else env,
        stdout=output,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for(base, server, seconds)
        yield server, base
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        if log:
            output.close()


def sign_in(http, base, email, password):
    """Sign in over HTTP as a browser does (the form's CSRF token first); the answer, not
    followed: a redirect when it worked."""
    page = http.get(f"{base}/sign-in", timeout=120).text
    return http.post(
        f"{base}/sign-in",
        data={"csrf_token": CSRF_TOKEN.search(page).group(1), "email": email, "password": password},
        timeout=120,
        allow_redirects=False,
    )
