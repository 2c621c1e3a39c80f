#!/usr/bin/env bash
# Run the whole test suite against SQLite and a throwaway PostgreSQL server.
set -euo pipefail
cd "$(dirname "$0")/.."
pg_dir=$(mktemp -d /tmp/assist-test-pg.XXXXXX)
chmod 755 "$pg_dir"
trap 'scripts/test-postgres stop "$pg_dir"' EXIT
ASSIST_TEST_POSTGRES_URL=$(scripts/test-postgres start "$pg_dir")
export ASSIST_TEST_POSTGRES_URL
echo "Test PostgreSQL server: $ASSIST_TEST_POSTGRES_URL"
# One worker per core (pytest-xdist): the suite is CPU-bound and its tests share nothing.
.venv/bin/python -m pytest -n auto "$@"
