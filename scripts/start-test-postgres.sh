#!/usr/bin/env bash
# Starts a throw-away PostgreSQL server on a loopback port for the integration tests
# and prints nothing but errors. Used by .ci/run; developers can run it too.
# Usage: scripts/start-test-postgres.sh [port]   (default 55432)
set -euo pipefail
port="${1:-55432}"
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bin" ]; then
  echo "PostgreSQL is not installed (apt-get install -y postgresql)." >&2
  exit 1
fi
dir="/tmp/eks-course-pg-$port"
if "$bin/pg_isready" -q -h 127.0.0.1 -p "$port"; then
  exit 0
fi
rm -rf "$dir" && mkdir -p "$dir"
run_as_pg() { if [ "$(id -u)" = "0" ]; then chown -R postgres:postgres "$dir"; su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi; }
run_as_pg "'$bin/initdb' -D '$dir/data' -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null"
run_as_pg "'$bin/pg_ctl' -D '$dir/data' -l '$dir/log' -o \"-c listen_addresses=127.0.0.1 -p $port -k '$dir' -c fsync=off -c synchronous_commit=off -c max_connections=200\" -w start >/dev/null"
"$bin/pg_isready" -q -h 127.0.0.1 -p "$port"
