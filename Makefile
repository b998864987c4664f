# Two commands: `make run` opens SPT Field on the demo database, `make test` runs the whole suite.
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
DEMO_DB := $(CURDIR)/.demo/demo.sptdb
# The interface's translations: .ts sources (kept in git), compiled .qm catalogues (built here,
# shipped in the package, never committed).
TRANSLATIONS := spt_field/resources/translations
TS := $(wildcard $(TRANSLATIONS)/spt_field_*.ts)
QM := $(TS:.ts=.qm)

.PHONY: run test clean translations

$(PY):
	python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

$(TRANSLATIONS)/%.qm: $(TRANSLATIONS)/%.ts | $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

# After changing the interface's texts: refresh the .ts sources from the code (new messages come
# in unfinished, vanished ones go), then translate the unfinished ones, e.g. in pyside6-linguist.
# No source locations: line numbers would change the files at every edit of the code.
translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -silent -locations none -no-obsolete \
		$$(find spt_field/ui -name '*.py' | sort) -ts $(TS)

run: $(STAMP) $(QM)
	@mkdir -p .demo
	SPT_FIELD_PASSPHRASE=$${SPT_FIELD_PASSPHRASE:-demo-passphrase-2019} $(PY) -m spt_field --demo --db $(DEMO_DB)

test: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(PY) -m mypy

clean:
	rm -rf $(VENV) .demo .pytest_cache .mypy_cache .ruff_cache $(QM)
