#!/usr/bin/env bash
# Runs a crash-consistency soak: testnet/run-soak.sh --manifest testnet/manifests/soak.json [--seed N]
#   [--duration D] [--out FILE] [--dir DIR] [--conditions TEXT]
# Needs a built tree (make build), as testnet/run-faults.sh does.
set -eu
here="$(cd "$(dirname "$(readlink -f "$0")")" && pwd)"
TRIBUTARY_TESTNET_MAIN=io.tributary.testnet.SoakRunnerMain exec "$here/run-faults.sh" "$@"
