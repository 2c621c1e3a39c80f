# The two commands a new machine needs: `make run` and `make test`.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
# Debian packages: what the tests drive (Chromium), serve against (PostgreSQL) and open Word
# files with (LibreOffice, poppler), the British English dictionary offline spelling reads, and
# Princeton WordNet, which the rubric reads for its knowledge of English.
TEST_DEBS := chromium postgresql libreoffice-writer-nogui poppler-utils
RUN_DEBS := hunspell-en-gb wordnet-base
export ASSIST_ENV ?= development

.DEFAULT_GOAL := help

.PHONY: help
help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	test -d $(VENV) || python3 -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $(STAMP)

.PHONY: install
install: $(STAMP) ## Create .venv and install the app and its tools
	@scripts/ensure-debs $(RUN_DEBS)

.PHONY: db
db: install ## Create or migrate the SQLite database and load the demo data (once)
	$(VENV)/bin/assist init-db
	$(VENV)/bin/assist demo

.PHONY: run
run: db ## Set up, then serve on http://127.0.0.1:5000 with demo data
	$(VENV)/bin/assist serve --host 127.0.0.1 --port 5000

.PHONY: test
test: lint ## Set up, check the code (make lint), then run every test (SQLite and PostgreSQL)
	@scripts/ensure-debs $(TEST_DEBS)
	scripts/test.sh

.PHONY: lint
lint: install ## Check the code: ruff, the layers (import-linter) and the domain's types (mypy)
	$(VENV)/bin/ruff check assist tests bench
	$(VENV)/bin/ruff format --check assist tests bench
	$(VENV)/bin/lint-imports
	$(VENV)/bin/mypy

.PHONY: format
format: install ## Format the code with ruff
	$(VENV)/bin/ruff check --fix assist tests bench
	$(VENV)/bin/ruff format assist tests bench

.PHONY: frontend
frontend: ## Rebuild the committed GOV.UK Frontend CSS and JS (needs Node)
	frontend/build.sh

.PHONY: clean
clean: ## Remove the virtual environment and the local database
	rm -rf $(VENV) instance
