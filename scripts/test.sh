#!/usr/bin/env bash
# npm test: lint, type-check, unit/integration tests and end-to-end tests, on the embedded database.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1 PRISMA_HIDE_UPDATE_MESSAGE=1

step() { printf '\n\033[1m== %s\033[0m\n' "$1"; }
step "lint";              npm run --silent lint
step "type-check";        npm run --silent typecheck
step "unit/integration";  npm run --silent test:unit
step "end-to-end";        npm run --silent test:e2e
