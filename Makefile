# The two commands: `make demo` (install + demo lake + nightly pass) and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
UV_VERSION := 0.13.8
DEMO_DIR ?= demo-lake

.PHONY: install demo test lint format lock bench clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)
	$(BIN)/uv pip sync --python $(BIN)/python requirements.lock
	$(BIN)/uv pip install --python $(BIN)/python --no-deps -e .
	touch $@

demo: install
	$(BIN)/lakesweep demo --out $(DEMO_DIR)

test: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/pytest -n 2 --dist loadgroup -q

lint: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Re-pin after editing pyproject.toml dependencies.
lock:
	$(BIN)/uv pip compile --python-version 3.11 pyproject.toml --extra dev --generate-hashes -o requirements.lock

bench: install
	$(BIN)/python -m bench.retention

clean:
	rm -rf $(VENV) $(DEMO_DIR) .pytest_cache .ruff_cache
