#!/usr/bin/env bash
# Writes test/fixtures/upgrade/before-publishers.sql: a database written by the version BEFORE
# publishers (commit 4582626 by default) — its own migrations, its own importer — from the files in
# test/fixtures/upgrade/source/, dumped as plain SQL. test/db/upgrade-publishers.test.ts loads it
# and runs today's migrations and reference data over it. psql meta-commands and the dump's
# empty search_path are left out, so that the script runs through an ordinary connection (and
# PGlite). Needs a PostgreSQL server
# (PGHOST/PGUSER, default 127.0.0.1 and postgres) and pg_dump.
#
#   bin/make-upgrade-fixture.sh [COMMIT]
set -euo pipefail
cd "$(dirname "$0")/.."
commit=${1:-4582626}
host=${PGHOST:-127.0.0.1}
user=${PGUSER:-postgres}
work=$(mktemp -d)
db="protokol_upgrade_$$"
cleanup() {
  git worktree remove --force "$work/prev" >/dev/null 2>&1 || true
  dropdb -h "$host" -U "$user" --if-exists "$db" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

git worktree add --detach "$work/prev" "$commit" >/dev/null
ln -s "$PWD/node_modules" "$work/prev/node_modules"
createdb -h "$host" -U "$user" "$db"
export DATABASE_URL="postgres://$user@$host:5432/$db" LOG_LEVEL=error
node "$work/prev/bin/protokol.js" migrate
node "$work/prev/bin/protokol.js" import test/fixtures/upgrade/source
# As `protokol demo load` marks the demo set.
psql -q -h "$host" -U "$user" "$db" -c "update bodies set is_fictitious = true where name = 'Sundhedsråd Fjordby';
  update meetings set is_fictitious = true where body_id in (select id from bodies where is_fictitious)"
pg_dump -h "$host" -U "$user" --inserts --no-owner --no-privileges --no-comments "$db" \
  | grep -v -e '^\\' -e '^SET transaction_timeout' -e "set_config('search_path'" \
  >test/fixtures/upgrade/before-publishers.sql
echo "wrote test/fixtures/upgrade/before-publishers.sql ($(wc -c <test/fixtures/upgrade/before-publishers.sql) bytes) from $commit"
