# Two commands on a fresh clone:  `make run`  and  `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: setup run test test-fast check bench clean help
help:  ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

# Bytecode is compiled at install: where PYTHONDONTWRITEBYTECODE is set (or site-packages is
# read-only) every process would otherwise compile each module it imports, seconds a command.
$(STAMP): pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check uv
	$(BIN)/uv pip install --quiet --python $(BIN)/python --compile-bytecode -r requirements.lock
	$(BIN)/uv pip install --quiet --python $(BIN)/python --no-deps -e .
	$(BIN)/python -m compileall -q -j 0 pipeline flows >/dev/null
	touch $@

setup: $(STAMP)  ## create .venv with the locked dependencies and their bytecode (uv: about 40 s)

run: $(STAMP)  ## run the archive flow over data/sample into data/processed/
	$(BIN)/scrutiny run data/sample --out data/processed/export

test: check  ## lint, type-check and run the whole test suite
	$(BIN)/python -m pytest -q

test-fast: $(STAMP)  ## the tests not marked slow, on two workers (under two minutes)
	$(BIN)/python -m pytest -q -m "not slow" -n 2

check: $(STAMP)  ## ruff and mypy (the package ships py.typed: its types are checked)
	$(BIN)/ruff check pipeline flows tests bench
	$(BIN)/mypy pipeline flows

bench: $(STAMP)  ## print parse, theme, link, flow and start-up figures (uses ../shared/external when present)
	$(BIN)/python bench/bench_parse.py
	$(BIN)/python bench/bench_themes.py
	$(BIN)/python bench/bench_link.py
	$(BIN)/python bench/bench_search.py
	$(BIN)/python bench/bench_flow.py
	$(BIN)/python bench/bench_start.py

lock:  ## re-resolve requirements.lock from pyproject.toml
	$(BIN)/uv pip compile pyproject.toml --extra dev --python-version 3.11 -o requirements.lock

clean:  ## remove the venv and everything rebuildable
	rm -rf $(VENV) data/interim data/processed
