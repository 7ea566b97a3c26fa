#!/usr/bin/env bash
# Installs whatever is missing to build and test Partner Benefits Desk on Debian
# with Rust (rustup) installed. Idempotent: a tool already at the pinned version
# is skipped, so a second run takes seconds. Nothing is downloaded from GitHub:
# tools come from crates.io, npm and Debian's packages only.
# --build-only: just what `trunk build` needs (no browser; npm packages for the build hook).
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
WASM_OPT_VERSION=0.116.1       # binaryen 116; Debian's binaryen 108 breaks the bundle
GECKODRIVER_VERSION=0.37.1     # Firefox's WebDriver, built from crates.io
WASM_SPLIT_VERSION=0.2.4       # cuts lazy page chunks out of the app's wasm (scripts/bin/wasm-bindgen)
WASM_BINDGEN_VERSION=$(sed -n '/^name = "wasm-bindgen"$/{n;s/^version = "\(.*\)"$/\1/p;q}' Cargo.lock)

say() { printf '\033[1msetup:\033[0m %s\n' "$*"; }
has_version() { command -v "$1" >/dev/null 2>&1 && "$1" --version 2>/dev/null | grep -q -- "$2"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

apt_updated=
apt_install() {
  if [ -z "$apt_updated" ]; then as_root apt-get update -qq; apt_updated=1; fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

command -v cargo >/dev/null || { echo "setup: Rust is required (https://rustup.rs)" >&2; exit 1; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
rustup component list --installed | grep -q '^clippy' || rustup component add clippy
rustup component list --installed | grep -q '^rustfmt' || rustup component add rustfmt

for pkg in gcc g++ make pkg-config; do
  command -v "$pkg" >/dev/null || { say "installing build tools"; apt_install build-essential pkg-config; break; }
done

if ! has_version trunk "trunk $TRUNK_VERSION"; then
  say "installing trunk $TRUNK_VERSION (about 5-10 minutes, once)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi
if ! has_version wasm-bindgen "wasm-bindgen $WASM_BINDGEN_VERSION"; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 2 minutes, once)"
  # Not --locked: the locked build wants a webpki-roots release the registry lacks.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi
if ! has_version wasm-opt "version 116"; then
  say "installing wasm-opt (binaryen 116, about 7 minutes, once)"
  cargo install wasm-opt --version "$WASM_OPT_VERSION" --locked
fi

if ! cargo install --list | grep -qx "wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
  say "installing wasm-split-cli $WASM_SPLIT_VERSION (about 2 minutes, once)"
  cargo install wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary --locked
fi

npm_packages() {
  if [ ! -d node_modules/terser ] || [ ! -d node_modules/@playwright/test ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    say "installing npm packages (terser and lightningcss for the build; Playwright without a browser download, axe-core, Lighthouse for the tests)"
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
  fi
}

if [ "${1:-}" = "--build-only" ]; then
  if ! command -v node >/dev/null || ! command -v npm >/dev/null; then apt_install nodejs npm; fi
  # The build's post-build hook minifies with terser and lightningcss.
  npm_packages
  say "ready to build"
  exit 0
fi

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  say "installing Chromium and ChromeDriver from Debian"
  apt_install chromium chromium-driver
fi
# The cross-browser tier: Firefox ESR and WebKitGTK's WebDriver (its MiniBrowser
# needs a display: Xvfb), from Debian; geckodriver from crates.io.
if ! command -v firefox-esr >/dev/null || ! command -v WebKitWebDriver >/dev/null || ! command -v xvfb-run >/dev/null; then
  say "installing Firefox ESR, WebKitGTK's WebDriver and Xvfb from Debian"
  apt_install firefox-esr webkit2gtk-driver xvfb xauth
fi
if ! has_version geckodriver "geckodriver $GECKODRIVER_VERSION"; then
  say "installing geckodriver $GECKODRIVER_VERSION (about 5 minutes, once)"
  cargo install geckodriver --version "$GECKODRIVER_VERSION" --locked
fi
# A Korean font, so screenshots and the browser tests render Hangul, not boxes.
# (grep reads everything: with -q it would stop early and, under pipefail, fail.)
if ! fc-list 2>/dev/null | grep -i nanum >/dev/null; then
  say "installing a Korean font (fonts-nanum)"
  apt_install fonts-nanum fontconfig
fi
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  say "installing Node.js and npm from Debian"
  apt_install nodejs npm
fi

npm_packages
say "ready"
