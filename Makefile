# The project's verbs. `make serve` and `make test` work on a fresh clone.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8001
DB ?= telegrams.db
SEEDS ?= seeds
STAMP := $(VENV)/.installed

.PHONY: install build serve test bench fuzz loadtest screenshot release publish clean

install: $(STAMP)

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -c constraints.txt -e '.[test]'
	touch $(STAMP)

$(DB): $(STAMP) $(shell find $(SEEDS) etl -type f -not -path '*/__pycache__/*' 2>/dev/null)
	$(BIN)/python -m etl build --seeds $(SEEDS) --db $(DB)

build: $(DB)

# Datasette on 127.0.0.1:$(PORT), the database immutable (-i), with metadata.yml, templates/,
# plugins/ and explicit limits (sql_time_limit_ms 2000, max_returned_rows 1000, facet time
# limits): publish/__init__.py holds them, for serve, tests, benchmarks and publish alike.
serve: build
	$(BIN)/python -m publish.serve --db $(DB) --port $(PORT)

test: install
	$(BIN)/python -m pytest -q

bench: install
	$(BIN)/python -m bench.benchmark

fuzz: install
	HYPOTHESIS_PROFILE=fuzz $(BIN)/python -m pytest -q tests/test_fuzz.py

loadtest: install
	$(BIN)/python -m bench.loadtest

screenshot: build
	$(BIN)/python -m publish.screenshots $(DB)

release: build
	$(BIN)/python -m publish.release $(DB) dist

# Deploys to Google Cloud Run (needs gcloud, logged in); SERVICE names the Cloud Run service.
SERVICE ?= cold-war-telegrams
publish: build
	$(BIN)/python -m publish.deploy --db $(DB) --service $(SERVICE)

clean:
	rm -rf $(DB) .$(DB).cache dist .pytest_cache
