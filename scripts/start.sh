#!/usr/bin/env bash
# `npm start`: prepares the machine (dependencies, .env, PostgreSQL, Redis, database,
# demo data), builds the production bundle, then runs the web server and the queue
# worker and the inbound mail listener until Ctrl+C.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/prepare.sh development
export PATH="$PWD/node_modules/.bin:$PATH"

echo "[most] Building the application…"
node ace build >/dev/null
cp .env build/.env
(cd build && ln -sfn ../node_modules node_modules && ln -sfn ../storage storage)
mkdir -p storage

# The production build runs with production settings; APP_URL decides secure cookies.
export NODE_ENV=production
pids=()
stop() { kill -TERM "${pids[@]}" 2>/dev/null || true; wait; }
trap stop INT TERM EXIT

# Each process runs under a supervisor that restarts it (with backoff) if it dies.
(cd build && exec node ../scripts/supervise.mjs web -- node bin/server.js) & pids+=($!)
(cd build && exec node ../scripts/supervise.mjs worker -- node ace.js queue:work) & pids+=($!)
(cd build && exec node ../scripts/supervise.mjs mail -- node ace.js mail:listen) & pids+=($!)

port=$(grep -E '^PORT=' .env | cut -d= -f2)
for _ in $(seq 1 60); do
  (exec 3<>"/dev/tcp/127.0.0.1/${port}") 2>/dev/null && break
  sleep 0.5
done
echo
echo "  Most is running at $(grep -E '^APP_URL=' .env | cut -d= -f2-)"
inbound_port=$(grep -E '^INBOUND_SMTP_PORT=' .env | cut -d= -f2 || true)
echo "  Web server, queue worker and inbound mail (SMTP port ${inbound_port:-2525}) are up;"
echo "  press Ctrl+C to stop them."
echo
(cd build && node ace.js demo:accounts) || true
wait -n "${pids[@]}"
