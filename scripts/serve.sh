#!/usr/bin/env bash
# Installs dependencies, builds the app and serves it on http://127.0.0.1:4173
set -euo pipefail
cd "$(dirname "$0")/.."
npm ci --no-audit --no-fund
npm start
