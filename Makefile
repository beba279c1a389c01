# `make run` and `make test` do all the set-up on a fresh machine; both are quick when done.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test setup system-run system-test bench bundle translations clean

run: setup system-run
	$(PY) main.py

# Lint, import order and types first: seconds (mypy keeps its cache in .mypy_cache/).
test: setup system-test
	$(VENV)/bin/ruff check planner tests
	$(VENV)/bin/mypy
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

# The fuzz suite at length: hundreds of fresh examples a test instead of the bounded,
# repeatable few `make test` runs (PLANNER_FUZZ_EXAMPLES=N for more or fewer).
fuzz: setup system-test
	PLANNER_FUZZ_PROFILE=fuzz QT_QPA_PLATFORM=offscreen $(PY) -m pytest tests/fuzz --hypothesis-show-statistics

setup: $(STAMP)

# Reinstall when the dependencies change.
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,dev]'
	touch $(STAMP)

system-run:
	@scripts/system-packages.sh run

system-test:
	@scripts/system-packages.sh test

# The peer (GNOME Planner) is optional: when it cannot be installed, its benchmark says so and is skipped.
bench: setup
	-@scripts/system-packages.sh bench
	$(PY) -m pip install --quiet -e '.[bench]'
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/run_all.py

# The catalogues: new strings from the code into each planner_LANG.ts, then each compiled to .qm.
# Translate in between with pyside6-linguist (see the README, "Translating").
# English is the code's own language: its catalogue holds only the counted phrases ("%n day(s)"),
# whose singular and plural Qt takes from a catalogue (-pluralonly).
translations: setup
	$(VENV)/bin/pyside6-lupdate -no-obsolete $$(git ls-files 'planner/*.py') -ts $$(ls planner/i18n/planner_*.ts | grep -v '_en\.ts$$')
	$(VENV)/bin/pyside6-lupdate -no-obsolete -pluralonly $$(git ls-files 'planner/*.py') -ts planner/i18n/planner_en.ts
	$(VENV)/bin/pyside6-lrelease planner/i18n/planner_*.ts

# A one-folder bundle with its own Python (dist/planner/), then started offscreen as a check.
bundle: setup
	$(PY) -m pip install --quiet -e '.[bundle]'
	$(PY) -m PyInstaller --noconfirm --clean --log-level WARN --distpath dist --workpath dist/.work packaging/planner.spec
	scripts/check-bundle.sh dist/planner

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .hypothesis
