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

# the extractor compiled with mypyc (briefings/compiled.py): a third faster, same output; used only while
# it matches the sources, so a failed or stale build just means pure Python
COMPILED := briefings/_compiled/STAMP
$(COMPILED): $(BIN)/.installed $(wildcard briefings/extract/*.py) briefings/models.py briefings/compiled.py
	$(BIN)/python -m briefings.compiled build || echo "note: compiled extractor not built; the extractor runs as pure Python"

install: $(BIN)/.installed $(COMPILED)

run: install
	$(BIN)/briefbot ingest seeds/
	$(BIN)/briefbot run

lint: $(BIN)/.installed
	$(BIN)/ruff check briefings bot tests bench

typecheck: $(BIN)/.installed
	$(BIN)/mypy

# pytest exits 5 when it collects no test; that is not a failure of the code under test. Lint and typecheck
# need no compiled build, so `make -j2 test` (CI) runs them while the extractor compiles.
test: lint typecheck $(COMPILED)
	$(BIN)/pytest -q -p no:cacheprovider; rc=$$?; if [ $$rc -eq 5 ]; then echo "pytest: no tests collected"; exit 0; fi; exit $$rc

bench: install
	$(BIN)/python -m bench

eval: install
	$(BIN)/briefbot eval tests/corpus

clean:
	rm -rf $(VENV) briefings/_compiled data/*.db .pytest_cache .mypy_cache .ruff_cache
