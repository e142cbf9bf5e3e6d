#!/usr/bin/env bash
# Run every test: lint, JS unit tests, then the backend suite on SQLite and again on
# PostgreSQL + Redis. An unreachable PostgreSQL or Redis is a failure (set SKIP_SERVERS=1 on a
# machine without them; CI ignores that switch).
source "$(dirname "$0")/bootstrap.sh"
install_python "[test]"

echo "== ruff"
.venv/bin/ruff check backend tests scripts

for dir in $(js_folders); do
  if has_script "$dir" test; then
    echo "== $dir tests"
    npm_install "$dir"
    (cd "$dir" && npm test --silent)
  fi
  if has_script "$dir" typecheck; then
    echo "== $dir type check"
    (cd "$dir" && npm run --silent typecheck)
  fi
done

echo "== browser tests (Debian chromium through playwright-core)"
if [ ! -x /usr/bin/chromium ] || ! fc-list 2>/dev/null | grep -qi "Noto Sans CJK"; then
  # STACK.md: browsers cannot be downloaded; Debian's chromium can. CJK fonts so pages render Chinese.
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
fi
for dir in admin_web app_shell; do (cd "$dir" && npm run --silent build >/dev/null); done
(cd app_shell && npm run --silent e2e)

echo "== backend on SQLite (in-process cache)"
.venv/bin/python -m pytest -q -p no:cacheprovider

if [ "${SKIP_SERVERS:-0}" = "1" ] && [ "${CI:-}" != "true" ]; then
  echo "SKIP_SERVERS=1: PostgreSQL + Redis pass skipped"
  exit 0
fi
echo "== backend on PostgreSQL + Redis"
PG_ADMIN_URL="${TEST_POSTGRES_ADMIN_URL:-postgres://postgres@127.0.0.1:5432/postgres}"
TEST_DATABASE_URL="$(.venv/bin/python scripts/fresh_database.py "$PG_ADMIN_URL")"
TEST_REDIS_URL="${TEST_REDIS_URL:-redis://127.0.0.1:6379/15}"
.venv/bin/python scripts/fresh_database.py --check-redis "$TEST_REDIS_URL"
export TEST_DATABASE_URL TEST_REDIS_URL
trap '.venv/bin/python scripts/fresh_database.py --drop "$PG_ADMIN_URL" "$TEST_DATABASE_URL" || true' EXIT
.venv/bin/python -m pytest -q -p no:cacheprovider
