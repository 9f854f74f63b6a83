# Massage Guide: `make serve` and `make test` are all most people need (see README.md).
SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/node_modules/.bin:$(PATH)

# Public path the site is served under, e.g. `make dist BASE=/clinic/`.
BASE ?= /
# Where `make dist` writes the site.
DIST ?= dist
# The widget's own trunk build, merged into $(DIST) by postbuild.
EMBED_BUILD := target/embed-dist
# The widget's pages-only build (embed-pages.html) and the picker-only one (embed-picker.html),
# merged likewise.
PAGES_BUILD := target/embed-pages-dist
PICKER_BUILD := target/embed-picker-dist
# Trunk's page as postbuild finished it, kept for prerendering again (`make serve`).
TEMPLATE = target/templates/$(notdir $(DIST)).html
# The sub-path build the browser tests serve under /clinic/.
CLINIC_DIST := target/dist-clinic

.PHONY: bench serve test dist dist-clinic serve-dist serve-embed-demo check-content schemas html-check lint native-test wasm-test e2e setup-build setup-browsers

## serve: install what is missing, then serve the built site on http://127.0.0.1:8080, rebuilt
## on change (scripts/serve.sh)
serve: setup-build
	@BASE=$(BASE) scripts/serve.sh

## test: install what is missing, then run every check and test (native, content, browsers)
test: setup-build setup-browsers lint check-content native-test wasm-test dist dist-clinic html-check e2e

## dist: the release build for any static host in dist/ (docs/deploy.md): every page
## prerendered, 404.html, _headers, _redirects and the widget (embed.js, embed/{view}/)
dist: setup-build check-content
	trunk build --release --public-url $(BASE) --dist $(DIST)
	trunk build embed.html --release --public-url $(BASE) --dist $(EMBED_BUILD)
	trunk build embed-pages.html --release --public-url $(BASE) --dist $(PAGES_BUILD)
	trunk build embed-picker.html --release --public-url $(BASE) --dist $(PICKER_BUILD)
	cargo run --quiet --bin postbuild -- $(DIST) $(BASE) $(EMBED_BUILD) $(PAGES_BUILD) $(PICKER_BUILD)
	mkdir -p $(dir $(TEMPLATE)) && cp $(DIST)/index.html $(TEMPLATE)
	cargo run --quiet --features ssr --bin prerender -- $(DIST) $(BASE) public/content $(TEMPLATE)

dist-clinic:
	$(MAKE) --no-print-directory dist BASE=/clinic/ DIST=$(CLINIC_DIST)

## serve-dist: the release build served like a CDN on http://127.0.0.1:8080 (with _headers)
serve-dist: dist
	cargo run --quiet --bin serve-dist -- $(DIST) --port 8080 --prefix $(BASE) --rewrites

## serve-embed-demo: a clinic's page (examples/embed) on :8081 embedding the widget from :8080
serve-embed-demo: dist
	cargo build --quiet --bin serve-dist
	@echo "Open http://127.0.0.1:8081/ (the host page); the widget comes from http://127.0.0.1:8080/"
	target/debug/serve-dist $(DIST) --port 8080 --rewrites & \
	target/debug/serve-dist examples/embed --port 8081; kill $$!

## bench: first-view bytes per page and Lighthouse 13 on three pages (tests/bench.rs);
## results in target/bench/latest.json and bench/history.jsonl
bench: dist
	@scripts/setup.sh bench
	cargo test --quiet --features e2e,ssr --test bench

## check-content: validate every file under public/content/
check-content:
	cargo run --quiet --bin check-content -- public/content

## schemas: write the content files' JSON Schemas to schemas/ and map them in .vscode/settings.json
schemas:
	cargo run --quiet --bin schemas

## html-check: every generated HTML page through the Nu HTML checker (vnu-jar from npm, Java);
## any error fails
## (the picker widget's fragments in assets/, each put in a page of its own)
html-check:
	rm -rf target/fragments && mkdir -p target/fragments
	for f in $$(find $(DIST) $(CLINIC_DIST) -path '*/assets/*.html'); do \
	  { printf '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>fragment</title></head><body>'; cat $$f; printf '</body></html>'; } \
	    > target/fragments/$$(echo $$f | tr / _); \
	done
	java -jar node_modules/vnu-jar/build/dist/vnu.jar --errors-only \
	  $$(find $(DIST) $(CLINIC_DIST) -name '*.html' -not -path '*/assets/*') $$(find target/fragments -name '*.html')

lint:
	cargo fmt --check
	cargo clippy --quiet --all-targets --features e2e,ssr -- -D warnings
	cargo clippy --quiet --target wasm32-unknown-unknown --all-targets -- -D warnings
	cargo clippy --quiet --target wasm32-unknown-unknown --no-default-features --bin massage-guide -- -D warnings
	cargo clippy --quiet --target wasm32-unknown-unknown --features widget-pages --bin massage-guide-embed-pages -- -D warnings

native-test:
	cargo test --quiet --features ssr

# Component tests in headless Chromium and Firefox (WebKit is covered by the e2e tests).
wasm-test:
	CHROMEDRIVER=$$(command -v chromedriver) cargo test --target wasm32-unknown-unknown --test components
	GECKODRIVER=$$(command -v geckodriver) cargo test --target wasm32-unknown-unknown --test components

# Needs `make dist` first; WebKit needs a display, hence xvfb-run.
e2e:
	cargo build --quiet --features ssr --bin dev
	xvfb-run -a cargo test --quiet --features e2e --test e2e

setup-build:
	@scripts/setup.sh build

setup-browsers:
	@scripts/setup.sh browsers
