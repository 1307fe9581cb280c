#!/usr/bin/env bash
# Installs code-server 4.100.3 (VS Code 1.100.3, the last line that runs on Node 20) into a
# git-ignored cache and reuses it when present. See ../shared/notes/real-vscode-here.md.
set -euo pipefail
VERSION=4.100.3
RIPGREP_PKG_VERSION=1.15.11   # the @vscode/ripgrep that code-server 4.100.3 pins
root="$(cd "$(dirname "$0")/.." && pwd)"
cache="${DELIBERATE_CODE_SERVER_CACHE:-$root/.vscode-test/code-server-$VERSION}"
bin="$cache/node_modules/.bin/code-server"
if [ -x "$bin" ]; then echo "$bin"; exit 0; fi
if ! command -v rg >/dev/null; then
  echo "ripgrep (rg) is required: apt-get install -y ripgrep" >&2; exit 1
fi
# @vscode/ripgrep's install script downloads rg from GitHub; seed its cache with the system rg.
tmp="$(node -p 'require("os").tmpdir()')"
rgcache="$tmp/vscode-ripgrep-cache-$RIPGREP_PKG_VERSION"
stage="$(mktemp -d)"
mkdir -p "$rgcache"
cp "$(command -v rg)" "$stage/rg"
tar czf "$rgcache/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C "$stage" rg
rm -rf "$stage"
mkdir -p "$cache"
echo "Installing code-server $VERSION into $cache (about 2 minutes, once)…" >&2
npm_config_unsafe_perm=true npm_config_yes=true npm install --no-audit --no-fund --loglevel=error \
  --prefix "$cache" "code-server@$VERSION" >&2
test -x "$bin"
echo "$bin"
