#!/usr/bin/env bash
# `npm run bench`: prepares one benchmark database per data size (migrations, demo seed,
# synthetic listings, interests and open deals; generated once, reused by later runs),
# builds Most for production into tmp/bench/build, starts it next to the Fastify + pg
# baseline and a raw node:http ceiling, then measures (bench/run.ts) and rewrites
# bench/RESULTS.md. Needs PostgreSQL and Redis (started by scripts/prepare.sh).
#
# Settings (environment):
#   BENCH_DB      database name prefix (default most_bench): most_bench_10k, _100k, _1m
#   BENCH_SIZES   listing counts to prepare and time (default "10000 100000 1000000"); the
#                 load runs use 100000 (or the only size given)
#   BENCH_PORT    first of eight ports (default 3450), so two benches can run side by side
#   BENCH_DROP=1  drop the benchmark databases when done (they take ~3 GB at 1M listings)
#   BENCH_PREPARE_ONLY=1  build and prepare the databases, measure nothing
#   BENCH_SKIP_BUILD=1    reuse tmp/bench/build as it is
# `npm run bench -- --only detail` measures one endpoint under load and leaves RESULTS.md alone.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)
say() { printf '\033[36m[bench]\033[0m %s\n' "$*"; }

export BENCH_DB=${BENCH_DB:-most_bench}
read -r -a sizes <<<"${BENCH_SIZES:-10000 100000 1000000}"
main_size=100000
[[ " ${sizes[*]} " == *" 100000 "* ]] || main_size=${sizes[0]}
label() { case $1 in 1000000) echo 1m ;; *000) echo "$(($1 / 1000))k" ;; *) echo "$1" ;; esac; }
database_for() { echo "${BENCH_DB}_$(label "$1")"; }
port=${BENCH_PORT:-3450}

# Own databases, Redis prefix and ports, so a bench never touches dev or test data.
export DB_DATABASE=$(database_for "$main_size") REDIS_KEY_PREFIX="${BENCH_DB}:"
export MOST_URL=http://127.0.0.1:$port MOST_TIMING_URL=http://127.0.0.1:$((port + 1))
export BASELINE_URL=http://127.0.0.1:$((port + 2)) CEILING_URL=http://127.0.0.1:$((port + 3))
export MOST_REDIS_URL=http://127.0.0.1:$((port + 4)) MOST_SECOND_URL=http://127.0.0.1:$((port + 5))
export BUILD_DIR=tmp/bench/build BENCH_MAIN_SIZE=$main_size

# Dependencies, .env, PostgreSQL, Redis and the (empty) databases. The `test` target stops
# there; migrations and seeding run below from the production build. NODE_ENV stays unset
# here: under NODE_ENV=production `npm install` would remove the devDependencies.
for size in "${sizes[@]}"; do DB_DATABASE=$(database_for "$size") bash scripts/prepare.sh test; done
export PATH="$PWD/node_modules/.bin:$PATH"
env_value() { grep -E "^$1=" .env | tail -n1 | cut -d= -f2-; }
export DB_HOST="${DB_HOST:-$(env_value DB_HOST)}" DB_PORT="${DB_PORT:-$(env_value DB_PORT)}"
export DB_USER="${DB_USER:-$(env_value DB_USER)}" DB_PASSWORD="${DB_PASSWORD:-$(env_value DB_PASSWORD)}"
sql() { PGPASSWORD="$DB_PASSWORD" psql -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -d "$1" -tAq -c "$2"; }

mkdir -p tmp/bench
if [ "${BENCH_SKIP_BUILD:-0}" = 1 ] && [ -f "$BUILD_DIR/bin/server.js" ]; then
  say "Reusing the production bundle in $BUILD_DIR"
else
  say "Building the production bundle into $BUILD_DIR…"
  # Type errors are CI's business (npm run typecheck); the bench measures what compiles.
  node ace build --tsconfig bench/tsconfig.build.json --ignore-ts-errors >tmp/bench/build.log 2>&1 \
    || { tail -n 30 tmp/bench/build.log; exit 1; }
fi
cp .env "$BUILD_DIR/.env"
ln -sfn ../../../node_modules "$BUILD_DIR/node_modules"
built=$(date +%s)

# From here on the production build runs everything (its migrations leave database/schema.ts alone).
export NODE_ENV=production LOG_LEVEL=warn
# One client stands in for many: the API's per-address limit stays on (its Redis check is
# part of every request's cost) but high enough never to refuse the load generator.
export API_RATE_LIMIT_PER_MINUTE=1000000000
ace() { (cd "$BUILD_DIR" && node ace.js "$@"); }

