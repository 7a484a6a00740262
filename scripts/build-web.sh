#!/usr/bin/env bash
# Builds the web UI into web/dist when its sources are newer than the last build.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f web/index.html ] || exit 0
if [ ! -f web/dist/index.html ] || [ -n "$(find web -path web/dist -prune -o -newer web/dist/index.html -type f -print -quit)" ]; then
  npx vite build web --logLevel warn
fi
