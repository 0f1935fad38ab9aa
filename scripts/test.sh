#!/usr/bin/env bash
# `npm test`: prepares the machine and the test database, then runs every Japa
# suite (unit, functional, browser). Extra arguments go to `node ace test`.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/prepare.sh test || exit 1
export PATH="$PWD/node_modules/.bin:$PATH"

# Every run its own Redis keys (queues, limits, sessions), so parallel runs never share
# one; the test teardown removes them, and so does this script if the run was killed.
base_prefix=${REDIS_KEY_PREFIX:-$(sed -n 's/^REDIS_KEY_PREFIX=//p' .env.test)}
export REDIS_KEY_PREFIX="${base_prefix%:}:run-$(date +%s)-$$:"
# The in-process test server listens on PORT (3337 from .env.test). When another run (a
# second checkout, a dev server) already holds that port, take a free one instead of
# failing every functional and browser suite at its setup hook.
if [ -z "${PORT:-}" ]; then
  test_port=$(sed -n 's/^PORT=//p' .env.test)
  if (exec 3<>"/dev/tcp/127.0.0.1/${test_port}") 2>/dev/null; then
    PORT=$(node -e "const s=require('node:net').createServer().listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})")
    export PORT APP_URL="http://localhost:${PORT}"
    echo "[test] port ${test_port} is taken; the test server uses ${PORT}"
  fi
fi
# CI runs the files in a shuffled order (the seed is printed, and replays with the same value).
if [ "${CI:-}" = "true" ] && [ -z "${TEST_SHUFFLE_SEED:-}" ]; then
  export TEST_SHUFFLE_SEED=$(( (RANDOM << 15) | RANDOM ))
fi

mkdir -p tmp
# One log per test database, so parallel runs (own DB_DATABASE each) do not share it.
log="tmp/test-output${DB_DATABASE:+-$DB_DATABASE}.log"
# No pipe into `tee`: a grandchild (Vite's dev server, Chromium) that inherits the
# pipe would keep it open and the run would never end. Output goes to a file that
# `tail` follows until the test process is gone; `timeout` is the last safety net.
: >"$log"
timeout --signal=KILL "${MOST_TEST_TIMEOUT:-2700}" node ace test "$@" >"$log" 2>&1 &
runner=$!
tail -n +1 -f --pid="$runner" "$log"
wait "$runner"
status=$?
if command -v redis-cli >/dev/null 2>&1; then
  redis-cli -h "${REDIS_HOST:-127.0.0.1}" -p "${REDIS_PORT:-6379}" --scan --pattern "${REDIS_KEY_PREFIX}*" \
    | xargs -r -n 500 redis-cli -h "${REDIS_HOST:-127.0.0.1}" -p "${REDIS_PORT:-6379}" del >/dev/null 2>&1
fi
[ -n "${TEST_SHUFFLE_SEED:-}" ] && echo "[test] shuffled file order, seed $TEST_SHUFFLE_SEED"

# Japa closes with "Tests  N passed, M failed (T)"; CI wants the plain "N passed, M failed".
summary=$(sed -r 's/\x1b\[[0-9;]*m//g' "$log" | grep -E '^\s*Tests\s' | tail -n1)
passed=$(grep -oE '[0-9]+ passed' <<<"$summary" | grep -oE '[0-9]+' || echo 0)
failed=$(grep -oE '[0-9]+ failed' <<<"$summary" | grep -oE '[0-9]+' || echo 0)
[ -z "$summary" ] && [ "$status" = 0 ] && status=1
# A failed setup hook fails the run without failing a test: never report that as "0 failed".
[ "$status" != 0 ] && [ "${failed:-0}" = 0 ] && failed=1
echo "${passed:-0} passed, ${failed:-0} failed"
exit "$status"
