#!/usr/bin/env bash
# Prepares a machine to run Most: dependencies (including Node 24 from npm), .env,
# PostgreSQL and Redis (started, or installed on Debian as root), the database and,
# for development, migrations and demo data. Usage: scripts/prepare.sh development|test|production
set -euo pipefail
cd "$(dirname "$0")/.."
target="${1:-development}"

say() { printf '\033[36m[most]\033[0m %s\n' "$*"; }
fail() { printf '\033[31m[most]\033[0m %s\n' "$*" >&2; exit 1; }
can_install() { [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; }
apt_install() {
  can_install || return 1
  if [ ! -f /tmp/.most-apt-updated ]; then apt-get update -qq && touch /tmp/.most-apt-updated; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

# 1. Dependencies. The project brings Node 24 itself (the `node` package), so only npm is needed here.
# `npm install`, not `npm ci`: the lockfile cannot list msgpackr's optional platform packages here.
lock_hash=$(cat package.json package-lock.json | sha1sum | cut -c1-40)
if [ ! -x node_modules/.bin/node ] || [ "$(cat node_modules/.most-lock-hash 2>/dev/null)" != "$lock_hash" ]; then
  say "Installing dependencies (npm install)…"
  # Started from `npm test`/`npm start`, the environment carries the outer npm's
  # npm_config_* settings; the `node` package's own nested `npm install` would then
  # install into the project instead of its own folder and fail. Clear them.
  env $(env | grep -oE '^npm_[A-Za-z0-9_]+' | sed 's/^/-u /') \
    npm install --no-audit --no-fund --loglevel=error
  echo "$lock_hash" > node_modules/.most-lock-hash
fi
export PATH="$PWD/node_modules/.bin:$PATH"

# 2. .env with a fresh APP_KEY.
if [ ! -f .env ]; then
  key=$(node -e "process.stdout.write(require('node:crypto').randomBytes(32).toString('base64url'))")
  sed "s|^APP_KEY=.*|APP_KEY=${key}|" .env.example > .env
  say "Wrote .env with a new APP_KEY."
fi

env_value() { # last value of $1 from .env, overridden by .env.test under test, then by the process env
  local name="$1" value=""
  value=$(grep -E "^${name}=" .env | tail -n1 | cut -d= -f2- || true)
  if [ "$target" = test ] && grep -qE "^${name}=" .env.test; then
    value=$(grep -E "^${name}=" .env.test | tail -n1 | cut -d= -f2-)
  fi
  printf '%s' "${!name:-$value}"
}
DB_HOST=$(env_value DB_HOST); DB_PORT=$(env_value DB_PORT); DB_USER=$(env_value DB_USER)
DB_PASSWORD=$(env_value DB_PASSWORD); DB_DATABASE=$(env_value DB_DATABASE)
REDIS_HOST=$(env_value REDIS_HOST); REDIS_PORT=$(env_value REDIS_PORT)

# 3. PostgreSQL: answer, start, or install.
pg_answers() { (exec 3<>"/dev/tcp/${DB_HOST}/${DB_PORT}") 2>/dev/null; }
start_postgres() {
  if command -v pg_ctlcluster >/dev/null 2>&1 && [ -d /etc/postgresql ]; then
    for version in $(ls /etc/postgresql); do
      for cluster in $(ls "/etc/postgresql/$version"); do
        pg_ctlcluster --skip-systemctl-redirect "$version" "$cluster" start 2>/dev/null || true
      done
    done
  fi
}
if ! pg_answers; then
  say "PostgreSQL is not answering on ${DB_HOST}:${DB_PORT}; starting it…"
  if ! command -v pg_ctlcluster >/dev/null 2>&1; then
    apt_install postgresql || fail "PostgreSQL is not installed. Install PostgreSQL 15+ (Debian: apt-get install postgresql) and run again."
  fi
  start_postgres
  for _ in $(seq 1 30); do pg_answers && break; sleep 0.5; done
  pg_answers || fail "PostgreSQL did not start. Start it and run again."
fi

# 4. Redis: answer, start, or install.
redis_answers() { (exec 3<>"/dev/tcp/${REDIS_HOST}/${REDIS_PORT}") 2>/dev/null; }
if ! redis_answers; then
  say "Redis is not answering on ${REDIS_HOST}:${REDIS_PORT}; starting it…"
  if ! command -v redis-server >/dev/null 2>&1; then
    apt_install redis-server || fail "Redis is not installed. Install Redis 6+ (Debian: apt-get install redis-server) and run again."
  fi
  redis-server --daemonize yes --bind 127.0.0.1 --port "$REDIS_PORT" --save "" --appendonly no >/dev/null
  for _ in $(seq 1 30); do redis_answers && break; sleep 0.3; done
  redis_answers || fail "Redis did not start. Start it and run again."
fi

# 5. Chromium for the browser tests.
if [ "$target" = test ] && [ ! -x /usr/bin/chromium ]; then
  say "Installing Chromium for the browser tests…"
  apt_install chromium || fail "Chromium is missing at /usr/bin/chromium (Debian: apt-get install chromium)."
fi

# 6. Database role and database. Local trust or peer authentication creates them when needed.
command -v psql >/dev/null 2>&1 || apt_install postgresql-client || fail "psql is missing (Debian: apt-get install postgresql-client)."
as_app() { PGPASSWORD="$DB_PASSWORD" psql -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -d postgres -tAq "$@"; }
as_admin() {
  if psql -h "$DB_HOST" -p "$DB_PORT" -U postgres -d postgres -tAq -c 'select 1' >/dev/null 2>&1; then
    psql -h "$DB_HOST" -p "$DB_PORT" -U postgres -d postgres -tAq "$@"
  elif [ "$(id -u)" = 0 ] && id postgres >/dev/null 2>&1; then
    su postgres -c "psql -p $DB_PORT -d postgres -tAq $(printf '%q ' "$@")"
  else
    return 1
  fi
}
if ! as_app -c 'select 1' >/dev/null 2>&1; then
  say "Creating PostgreSQL role ${DB_USER}…"
  as_admin -c "CREATE ROLE \"${DB_USER}\" LOGIN CREATEDB PASSWORD '${DB_PASSWORD}'" >/dev/null \
    || fail "Cannot log in to PostgreSQL as ${DB_USER}. Create that role (password from .env) and run again."
fi
if [ "$(as_app -c "select 1 from pg_database where datname = '${DB_DATABASE}'")" != 1 ]; then
  say "Creating database ${DB_DATABASE}…"
  as_app -c "CREATE DATABASE \"${DB_DATABASE}\" OWNER \"${DB_USER}\"" >/dev/null
fi

# 7. Schema and demo data (the test runner migrates its own database).
if [ "$target" != test ]; then
  node ace migration:run --force
  users=$(PGPASSWORD="$DB_PASSWORD" psql -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -d "$DB_DATABASE" -tAq -c 'select count(*) from users')
  if [ "$users" = 0 ]; then
    say "Seeding demo data…"
    node ace db:seed
  fi
fi
