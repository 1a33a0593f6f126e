# The two commands: `make run` and `make test`. Both build .venv on first use.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)
DEMO_DB ?= demo.db

.PHONY: run test lint bench clean docs-preview

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

run: $(STAMP)
	@if [ -n "$$SLACK_BOT_TOKEN" ]; then \
		$(BIN)/scrutiny-bot serve; \
	else \
		$(BIN)/scrutiny-bot demo --db $(DEMO_DB) --quiet && $(BIN)/scrutiny-bot chat --db $(DEMO_DB); \
	fi

test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check .

bench: $(STAMP)
	$(BIN)/python -m bench

docs-preview: $(STAMP)
	$(BIN)/python -m bench.docs_preview

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
