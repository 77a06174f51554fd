# Two commands on a fresh machine: `make play` and `make test`.
# Each creates .venv when it is missing (or pyproject.toml or setup.py changed), installs the game into it, then runs.

VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
# The first Python 3.11+ found on PATH builds the venv.
PYTHON ?= $(shell for p in python3.13 python3.12 python3.11 python3 python; do \
            command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null && { echo $$p; break; }; \
          done)

.PHONY: play play-text test goldens lint bench screenshots strings clean

$(STAMP): pyproject.toml setup.py
	@test -n "$(PYTHON)" || { echo "Village Resilience needs Python 3.11 or newer: install it from https://www.python.org/downloads/ and run make again."; exit 1; }
	@echo "Setting up $(VENV) with $(PYTHON) (first run only, about a minute)..."
	@# pip's and setuptools' own notices are for developers: kept in a log, shown on failure
	@$(PYTHON) -m venv $(VENV)
	@{ $(PY) -m pip install --quiet --upgrade pip && $(PY) -m pip install --quiet -e '.[dev]'; } \
	  > $(VENV)/setup.log 2>&1 || { cat $(VENV)/setup.log; echo "Setting up $(VENV) failed: the lines above say why (also in $(VENV)/setup.log)."; exit 1; }
	@echo "Ready."
	@touch $@

play: $(STAMP)
	$(PY) -m game play

# Plain for a screen reader: no meter bar or rules, and make's own echo kept out (`@`)
play-text: $(STAMP)
	@$(PY) -m game play --text --plain

test: $(STAMP)
	SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy $(PY) -m pytest

# Re-record the shipped seasons' golden transcripts after a season is edited on purpose
# (stories/transcripts/goldens.txt names each one's story and path; docs/transcripts.md).
# Then read `git diff stories/transcripts` before committing.
goldens: $(STAMP)
	$(PY) -m game test --regenerate stories/transcripts/goldens.txt
	$(PY) -m game test --save-reload stories/transcripts

lint: $(STAMP)
	$(VENV)/bin/ruff check .

# The game's own words, extracted with Babel into game/locale/game.pot (docs/translating.md).
strings: $(STAMP)
	$(PY) -m game strings ui

bench: $(STAMP)
	$(PY) bench/load.py
	$(PY) bench/hostile.py
	$(PY) bench/pictures.py
	$(PY) bench/explore.py
	SDL_VIDEODRIVER=dummy $(PY) bench/frames.py
	SDL_VIDEODRIVER=dummy $(PY) bench/fuzz.py
	$(PY) bench/kill9.py

# Screenshots for the docs, drawn by `render` at 1280x720 (no window needed).
SHOTS  := docs/screenshots
RENDER := SDL_VIDEODRIVER=dummy $(PY) -m game render
FAMINE := reap_for_anna,offer_one,cut_wood,to_buzuluk,bring_misha_home,take_petrov_children,give_own_supper,keep_zorka,sell_zorka,sow_all,join_supryaga,take_repayment
screenshots: $(STAMP)
	$(RENDER) stories/campaign.yaml --screen title -o $(SHOTS)/title.png
	$(RENDER) stories/campaign.yaml --screen choose -o $(SHOTS)/choose.png
	$(RENDER) stories/campaign.yaml --screen intro -o $(SHOTS)/intro.png
	$(RENDER) stories/famine.yaml --scene misha_door -o $(SHOTS)/scene.png
	$(RENDER) stories/famine.yaml --screen outcome --choices reap_for_anna -o $(SHOTS)/outcome.png
	$(RENDER) stories/famine.yaml --screen ending --choices $(FAMINE) -o $(SHOTS)/ending.png
	$(RENDER) stories/famine.yaml --screen summary --choices $(FAMINE) -o $(SHOTS)/summary.png
	$(RENDER) stories/famine.yaml --screen ledger --choices $(FAMINE) -o $(SHOTS)/ledger.png
	$(RENDER) stories/famine.yaml --screen menu -o $(SHOTS)/menu.png
	$(RENDER) stories/famine.yaml --screen settings -o $(SHOTS)/settings.png
	$(RENDER) stories/famine.yaml --screen problem -o $(SHOTS)/problem.png
	$(RENDER) stories/war.yaml --scene schmidts --with fed_schmidt_children -o $(SHOTS)/war-scene.png
	$(RENDER) stories/reconstruction.yaml --scene frame_raising --text-scale 2 -o $(SHOTS)/text-200.png
	$(RENDER) stories/war.yaml --scene winter_1943 --theme high-contrast -o $(SHOTS)/high-contrast.png
	$(RENDER) stories/famine.yaml --scene skhod --size 1080x1920 -o $(SHOTS)/portrait.png

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache
