#!/usr/bin/env bash
# `make serve`: builds dist/ as `make dist` does (the site is prerendered pages, so this is how
# to see it) and serves it like a CDN on http://127.0.0.1:8080 with live reload (src/bin/dev.rs):
# a content edit is checked and on the open page within a second, without rebuilding the code;
# a change to the source or the style rebuilds everything, then the page reloads.
set -euo pipefail
cd "$(dirname "$0")/.."
base=${BASE:-/}
make --no-print-directory dist BASE="$base"
cargo build --quiet --features ssr --bin dev
# dev reloads the open pages when $stamp changes; $checked marks the last look for changes.
stamp=target/serve-stamp
checked=target/serve-checked
touch "$stamp" "$checked"
target/debug/dev dist "$base" public/content target/templates/dist.html "$stamp" --port 8080 &
server=$!
trap 'kill $server 2>/dev/null' EXIT
trap 'exit 130' INT TERM
echo "Editing public/content/ shows on the open page at once; src/, style/ and the rest rebuild it (Ctrl-C stops)"
while sleep 1; do
    changed=$(find src style public index.html embed.html embed-pages.html embed-picker.html Cargo.toml -newer "$checked" \
        -not -path 'public/content/*' -type f -print -quit)
    if [ -n "$changed" ]; then
        touch "$checked"
        if make --no-print-directory dist BASE="$base"; then
            touch "$stamp"
        else
            echo "The build failed (see above); fix it and save again"
        fi
    fi
done
