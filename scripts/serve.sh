#!/usr/bin/env bash
# Builds the app and serves it on http://127.0.0.1:8080, rebuilding on every change.
set -euo pipefail
source "$(dirname "$0")/setup.sh"
install_build_tools
cd "$ROOT"
mkdir -p target # ignored by the watcher (Trunk.toml), so it must exist
say "De app staat zo op http://127.0.0.1:8080 (stoppen met Ctrl+C)"
exec trunk serve --offline "$@"
