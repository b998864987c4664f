# Two commands: `make run` opens SPT Field on the demo database, `make test` runs the whole suite.
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
DEMO_DB := $(CURDIR)/.demo/demo.sptdb

.PHONY: run test clean

$(PY):
	python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	@mkdir -p .demo
	SPT_FIELD_PASSPHRASE=$${SPT_FIELD_PASSPHRASE:-demo-passphrase-2019} $(PY) -m spt_field --demo --db $(DEMO_DB)

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(PY) -m mypy

clean:
	rm -rf $(VENV) .demo .pytest_cache .mypy_cache .ruff_cache
