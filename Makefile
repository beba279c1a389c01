# `make run` and `make test` do all the set-up on a fresh machine; both are quick when done.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test setup system-run system-test bench clean

run: setup system-run
	$(PY) main.py

test: setup system-test
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

setup: $(STAMP)

# Reinstall when the dependencies change.
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

system-run:
	@scripts/system-packages.sh run

system-test:
	@scripts/system-packages.sh test

bench: setup
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/run_all.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .hypothesis
