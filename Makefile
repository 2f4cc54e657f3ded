# `make demo` (runtime install + demo lake + nightly pass) and `make test` (dev install + checks).
#
# Two pinned, hashed locks, installed with uv into .venv without resolving anything:
#   requirements.lock      what `pip install .` needs at run time (what `make demo` and a
#                          production install use; see docs/install.md)
#   requirements-dev.lock  the runtime lock's pins plus the `dev` extra (tests, lint, benches)
# .venv holds one of the two at a time: `make install` syncs it to the runtime lock (removing
# dev packages), `make install-dev` to both locks. Switching is a few seconds from uv's cache.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
UV_VERSION := 0.13.8
DEMO_DIR ?= demo-lake
UV_SYNC = $(BIN)/uv pip sync --python $(BIN)/python --require-hashes --compile-bytecode
UV_COMPILE = $(BIN)/uv pip compile --python-version 3.11 --generate-hashes --quiet $(UPGRADE)

.PHONY: install install-dev demo test lint format lock bench bench-startup bench-nightly clean

install: $(VENV)/.installed-runtime

install-dev: $(VENV)/.installed-dev

$(BIN)/uv:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)

$(VENV)/.installed-runtime: pyproject.toml requirements.lock | $(BIN)/uv
	$(UV_SYNC) requirements.lock
	$(BIN)/uv pip install --python $(BIN)/python --no-deps -e .
	rm -f $(VENV)/.installed-dev
	touch $@

$(VENV)/.installed-dev: pyproject.toml requirements.lock requirements-dev.lock | $(BIN)/uv
	$(UV_SYNC) requirements.lock requirements-dev.lock
	$(BIN)/uv pip install --python $(BIN)/python --no-deps -e .
	rm -f $(VENV)/.installed-runtime
	touch $@

demo: install
	$(BIN)/lakesweep demo --out $(DEMO_DIR)

test: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/pytest -n 2 --dist loadgroup -q

lint: install-dev
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Re-pin both locks after editing dependencies in pyproject.toml (existing pins are kept
# where they still fit; `make lock UPGRADE=--upgrade` moves everything to the newest). The
# dev lock is compiled under the runtime lock's pins, so installing it on top changes none.
lock: | $(BIN)/uv
	$(UV_COMPILE) pyproject.toml -o requirements.lock
	$(UV_COMPILE) pyproject.toml --extra dev -c requirements.lock -o requirements-dev.lock

bench: install-dev
	$(BIN)/python -m bench.retention

# As a user sees them, so in the runtime install (in the dev one, Presidio imports
# transformers): start-up times, and the whole nightly pass vs the naive one.
bench-startup: install
	$(BIN)/python -m bench.startup

bench-nightly: install
	$(BIN)/python -m bench.nightly

clean:
	rm -rf $(VENV) $(DEMO_DIR) .pytest_cache .ruff_cache
