#!/usr/bin/env bash
# Mutation checks: each tests/mutations/cases/<name>.patch breaks one behaviour the README
# or a test claims (its header says which, and which spec must notice). For each case the
# patch is applied, the spec runs through `npm test`, and the patch is taken back whatever
# happens. A case is "killed" when the spec fails (as it must), "SURVIVED" when it passes.
#
#   bash tests/mutations/run.sh [name…]        (no names: every case)
#
# Takes the same variables as `npm test` (DB_DATABASE, REDIS_KEY_PREFIX, PORT, APP_URL).
# The production-build specs rebuild build/ from the mutated sources; a mutation that no
# longer builds counts as INVALID, not as killed. Refuses to run on a tree with
# uncommitted changes to the files a patch touches, so a mutation is never committed and
# never mixed with work in progress. Prints one line per case; exit 1 if any survived.
set -uo pipefail
cd "$(dirname "$0")/../.."

cases_dir=tests/mutations/cases
names=("$@")
if [ ${#names[@]} -eq 0 ]; then
  for patch in "$cases_dir"/*.patch; do names+=("$(basename "$patch" .patch)"); done
fi

header() { sed -n "s/^$1: //p" "$2" | head -n1; }
status=0
mkdir -p tmp
for name in "${names[@]}"; do
  patch="$cases_dir/$name.patch"
  [ -f "$patch" ] || { echo "[mutation] $name: no such case ($patch)"; status=2; continue; }
  files=$(git apply --numstat "$patch" | cut -f3)
  if ! git diff --quiet HEAD -- $files; then
    echo "[mutation] $name: NOT RUN — uncommitted changes in $files"
    status=2
    continue
  fi
  git apply "$patch" || { echo "[mutation] $name: NOT RUN — the patch no longer applies"; status=2; continue; }
  trap 'git apply -R "$patch"' EXIT INT TERM
  suite=$(header Suite "$patch")
  spec=$(header Spec "$patch")
  args=$(header Args "$patch")
  # `Env: NAME=value` in the header: set for this case's run only.
  case_env=$(header Env "$patch")
  log="tmp/mutation-$name.log"
  started=$(date +%s)
  if [ -n "$args" ]; then
    env $case_env npm test -- "${suite:-functional}" --files="$spec" "$args" >"$log" 2>&1
  else
    env $case_env npm test -- "${suite:-functional}" --files="$spec" >"$log" 2>&1
  fi
  result=$?
  git apply -R "$patch"
  trap - EXIT INT TERM
  took=$(( $(date +%s) - started ))
  if grep -a -q 'node ace build failed' "$log"; then
    echo "[mutation] $name: INVALID — the mutated sources do not build (${took} s, log: $log)"
    status=2
  elif [ "$result" -ne 0 ]; then
    # The first failing test's title and the first assertion message, from Japa's report.
    plain=$(sed -r 's/\x1b\[[0-9;]*m//g' "$log")
    failing=$(grep -a -m1 -E '✖' <<<"$plain" | sed 's/^ *//')
    reason=$(grep -a -m1 -E 'AssertionError|Timed out|Error: ' <<<"$plain" | sed 's/^[ ℹ]*//' | cut -c1-160)
    echo "[mutation] $name: killed in ${took} s — ${failing:-see $log}${reason:+ — $reason}"
  else
    echo "[mutation] $name: SURVIVED — $spec passed with the mutation (${took} s, log: $log)"
    status=1
  fi
done
exit $status
