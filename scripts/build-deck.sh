#!/usr/bin/env bash
# Builds the app with another content folder: a consultancy's own deck (see the README,
# "Your own deck"). Usage:
#
#   ./scripts/build-deck.sh <content folder> [<output folder, default dist-<namespace>>]
#
# The content folder has the layout of content/ (deck.toml, ids.lock, nl/…, optionally
# icons/). Its problems fail the build with the file and the line. The repository's own
# index.html, style/ and public/ are not touched: the deck's versions are written to
# target/deck-site/ and built from there.
set -euo pipefail
source "$(dirname "$0")/setup.sh"
if [ $# -lt 1 ] || [ ! -f "$1/deck.toml" ]; then
  echo "Gebruik: $0 <map met deck.toml> [<uitvoermap>]" >&2
  exit 2
fi
content="$(cd "$1" && pwd)"
namespace="$(sed -n 's/^namespace *= *"\([a-z0-9-]*\)".*/\1/p' "$content/deck.toml" | head -n 1)"
out="${2:-dist-${namespace:-deck}}"
case "$out" in /*) ;; *) out="$PWD/$out" ;; esac
install_build_tools
cd "$ROOT"

export ONTWIKKELKAARTEN_CONTENT="$content"
site="$ROOT/target/deck-site"
rm -rf "$site"
say "De kaartenset in $content lezen"
cargo run --locked --quiet --bin deck-site -- "$site"
# A deck with an English edition also gets its English page (en.html; README, "Languages").
if grep -Eq '^languages *=.*"en"' "$content/deck.toml"; then
  cargo run --locked --quiet --features en --bin deck-site -- "$site"
fi
say "De app bouwen in $out"
trunk build --release --offline --dist "$out" "$site/index.html"
say "Klaar: $out (kopieer de map naar een webserver)"
