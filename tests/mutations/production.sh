#!/usr/bin/env bash
# Mutation check of the production-build tests: breaks one guarded behaviour in the
# sources, runs the specs that claim it (they rebuild build/, the sources changed) and
# expects them to FAIL; the file is restored whatever happens. Prints one line per
# mutation: "killed" (a test failed, as it must) or "SURVIVED" (no test noticed).
#
#   bash tests/mutations/production.sh [name…]     names: headers, assets-version, v-html
#
# (v-html: the story text rendered as HTML; the browser XSS test must see a payload run.)
#
# Takes the same variables as `npm test` (DB_DATABASE, REDIS_KEY_PREFIX, PORT, APP_URL).
# Ends by restoring the sources; the next `npm test` rebuilds build/ from them.
set -uo pipefail
cd "$(dirname "$0")/../.."

declare -A FILE SEARCH REPLACE SPECS SUITE
# The NUL/CR/LF header guard: hostile paths end up in Inertia locations and redirects.
FILE[headers]=app/middleware/safe_headers_middleware.ts
# (Each mutation must still compile: a build that fails would "kill" it for the wrong reason.)
SEARCH[headers]='const UNSAFE = /[^\t\x20-\x7e\x80-\xff]/'
REPLACE[headers]='const UNSAFE = /(?!)/'
SPECS[headers]=tests/functional/security/production_fuzz.spec.ts
# The Inertia assets version of a build: the md5 of its Vite manifest.
FILE[assets-version]=config/inertia.ts
SEARCH[assets-version]="return createHash('md5').update(readFileSync(manifest)).digest('hex')"
REPLACE[assets-version]="return createHash('md5').update(readFileSync(manifest).subarray(0, 0)).digest('hex')"
SPECS[assets-version]=tests/functional/production/production_build.spec.ts
# What the browser XSS test is for: user text rendered as HTML.
FILE[v-html]=inertia/pages/community/stories/show.vue
SEARCH[v-html]='{{ paragraph }}'
REPLACE[v-html]='<span v-html="paragraph" />'
SPECS[v-html]=tests/browser/xss.spec.ts
SUITE[v-html]=browser

names=("$@")
[ ${#names[@]} -eq 0 ] && names=(headers assets-version v-html)
status=0
for name in "${names[@]}"; do
  file=${FILE[$name]}
  trap 'git checkout -- "$file"' EXIT
  node -e '
    const fs = require("node:fs")
    const [file, search, replace] = process.argv.slice(1)
    const source = fs.readFileSync(file, "utf8")
    if (!source.includes(search)) { console.error(`not found in ${file}: ${search}`); process.exit(2) }
    fs.writeFileSync(file, source.replace(search, replace))
  ' "$file" "${SEARCH[$name]}" "${REPLACE[$name]}" || { status=2; continue; }
  log="tmp/mutation-$name.log"
  mkdir -p tmp
  npm test -- "${SUITE[$name]:-functional}" --files="${SPECS[$name]}" >"$log" 2>&1
  result=$?
  git checkout -- "$file"
  trap - EXIT
  if grep -a -q 'node ace build failed' "$log"; then
    echo "[mutation] $name: INVALID — the mutated sources do not build (log: $log)"
    status=2
  elif [ "$result" -ne 0 ]; then
    echo "[mutation] $name: killed ($(grep -a -m1 -E '✖' "$log" | sed 's/^ *//'))"
  else
    echo "[mutation] $name: SURVIVED — ${SPECS[$name]} passed with $file broken (log: $log)"
    status=1
  fi
done
exit $status
