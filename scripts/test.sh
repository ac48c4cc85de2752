#!/usr/bin/env bash
# `npm test`: the whole suite, the same on a laptop and in CI.
# Type check → content check → unit → integration (SQLite + PostgreSQL) → production build → container runtime stage → end to end (Chromium).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${TEST_POSTGRES_URL:-}" ]; then
  if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    echo "The integration tests need PostgreSQL: install it (sudo apt-get install -y postgresql) or set TEST_POSTGRES_URL to a server you can create databases on." >&2
    exit 1
  fi
  scripts/start-test-postgres.sh 55432
  export TEST_POSTGRES_URL="postgresql://postgres@127.0.0.1:55432/postgres"
fi
if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  echo "The end-to-end tests need Chromium at /usr/bin/chromium (sudo apt-get install -y chromium) or CHROMIUM_PATH." >&2
  exit 1
fi

echo "== type check"
npx tsc --noEmit
echo "== content check"
npx tsx scripts/content-check.ts
echo "== unit and integration tests (SQLite and PostgreSQL)"
npx vitest run
echo "== production build"
rm -rf .next
npx next build >/tmp/eks-course-build.log 2>&1 || { cat /tmp/eks-course-build.log; exit 1; }
npm run build:server
echo "== container image: the Dockerfile's runtime stage, assembled and started"
npm run test:container
echo "== end-to-end tests (Chromium)"
npx playwright test
