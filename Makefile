# Two commands on a fresh machine: `make play` and `make test`.
# Each creates .venv when it is missing (or pyproject.toml changed), installs the game into it, then runs.

VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
# The first Python 3.11+ found on PATH builds the venv.
PYTHON ?= $(shell for p in python3.13 python3.12 python3.11 python3 python; do \
            command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null && { echo $$p; break; }; \
          done)

.PHONY: play play-text test lint bench screenshots clean

$(STAMP): pyproject.toml
	@test -n "$(PYTHON)" || { echo "Village Resilience needs Python 3.11 or newer: install it from https://www.python.org/downloads/ and run make again."; exit 1; }
	@echo "Setting up $(VENV) with $(PYTHON) (first run only)..."
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	@touch $@

play: $(STAMP)
	$(PY) -m game play

play-text: $(STAMP)
	$(PY) -m game play --text

test: $(STAMP)
	SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy $(PY) -m pytest

lint: $(STAMP)
	$(VENV)/bin/ruff check .

bench: $(STAMP)
	$(PY) bench/load.py
	$(PY) bench/hostile.py
	$(PY) bench/explore.py
	SDL_VIDEODRIVER=dummy $(PY) bench/frames.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache
