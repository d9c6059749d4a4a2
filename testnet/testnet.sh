#!/usr/bin/env bash
# make testnet / make testnet-stop:
#   testnet/testnet.sh up [N]   build if needed, generate N validators in testnet/run (kept between runs), start them
#                               on loopback, wait until blocks are final on every node, print the endpoints
#   testnet/testnet.sh down     stop them (SIGTERM, then SIGKILL after a grace period); the chain stays
# Environment: TESTNET_DIR (default testnet/run), TESTNET_INIT_ARGS (extra 'testnet init' options, e.g.
# "--block-time 500ms --accounts 500"), TRIBUTARY (the CLI to use; default bin/tributary, built if needed).
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)"
dir="${TESTNET_DIR:-$root/testnet/run}"
action="${1:-up}"
n="${2:-4}"

if [ -n "${TRIBUTARY:-}" ]; then
  tributary="$TRIBUTARY"
else
  tributary="$root/bin/tributary"
  jar=$(ls "$root"/node/target/tributary-node-*.jar 2>/dev/null | grep -v -- '-tests' | head -n1 || true)
  if [ "$action" = up ] && { [ -z "$jar" ] || [ ! -d "$root/node/target/lib" ] \
      || [ -n "$(find "$root" -path '*/src/main/*' -newer "$jar" -type f -print -quit 2>/dev/null)" ]; }; then
    echo "Building tributary (make build)..."
    make -C "$root" build >/dev/null
  fi
fi

case "$action" in
  up)
    if ! [[ "$n" =~ ^[0-9]+$ ]] || [ "$n" -lt 1 ]; then
      echo "N must be a positive number of validators, got '$n'" >&2
      exit 2
    fi
    if [ -f "$dir/testnet.json" ]; then
      have=$(grep -c '"enode"' "$dir/testnet.json" || true)
      if [ "$have" != "$n" ]; then
        status=$("$tributary" testnet status --dir "$dir" 2>/dev/null || true)
        if ! grep -q "^0 of " <<<"$status"; then
          echo "The testnet in $dir (nodes: $have) is running: run 'make testnet-stop' before starting one of $n" >&2
          exit 1
        fi
        echo "Replacing the testnet in $dir (nodes: $have) with one of $n validators (its chain is discarded)"
        "$tributary" testnet init --dir "$dir" --validators "$n" --force ${TESTNET_INIT_ARGS:-}
      fi
    else
      "$tributary" testnet init --dir "$dir" --validators "$n" ${TESTNET_INIT_ARGS:-}
    fi
    exec "$tributary" testnet start --dir "$dir"
    ;;
  down)
    if [ ! -f "$dir/testnet.json" ]; then
      echo "No testnet in $dir"
      exit 0
    fi
    exec "$tributary" testnet stop --dir "$dir"
    ;;
  *)
    echo "usage: $0 up [N] | down" >&2
    exit 2
    ;;
esac
