#!/usr/bin/env bash
# Issue 12 mechanical conversion. Run from the root of a checkout of the Si Dilan repository:
#   /path/to/codemod-tools/apply.sh
# 1. rename.mjs  — idempotent renames (lib/db/seed → lib/seed, the numbering/numbers, workflow,
#                  retention and common.ts pairs) + rewrite of every import of an old path.
# 2. codemod.mjs — services take `tx: Db = db` last; call sites drop the shared handle or move the
#                  transaction to the end; unused imports of the shared handle removed (ts-morph).
# 3. server-only.mjs — `import "server-only"` in every lib module that touches the database
#                  (except modules also loaded outside the server graph: proxy, configs, client code).
# 4. client-check.mjs — fails if a "use client" module reaches @/lib/db or server-only.
# Needs ts-morph installed next to these scripts (npm i ts-morph in their folder).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
[ -f tsconfig.json ] && [ -d lib ] || { echo "run from the repository root" >&2; exit 2; }
start=$(date +%s)
node "$HERE/rename.mjs"
node "$HERE/codemod.mjs"
node "$HERE/server-only.mjs"
node "$HERE/client-check.mjs"
echo "apply.sh: done in $(( $(date +%s) - start )) s"
