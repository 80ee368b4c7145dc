#!/usr/bin/env bash
# Runs every test: formatting, lints (host and wasm), host unit tests, browser tests in
# headless Chromium, and end-to-end tests against the release build of dist/: the full suite
# in Chromium, and the main user flows in WebKitGTK and Firefox ESR.
set -euo pipefail
source "$(dirname "$0")/setup.sh"
install_build_tools
install_browser
install_engines
cd "$ROOT"

# A CI run builds once from scratch: incremental caches would only fill its disk.
if [ "${CI:-}" = "true" ]; then export CARGO_INCREMENTAL=0; fi

say "cargo fmt --check"
cargo fmt --all --check

say "clippy (host)"
cargo clippy --all-targets --locked -- -D warnings

say "clippy (wasm32, and with the split points of the release build)"
cargo clippy --all-targets --locked --target wasm32-unknown-unknown -- -D warnings
cargo clippy --bin ontwikkelkaarten --locked --target wasm32-unknown-unknown --features split -- -D warnings

say "clippy (the English build, src/i18n.rs)"
cargo clippy --all-targets --locked --features en -- -D warnings
cargo clippy --bin ontwikkelkaarten --locked --target wasm32-unknown-unknown --features split,en -- -D warnings

say "unit tests (host)"
cargo test --locked

say "unit tests (host, the English build: its page en.html, its formats and amounts)"
cargo test --locked --features en --lib -- site:: text::tests::english text::tests::the_built input::tests::english

say "browser tests (wasm-bindgen-test in headless Chromium)"
CHROMEDRIVER=/usr/bin/chromedriver \
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  cargo test --locked --target wasm32-unknown-unknown --test web

say "release build (trunk)"
trunk build --release --offline

say "the example consultancy deck (tests/fixtures/deck → target/dist-deck)"
./scripts/build-deck.sh tests/fixtures/deck target/dist-deck

say "end-to-end tests (Chromium)"
node --test --test-concurrency=1 --test-timeout=600000 tests/e2e/

say "end-to-end tests (WebKitGTK and Firefox ESR)"
# The suite starts its own Xvfb for WebKitGTK's MiniBrowser; Firefox runs headless.
node --test --test-concurrency=1 --test-timeout=600000 tests/engines/

say "Alle tests geslaagd."
