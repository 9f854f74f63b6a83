# Massage Guide: `make serve` and `make test` are all most people need (see README.md).
SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/node_modules/.bin:$(PATH)

# Public path the site is served under, e.g. `make dist BASE=/clinic/`.
BASE ?= /

.PHONY: serve test dist check-content lint native-test wasm-test e2e setup-build setup-browsers

## serve: install what is missing, then serve the site on http://127.0.0.1:8080, rebuilt on change
serve: setup-build
	trunk serve --public-url $(BASE)

## test: install what is missing, then run every check and test (native, content, browsers)
test: setup-build setup-browsers lint check-content native-test wasm-test dist e2e

## dist: the optimised release build in dist/, with 404.html for hosts without rewrites
dist: setup-build
	trunk build --release --public-url $(BASE)
	cp dist/index.html dist/404.html

## check-content: validate every file under public/content/
check-content:
	cargo run --quiet --bin check-content -- public/content

lint:
	cargo fmt --check
	cargo clippy --quiet --all-targets --features e2e -- -D warnings
	cargo clippy --quiet --target wasm32-unknown-unknown --all-targets -- -D warnings

native-test:
	cargo test --quiet

# Component tests in headless Chromium and Firefox (WebKit is covered by the e2e tests).
wasm-test:
	CHROMEDRIVER=$$(command -v chromedriver) cargo test --target wasm32-unknown-unknown --test components
	GECKODRIVER=$$(command -v geckodriver) cargo test --target wasm32-unknown-unknown --test components

# Needs `make dist` first; WebKit needs a display, hence xvfb-run.
e2e:
	xvfb-run -a cargo test --quiet --features e2e --test e2e

setup-build:
	@scripts/setup.sh build

setup-browsers:
	@scripts/setup.sh browsers