# Data, per size: N listings, 2 interests per listing (at most 200,000), open deals 5,000
# (50,000 from 1,000,000 listings). Generated once; a rerun finds it and goes on.
prepare_data() { # size
  local size=$1 db
  db=$(database_for "$size")
  local interests=$((size * 2 > 200000 ? 200000 : size * 2)) deals=$((size >= 1000000 ? 50000 : 5000))
  DB_DATABASE=$db ace migration:run --force >/dev/null
  if [ "$(sql "$db" 'SELECT count(*) FROM users')" = 0 ]; then
    say "$db: seeding reference and demo data (staff logins for the kanban)…"
    DB_DATABASE=$db ace db:seed >/dev/null
  fi
  local synthetic
  synthetic=$(sql "$db" "SELECT count(*) FROM opportunities WHERE slug LIKE 'synthetic-%'")
  if [ "$synthetic" -lt "$size" ]; then
    say "$db: generating $((size - synthetic)) opportunities…"
    DB_DATABASE=$db ace opportunities:generate --count $((size - synthetic))
  fi
  local have
  have=$(sql "$db" "SELECT count(*) FROM interests JOIN users ON users.id = interests.investor_id WHERE users.email LIKE '%@bench.most.test'")
  if [ "$have" -lt "$interests" ]; then
    say "$db: generating $interests interests and $deals open deals…"
    DB_DATABASE=$db ace deals:generate --interests "$interests" --deals "$deals"
  fi
  # Bulk inserts leave the visibility map unset until autovacuum comes by; a live database
  # has it, so vacuum first (also clears the view counters' dead rows of earlier runs).
  sql "$db" "VACUUM ANALYZE opportunities, opportunity_sectors, users, interests, deals, deal_stage_history, deal_activities, sessions"
}
for size in "${sizes[@]}"; do prepare_data "$size"; done
generated=$(date +%s)
if [ "${BENCH_PREPARE_ONLY:-0}" = 1 ]; then say "Data ready in $((generated - built)) s"; exit 0; fi

pids=()
stop() { [ ${#pids[@]} -eq 0 ] || kill -TERM "${pids[@]}" 2>/dev/null || true; wait 2>/dev/null || true; }
trap stop EXIT INT TERM
serve() { # name port command…
  local name=$1 port=$2; shift 2
  PORT=$port HOST=127.0.0.1 APP_URL="http://127.0.0.1:$port" "$@" >"tmp/bench/$name.log" 2>&1 &
  pids+=($!)
}
most=(sh -c "cd $BUILD_DIR && exec node bin/server.js") # exec all the way: the pid is node's
# The default configuration keeps sessions in PostgreSQL (SESSION_DRIVER=database); a
# second process with Redis sessions, a third for scale-out, one with SERVER_TIMING per size.
say "Starting Most ($port; $((port + 4)) with Redis sessions; $((port + 5)) a second process; timing from $((port + 1))), the baseline ($((port + 2))) and the ceiling ($((port + 3)))…"
serve most "$port" env SESSION_DRIVER=database "${most[@]}"
serve most-redis $((port + 4)) env SESSION_DRIVER=redis "${most[@]}"
serve most-second $((port + 5)) env SESSION_DRIVER=database "${most[@]}"
serve most-timing $((port + 1)) env SERVER_TIMING=true SESSION_DRIVER=database "${most[@]}"
serve baseline $((port + 2)) node --import=@poppinss/ts-exec bench/baseline/server.ts
serve ceiling $((port + 3)) node --import=@poppinss/ts-exec bench/baseline/ceiling.ts
ports=("$port" $((port + 1)) $((port + 2)) $((port + 3)) $((port + 4)) $((port + 5)))
# Server time at every size: one SERVER_TIMING process per database, ports from port + 6.
timing_urls=()
offset=6
for size in "${sizes[@]}"; do
  if [ "$size" = "$main_size" ]; then
    timing_urls+=("$size=$MOST_TIMING_URL")
    continue
  fi
  serve "most-timing-$(label "$size")" $((port + offset)) \
    env SERVER_TIMING=true SESSION_DRIVER=database DB_DATABASE="$(database_for "$size")" "${most[@]}"
  timing_urls+=("$size=http://127.0.0.1:$((port + offset))")
  ports+=($((port + offset)))
  offset=$((offset + 1))
done
export BENCH_TIMING_URLS="${timing_urls[*]}"
for each in "${ports[@]}"; do
  for _ in $(seq 1 240); do (exec 3<>"/dev/tcp/127.0.0.1/$each") 2>/dev/null && break; sleep 0.5; done
  (exec 3<>"/dev/tcp/127.0.0.1/$each") 2>/dev/null || { say "Nothing listens on $each (see tmp/bench/*.log)"; exit 1; }
done

say "Load average now: $(cut -d' ' -f1-3 /proc/loadavg) (the measurements share $(nproc) cores)"
node --import=@poppinss/ts-exec bench/run.ts "$@"
finished=$(date +%s)
say "Done in $((finished - started)) s (build $((built - started)) s, data $((generated - built)) s, measuring $((finished - generated)) s)"
if [ "${BENCH_DROP:-0}" = 1 ]; then
  stop
  pids=()
  for size in "${sizes[@]}"; do
    sql postgres "DROP DATABASE IF EXISTS \"$(database_for "$size")\"" && say "Dropped $(database_for "$size")"
  done
fi
