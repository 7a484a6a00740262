#!/usr/bin/env bash
# The test command (npm test): installs and starts what the tests need, then runs every test.
#  - PostgreSQL: uses OPSTRACK_TEST_PG_URL when set, else installs Debian's postgresql if absent and
#    starts a throwaway server on loopback for this run; fails loudly if it cannot.
#  - Chromium (browser tests): Debian's /usr/bin/chromium, installed when absent.
# Narrow with OPSTRACK_TEST_BACKENDS=sqlite (skip PostgreSQL) or pass test files as arguments.
set -euo pipefail
cd "$(dirname "$0")/.."

[ -d node_modules ] || npm ci

apt_install() {
  if [ "$(id -u)" != 0 ]; then echo "test.sh: need root to apt-get install $*" >&2; return 1; fi
  if [ -z "${APT_UPDATED:-}" ]; then apt-get update -qq >/dev/null; APT_UPDATED=1; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

backends="${OPSTRACK_TEST_BACKENDS:-sqlite,postgres}"
pg_dir=""
cleanup() {
  if [ -n "$pg_dir" ]; then
    runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$pg_dir"
  fi
}
trap cleanup EXIT

if [[ "$backends" == *postgres* && -z "${OPSTRACK_TEST_PG_URL:-}" ]]; then
  if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    echo "test.sh: installing PostgreSQL from Debian" >&2
    apt_install postgresql || { echo "test.sh: FAILED to install PostgreSQL" >&2; exit 1; }
  fi
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  pg_dir=$(mktemp -d /tmp/opstrack-pg.XXXXXX)
  chown postgres "$pg_dir"
  port=$(( 20000 + RANDOM % 20000 ))
  runuser -u postgres -- "$PG_BIN/initdb" -D "$pg_dir/data" -U postgres -A trust >/dev/null
  runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/log" -w \
    -o "-p $port -k $pg_dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >/dev/null \
    || { echo "test.sh: FAILED to start PostgreSQL:" >&2; cat "$pg_dir/log" >&2; exit 1; }
  export OPSTRACK_TEST_PG_URL="postgres://postgres@127.0.0.1:$port/postgres"
  echo "test.sh: PostgreSQL $(basename "$(dirname "$PG_BIN")") on 127.0.0.1:$port" >&2
fi
export OPSTRACK_TEST_BACKENDS="$backends"

if [ ! -x /usr/bin/chromium ] && [ "${OPSTRACK_TEST_BROWSER:-1}" != 0 ]; then
  echo "test.sh: installing Chromium from Debian" >&2
  apt_install chromium || { echo "test.sh: FAILED to install chromium" >&2; exit 1; }
fi

# The UI is built for the browser tests (and the full run) when its sources are newer than the build.
needs_web=0
if [ "$#" -eq 0 ]; then needs_web=1; else for f in "$@"; do [[ "$f" == test/web/* ]] && needs_web=1; done; fi
if [ "$needs_web" = 1 ]; then bash scripts/build-web.sh; fi

# The full run: test/extract's files share one process (test/extract.suite.ts), since loading the
# extractor is most of each small file's cost there; the others run one process per file.
if [ "$#" -gt 0 ]; then files=("$@"); else
  mapfile -t files < <(find test -name '*.test.ts' -not -path 'test/extract/*' | sort)
  files=(test/extract.suite.ts "${files[@]}")
fi
node --import tsx --test --test-concurrency=2 --test-reporter=spec "${files[@]}"
