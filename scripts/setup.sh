#!/usr/bin/env bash
# Installs what the build and the tests need, only when missing, so a second run is quiet and fast.
# Only registry packages are fetched (apt, crates.io, npm); README.md says why these exact
# versions. Usage: scripts/setup.sh build|browsers|bench|all
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-all}
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"

say() { echo "setup: $*" >&2; }

apt_install() {
    local missing=()
    for pkg in "$@"; do
        [[ "$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null)" == *"ok installed"* ]] || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    say "apt-get install ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# cargo_install BIN CRATE VERSION [extra args]: skip when BIN already reports VERSION.
cargo_install() {
    local bin=$1 crate=$2 version=$3
    shift 3
    # Not `--version | grep -q`: with pipefail, grep quitting early can fail the pipe (SIGPIPE).
    local reported=""
    command -v "$bin" >/dev/null && reported=$("$bin" --version 2>/dev/null || true)
    [[ "$reported" == *"$version"* ]] && return 0
    say "cargo install $crate $version"
    cargo install -q "$crate" --version "$version" "$@"
}

setup_build() {
    [[ "$(rustup target list --installed)" == *wasm32-unknown-unknown* ]] ||
        { say "rustup target add wasm32-unknown-unknown"; rustup target add wasm32-unknown-unknown; }
    cargo_install trunk trunk 0.21.14 --locked
    # No --locked: its lockfile pins a webpki-roots the registry does not serve (README.md).
    cargo_install wasm-bindgen wasm-bindgen-cli 0.2.130
    # Debian's binaryen 108 emits wasm that fails at start-up; npm's binaryen@132 works.
    # esbuild minifies the JS and CSS (src/hosting/postbuild.rs).
    if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -x node_modules/.bin/esbuild ] ||
        [ ! -f node_modules/axe-core/axe.min.js ] || [ ! -f node_modules/vnu-jar/build/dist/vnu.jar ]; then
        say "npm ci (binaryen, esbuild, axe-core, vnu-jar)"
        npm ci --silent --no-audit --no-fund >/dev/null
    fi
}

setup_browsers() {
    apt_install chromium chromium-driver firefox-esr webkit2gtk-driver xvfb xauth brotli
    # The Nu HTML checker (make html-check) runs on Java.
    command -v java >/dev/null || apt_install default-jre-headless
    cargo_install geckodriver geckodriver 0.37.1
}

# Lighthouse 13 and the Node 22 it needs, both from the npm registry, for `make bench` only.
setup_bench() {
    if [ ! -x bench/node_modules/.bin/node ] || [ ! -f bench/node_modules/lighthouse/cli/index.js ]; then
        say "npm ci --prefix bench (Lighthouse)"
        npm ci --prefix bench --silent --no-audit --no-fund >/dev/null
    fi
}

case "$what" in
build) setup_build ;;
browsers) setup_browsers ;;
bench) setup_browsers; setup_bench ;;
all) setup_build; setup_browsers ;;
*) echo "usage: $0 build|browsers|bench|all" >&2; exit 2 ;;
esac
