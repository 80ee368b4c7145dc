# shellcheck shell=bash
# Installs what building and testing need, skipping whatever is already there.
# Sourced by scripts/serve.sh and scripts/test.sh; safe to run again and again.

TRUNK_VERSION=0.21.14
WASM_SPLIT_VERSION=0.2.4
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

apt_install() {
  say "Debian-pakketten installeren: $*"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "$@"
}

install_build_tools() {
  export PATH="$HOME/.cargo/bin:$ROOT/scripts/node_modules/.bin:$PATH"
  if ! command -v cargo >/dev/null 2>&1; then
    command -v curl >/dev/null 2>&1 || apt_install curl ca-certificates
    say "Rust installeren (rustup)"
    curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal
  fi
  command -v cc >/dev/null 2>&1 || apt_install build-essential
  local installed
  installed="$(rustup component list --installed 2>/dev/null)"
  for component in rustfmt clippy; do
    grep -q "^$component" <<<"$installed" || rustup component add "$component"
  done
  rustup target list --installed | grep -qx wasm32-unknown-unknown ||
    rustup target add wasm32-unknown-unknown

  if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
    say "Trunk $TRUNK_VERSION installeren (duurt ongeveer 9 minuten)"
    cargo install --locked trunk --version "$TRUNK_VERSION"
  fi

  # The CLI must match the wasm-bindgen crate in Cargo.lock exactly.
  local bindgen
  bindgen="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock")"
  if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $bindgen" ]; then
    say "wasm-bindgen-cli $bindgen installeren (duurt ongeveer 4 minuten)"
    cargo install wasm-bindgen-cli --version "$bindgen" --force
  fi

  # Splits the wasm into the first download and the chunks loaded on demand
  # (scripts/build-wasm.mjs); it pairs with the wasm_split_helpers crate Leptos uses.
  if ! cargo install --list | grep -qx "wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
    say "wasm-split-cli $WASM_SPLIT_VERSION installeren (duurt ongeveer 2 minuten)"
    cargo install --locked wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary
  fi

  command -v npm >/dev/null 2>&1 || apt_install nodejs npm
  # wasm-opt (binaryen) and playwright-core come from npm; reinstall only when the lock changed.
  if ! cmp -s "$ROOT/scripts/package-lock.json" "$ROOT/scripts/node_modules/.installed-lock.json"; then
    say "npm-pakketten installeren (wasm-opt, minifiers, testbrowsers aansturen)"
    (cd "$ROOT/scripts" && npm ci --no-audit --no-fund --loglevel=error)
    cp "$ROOT/scripts/package-lock.json" "$ROOT/scripts/node_modules/.installed-lock.json"
  fi
}

install_browser() {
  if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
    apt_install chromium chromium-driver
  fi
}

# The other engines of the cross-engine tests (tests/engines/): WebKitGTK (the engine family
# of iPhone Safari), driven by WebKitWebDriver through its MiniBrowser under Xvfb, and
# Firefox ESR. All from Debian; nothing is downloaded when the tests run.
install_engines() {
  local missing=()
  [ -x /usr/bin/WebKitWebDriver ] || missing+=(webkit2gtk-driver)
  [ -x /usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser ] || missing+=(libwebkit2gtk-4.1-0)
  [ -x /usr/bin/Xvfb ] || missing+=(xvfb)
  [ -x /usr/bin/firefox-esr ] || missing+=(firefox-esr)
  if [ "${#missing[@]}" -gt 0 ]; then
    apt_install "${missing[@]}"
  fi
}
