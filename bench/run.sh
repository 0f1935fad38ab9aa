#!/usr/bin/env bash
# `npm run bench`: prepares the benchmark database (most_bench: migrations, demo seed,
# 100,000 opportunities, 200,000 interests, 5,000 open deals; generated once, reused by
# later runs), builds Most for production into tmp/bench/build, starts it next to the
# Fastify + pg baseline and a raw node:http ceiling, then measures (bench/run.ts) and
# rewrites bench/RESULTS.md. Needs PostgreSQL and Redis (started by scripts/prepare.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)
say() { printf '\033[36m[bench]\033[0m %s\n' "$*"; }

# Own database, Redis prefix and ports, so a bench never touches dev or test data.
export DB_DATABASE=most_bench REDIS_KEY_PREFIX=most-bench:
export MOST_URL=http://127.0.0.1:3450 MOST_TIMING_URL=http://127.0.0.1:3451
export BASELINE_URL=http://127.0.0.1:3452 CEILING_URL=http://127.0.0.1:3453
export BUILD_DIR=tmp/bench/build

# Dependencies, .env, PostgreSQL, Redis and the (empty) database. The `test` target stops
# there; migrations and seeding run below from the production build. NODE_ENV stays unset
# here: under NODE_ENV=production `npm install` would remove the devDependencies.
bash scripts/prepare.sh test
export PATH="$PWD/node_modules/.bin:$PATH"
env_value() { grep -E "^$1=" .env | tail -n1 | cut -d= -f2-; }
export DB_HOST="${DB_HOST:-$(env_value DB_HOST)}" DB_PORT="${DB_PORT:-$(env_value DB_PORT)}"
export DB_USER="${DB_USER:-$(env_value DB_USER)}" DB_PASSWORD="${DB_PASSWORD:-$(env_value DB_PASSWORD)}"
sql() { PGPASSWORD="$DB_PASSWORD" psql -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -d "$DB_DATABASE" -tAq -c "$1"; }

say "Building the production bundle into $BUILD_DIR…"
mkdir -p tmp/bench
# Type errors are CI's business (npm run typecheck); the bench measures what compiles.
node ace build --tsconfig bench/tsconfig.build.json --ignore-ts-errors >tmp/bench/build.log 2>&1 \
  || { tail -n 30 tmp/bench/build.log; exit 1; }
cp .env "$BUILD_DIR/.env"
ln -sfn ../../../node_modules "$BUILD_DIR/node_modules"
built=$(date +%s)

# From here on the production build runs everything (its migrations leave database/schema.ts alone).
export NODE_ENV=production LOG_LEVEL=warn SESSION_DRIVER=redis
# One client stands in for many: the API's per-address limit stays on (its Redis check is
# part of every request's cost) but high enough never to refuse the load generator.
export API_RATE_LIMIT_PER_MINUTE=1000000000
(cd "$BUILD_DIR" && node ace.js migration:run --force >/dev/null)
if [ "$(sql 'SELECT count(*) FROM users')" = 0 ]; then
  say "Seeding reference and demo data (staff logins for the kanban)…"
  (cd "$BUILD_DIR" && node ace.js db:seed >/dev/null)
fi

# Data: generated once; a rerun finds it and goes straight to measuring.
synthetic=$(sql "SELECT count(*) FROM opportunities WHERE slug LIKE 'synthetic-%'")
if [ "$synthetic" -lt 100000 ]; then
  say "Generating $((100000 - synthetic)) opportunities…"
  (cd "$BUILD_DIR" && node ace.js opportunities:generate --count $((100000 - synthetic)))
fi
interests=$(sql "SELECT count(*) FROM interests JOIN users ON users.id = interests.investor_id WHERE users.email LIKE '%@bench.most.test'")
if [ "$interests" -lt 200000 ]; then
  say "Generating 200,000 interests and 5,000 open deals…"
  (cd "$BUILD_DIR" && node ace.js deals:generate --interests 200000 --deals 5000)
fi
# Bulk inserts leave the visibility map unset until autovacuum comes by; a live database
# has it, so vacuum first (also clears the view counters' dead rows of earlier runs).
sql "VACUUM ANALYZE opportunities, opportunity_sectors, users, interests, deals, deal_stage_history, deal_activities"
generated=$(date +%s)

pids=()
stop() { [ ${#pids[@]} -eq 0 ] || kill -TERM "${pids[@]}" 2>/dev/null || true; wait 2>/dev/null || true; }
trap stop EXIT INT TERM
serve() { # name port command…
  local name=$1 port=$2; shift 2
  PORT=$port HOST=127.0.0.1 APP_URL="http://127.0.0.1:$port" "$@" >"tmp/bench/$name.log" 2>&1 &
  pids+=($!)
}
say "Starting Most (3450, and 3451 with SERVER_TIMING), the baseline (3452) and the ceiling (3453)…"
serve most 3450 sh -c "cd $BUILD_DIR && exec node bin/server.js"
serve most-timing 3451 env SERVER_TIMING=true sh -c "cd $BUILD_DIR && exec node bin/server.js"
serve baseline 3452 node --import=@poppinss/ts-exec bench/baseline/server.ts
serve ceiling 3453 node --import=@poppinss/ts-exec bench/baseline/ceiling.ts
for port in 3450 3451 3452 3453; do
  for _ in $(seq 1 60); do (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break; sleep 0.5; done
  (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { say "Nothing listens on $port (see tmp/bench/*.log)"; exit 1; }
done

say "Load average now: $(cut -d' ' -f1-3 /proc/loadavg) (the measurements share $(nproc) cores)"
node --import=@poppinss/ts-exec bench/run.ts "$@"
finished=$(date +%s)
say "Done in $((finished - started)) s (build $((built - started)) s, data $((generated - built)) s, measuring $((finished - generated)) s)"
