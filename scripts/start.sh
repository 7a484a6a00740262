#!/usr/bin/env bash
# npm start: installs dependencies on a fresh clone, builds the UI, loads the demo dataset into the
# embedded SQLite store (./opstrack.db, or OPSTRACK_DB) and serves http://127.0.0.1:4000.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules ] || npm ci --no-audit --no-fund
bash scripts/build-web.sh
exec node --no-regexp-tier-up bin/opstrack.js demo "$@"
