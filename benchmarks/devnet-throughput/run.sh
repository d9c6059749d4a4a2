#!/usr/bin/env bash
# make bench's devnet part: tributary dev against Hardhat's node, same workload, same machine, one run.
# Usage: benchmarks/devnet-throughput/run.sh OUT_DIR   (after make build; needs Node.js 18+ and npm)
# Two comparisons, each side by side:
#   devnet-throughput.md        both at 1 s blocks of 30M gas (the defaults): the same ceiling, 1,428 transfers/s
#   devnet-throughput-max.md    tributary dev at 1 s blocks of 300M gas against `hardhat node` as it starts by
#                               default (automine: a block per transaction), each node at its own best, sent in
#                               JSON-RPC batches of 100 from 2,000 senders (one transaction per sender in a batch, as
#                               automine refuses nonce gaps) so the client's own cost does not hide the nodes' cost
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$(mkdir -p "$1" && cd "$1" && pwd)"
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "the devnet benchmark needs Node.js 18+ and npm on PATH" >&2
  exit 1
fi
if [ ! -f "$here/node_modules/.package-lock.json" ] || [ "$here/package-lock.json" -nt "$here/node_modules/.package-lock.json" ]; then
  (cd "$here" && npm ci --no-audit --no-fund)
fi
txs="${BENCH_TXS:-20000}"
connections="${BENCH_CONNECTIONS:-64}"
echo "== devnet throughput: default blocks (1 s, 30M gas), tributary dev vs hardhat node (interval mining)"
node "$here/bench.mjs" --txs "$txs" --connections "$connections" --out "$out/devnet-throughput.md"
echo "== devnet throughput: tributary dev at 300M gas per block vs hardhat node's default automine"
node "$here/bench.mjs" --txs "$txs" --connections 16 --senders 2000 --batch 100 --gas-limit 300000000 \
  --hardhat-mining auto --out "$out/devnet-throughput-max.md"
