# Everything a fresh machine needs: Python 3.11+, pip and make.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

export PREFECT_SERVER_ANALYTICS_ENABLED ?= false
export PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS ?= 120

.PHONY: run test bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

## One pass of the monitor flow on the bundled seed files; prints what it found.
run: $(STAMP)
	$(BIN)/syriawatch run

## The whole test suite (lint and type checks first: they are fast).
test: $(STAMP)
	$(BIN)/ruff check src flows tests benchmarks scripts
	$(BIN)/ruff format --check src flows tests benchmarks scripts
	$(BIN)/mypy
	$(BIN)/pytest

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_pipeline.py
	$(BIN)/python benchmarks/bench_feeds.py
	$(BIN)/python benchmarks/bench_alert_latency.py

clean:
	rm -rf $(VENV) warehouse/*.duckdb warehouse/*.duckdb.wal outbox
