# The project's verbs. `make serve` and `make test` work on a fresh clone.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8001
DB ?= telegrams.db
SEEDS ?= seeds
STAMP := $(VENV)/.installed

DATASETTE_OPTS := -i $(DB) -m metadata.yml --template-dir templates --plugins-dir plugins \
	--setting sql_time_limit_ms 2000 --setting max_returned_rows 1000 \
	--setting facet_time_limit_ms 400 --setting facet_suggest_time_limit_ms 200

.PHONY: install build serve test clean

install: $(STAMP)

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -c constraints.txt -e '.[test]'
	touch $(STAMP)

$(DB): $(STAMP) $(shell find $(SEEDS) etl -type f -not -path '*/__pycache__/*' 2>/dev/null)
	$(BIN)/python -m etl build --seeds $(SEEDS) --db $(DB)

build: $(DB)

serve: build
	$(BIN)/datasette serve $(DATASETTE_OPTS) -h 127.0.0.1 -p $(PORT)

test: install
	$(BIN)/python -m pytest -q

clean:
	rm -rf $(DB) dist .pytest_cache
