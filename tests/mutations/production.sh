#!/usr/bin/env bash
# The mutation checks of the production-build tests (and the browser XSS test): the
# cases in tests/mutations/cases that the specs run against `node ace build` claim.
#   bash tests/mutations/production.sh [name…]
# names: headers, assets-version, static-assets, database-sessions, v-html (default: all)
set -uo pipefail
names=("$@")
[ ${#names[@]} -eq 0 ] && names=(headers assets-version static-assets database-sessions v-html)
exec bash "$(dirname "$0")/run.sh" "${names[@]}"
