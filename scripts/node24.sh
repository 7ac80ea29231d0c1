#!/usr/bin/env bash
# Node.js 24, the Action's runtime (action.yml: runs.using node24), from the npm registry: the package
# node-<os>-<arch>@24 ships the official binary as bin/node. Installed once into .tmp/node24/ (a 53 MB
# download, 189 MB unpacked); later runs reuse it (delete the directory to update it).
#
#   scripts/node24.sh               prints the path of the binary
#   scripts/node24.sh ARGS...       runs it: scripts/node24.sh node_modules/vitest/vitest.mjs run …
#
# NODE24_SPEC overrides the version range (default 24).
set -euo pipefail
cd "$(dirname "$0")/.."

case "$(uname -s)" in
  Linux) os=linux ;;
  Darwin) os=darwin ;;
  *) echo "node24.sh: no node-<os>-<arch> package for $(uname -s)" >&2; exit 1 ;;
esac
case "$(uname -m)" in
  x86_64 | amd64) arch=x64 ;;
  aarch64 | arm64) arch=arm64 ;;
  *) echo "node24.sh: no node-<os>-<arch> package for $(uname -m)" >&2; exit 1 ;;
esac

spec=${NODE24_SPEC:-24}
prefix=.tmp/node24
node="$prefix/node_modules/node-$os-$arch/bin/node"
if ! [ -x "$node" ] || ! "$node" --version >/dev/null 2>&1; then
  rm -rf "$prefix"
  mkdir -p "$prefix"
  echo "node24.sh: installing node-$os-$arch@$spec into $prefix" >&2
  npm install --prefix "$prefix" --no-save --no-package-lock --no-audit --no-fund --loglevel=error \
    "node-$os-$arch@$spec" >&2
fi
case "$("$node" --version)" in
  v24.*) ;;
  *) echo "node24.sh: $node is $("$node" --version), not Node 24" >&2; exit 1 ;;
esac

if [ "$#" -eq 0 ]; then
  echo "$PWD/$node"
else
  exec "$PWD/$node" "$@"
fi
