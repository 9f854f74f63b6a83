#!/usr/bin/env bash
# `make serve`: builds dist/ as `make dist` does (the site is prerendered pages, so this is how
# to see it), serves it like a CDN on http://127.0.0.1:8080, and builds it again whenever the
# content, the source or the style changes; reload the page to see the change.
set -euo pipefail
cd "$(dirname "$0")/.."
base=${BASE:-/}
watched=(public src style index.html embed.html)
make --no-print-directory dist BASE="$base"
cargo build --quiet --bin serve-dist
target/debug/serve-dist dist --port 8080 --prefix "$base" --rewrites &
server=$!
trap 'kill $server' EXIT
stamp=$(mktemp)
echo "Serving http://127.0.0.1:8080$base; editing ${watched[*]} rebuilds it (Ctrl-C stops)"
while sleep 2; do
    if [ -n "$(find "${watched[@]}" -newer "$stamp" -print -quit)" ]; then
        touch "$stamp"
        make --no-print-directory dist BASE="$base" || echo "The build failed (see above); fix it and save again"
    fi
done
