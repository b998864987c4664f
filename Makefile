# Two commands: `make run` opens SPT Field on the demo database, `make test` runs the whole suite.
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
DEMO_DB := $(CURDIR)/.demo/demo.sptdb
# French where the machine has it (Debian's locales-all), else the C locale's UTF-8.
LATER_LOCALE := $(if $(shell locale -a 2>/dev/null | grep -ix 'fr_FR.utf8'),fr_FR.UTF-8,C.UTF-8)
# The interface's translations: .ts sources in resources/ (kept in git); the build compiles them
# into .qm catalogues inside the package (build_resources.py), never committed.
TS := $(wildcard resources/translations/spt_field_*.ts)

.PHONY: run test test-dist test-later dist clean translations catalogues resources

$(PY):
	python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml setup.py build_resources.py | $(PY)
	$(PY) -m pip install --quiet -e '.[test,dist]'
	touch $(STAMP)

# What runs, built from resources/ into spt_field/resources/ (the build does the same for a wheel):
# the compiled translations, the icon, the demo visit. Only what is out of date is redone.
resources: $(STAMP)
	$(PY) build_resources.py > /dev/null

# After changing the interface's texts: refresh the .ts sources from the code (new messages come
# in unfinished, vanished ones go), then translate the unfinished ones, e.g. in pyside6-linguist.
# No source locations: line numbers would change the files at every edit of the code.
translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -silent -locations none -no-obsolete \
		$$(find spt_field/ui -name '*.py' | sort) -ts $(TS)

# The catalogues below the interface (report wording, code labels, rule messages): write the
# gettext templates resources/locale/*.pot from the code and bring every language's .po up to
# date (new messages come in untranslated, vanished ones go); `make resources` compiles them.
# See docs/translations.md.
catalogues: $(STAMP)
	$(PY) extract_messages.py

run: $(STAMP) resources
	@mkdir -p .demo
	SPT_FIELD_PASSPHRASE=$${SPT_FIELD_PASSPHRASE:-demo-passphrase-2019} $(PY) -m spt_field --demo --db $(DEMO_DB)

# Everything but the one-folder build, which `make test-dist` checks (CI runs both).
test: $(STAMP) resources
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -m 'not dist'
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(PY) -m mypy

# The suite a year from now, in the time zone furthest ahead, in French: no test may depend on
# the day, the zone or the locale it runs in (libfaketime moves the clock the code reads).
test-later: $(STAMP) resources
	TZ=Pacific/Kiritimati LC_ALL=$(LATER_LOCALE) faketime -f '+365d' \
		env QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -m 'not slow and not dist'

test-dist: $(STAMP) resources
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -m dist

# The one-folder application: dist/spt-field/ and its archive beside it (packaging/spt-field.spec).
dist: $(STAMP) resources
	$(PY) packaging/build_dist.py

clean:
	rm -rf $(VENV) .demo .pytest_cache .mypy_cache .ruff_cache build dist \
		spt_field/resources/translations/*.qm spt_field/resources/icons spt_field/resources/demo \
		spt_field/resources/locale
