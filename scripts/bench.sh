#!/usr/bin/env bash
# Builds the release and prints the performance figures (sizes, answer-to-paint time).
set -euo pipefail
source "$(dirname "$0")/setup.sh"
install_build_tools
install_browser
cd "$ROOT"
trunk build --release --offline
node scripts/bench.mjs
