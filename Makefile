# Two commands set everything up on a fresh machine: `make run` and `make test`.
VENV ?= .venv
BIN := $(VENV)/bin
PYTHON ?= python3

.PHONY: install run test lint typecheck bench eval clean

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e ".[dev]"
	touch $@

install: $(BIN)/.installed

run: install
	$(BIN)/briefbot ingest seeds/
	$(BIN)/briefbot run

lint: install
	$(BIN)/ruff check briefings bot tests bench

typecheck: install
	$(BIN)/mypy

# pytest exits 5 when it collects no test; that is not a failure of the code under test.
test: lint typecheck
	$(BIN)/pytest -q -p no:cacheprovider; rc=$$?; if [ $$rc -eq 5 ]; then echo "pytest: no tests collected"; exit 0; fi; exit $$rc

bench: install
	$(BIN)/python -m bench

eval: install
	$(BIN)/briefbot eval tests/corpus

clean:
	rm -rf $(VENV) data/*.db .pytest_cache .mypy_cache .ruff_cache
