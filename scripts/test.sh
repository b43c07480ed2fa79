#!/usr/bin/env bash
# Installs what a fresh Debian machine lacks, then runs every test: lint, format, typecheck,
# unit tests (Node) and browser tests (Playwright in Debian's Chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-system.sh
npm ci --no-audit --no-fund
npm test
