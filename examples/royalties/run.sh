#!/usr/bin/env bash
# Royalties end to end through the tributary CLI against a running devnet (make run):
# accounts 1 and 2 publish a dataset each, account 3 registers a model trained on both, account 4 records an
# output that quotes the rivers corpus, and the balances show who was paid what.
# Env: RPC (default http://127.0.0.1:8545), TRIBUTARY (default bin/tributary), FEE in wei (default 0.001 TRIB).
# Needs curl, jq and bc.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
tributary="${TRIBUTARY:-$root/bin/tributary}"
rpc="${RPC:-http://127.0.0.1:8545}"
fee="${FEE:-1000000000000000}"
split="5000,0,4000,1000" # owner, lineage, data, treasury in basis points

# the devnet's well-known accounts 1..4 (tributary dev prints them)
addr=(
  ""
  0x70997970C51812dc3A010C7d01b50e0d17dc79C8
  0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC
  0x90F79bf6EB2c4f870365E785982E1f101E93b906
  0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65
)
role=("" "rivers contributor (1)" "bees contributor (2)" "modeller (3)" "user (4)")

rpc_call() { # method, params JSON
  curl -sf -H 'Content-Type: application/json' \
    -d "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"$1\",\"params\":$2}" "$rpc"
}
balance() { # account index -> wei, as a decimal
  local hex
  hex=$(rpc_call eth_getBalance "[\"${addr[$1]}\",\"latest\"]" | jq -r .result)
  echo "ibase=16; $(echo "${hex#0x}" | tr 'a-f' 'A-F')" | bc | tr -d '\\\n'
}
id_from() { # "what id: N" line of a command's output
  sed -n "s/^$1 id: \([0-9]*\)$/\1/p"
}
step() { printf '\n== %s\n' "$*"; }

rpc_call eth_chainId '[]' >/dev/null || { echo "no node at $rpc: start one with 'make run'" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

step "1. account 1 publishes the rivers corpus (sketch, register, upload, seal)"
"$tributary" dataset publish --rpc "$rpc" --dev-account 1 --corpus "$here/corpus/rivers" \
  --name "rivers" --licence CC-BY-4.0 --uri "https://example.org/rivers" | tee "$work/rivers.out"
rivers=$(id_from dataset < "$work/rivers.out")

step "2. account 2 publishes the bees corpus"
"$tributary" dataset publish --rpc "$rpc" --dev-account 2 --corpus "$here/corpus/bees" \
  --name "bees" --licence CC-BY-4.0 --uri "https://example.org/bees" | tee "$work/bees.out"
bees=$(id_from dataset < "$work/bees.out")

step "3. account 3 registers a model trained on datasets $rivers and $bees: fee $fee wei, split $split"
"$tributary" model register --rpc "$rpc" --dev-account 3 --name "river-bee-7b" --datasets "$rivers,$bees" \
  --fee "$fee" --split "$split" | tee "$work/model.out"
model=$(id_from model < "$work/model.out")

declare -a before
for i in 1 2 3; do before[$i]=$(balance $i); done

step "4. account 4 offers too little: refused with the module's reason, nothing sent"
if "$tributary" infer record --rpc "$rpc" --dev-account 4 --model "$model" --text "$here/output.txt" --fee 10; then
  echo "unexpected: a fee of 10 wei was accepted" >&2
  exit 1
fi

step "5. account 4 records output.txt, which quotes the rivers corpus, paying the model's fee"
"$tributary" infer record --rpc "$rpc" --dev-account 4 --model "$model" --text "$here/output.txt" \
  | tee "$work/infer.out"
inference=$(id_from inference < "$work/infer.out")

step "6. the recorded inference"
"$tributary" infer show --rpc "$rpc" --id "$inference"

step "7. balances (wei) before and after the inference"
printf '%-24s %28s %28s %24s\n' account before after change
for i in 1 2 3; do
  after=$(balance $i)
  printf '%-24s %28s %28s %24s\n' "${role[$i]}" "${before[$i]}" "$after" "$(echo "$after - ${before[$i]}" | bc)"
done
echo
echo "expected: modeller fee*5000/10000 = $(echo "$fee * 5000 / 10000" | bc);" \
  "data share fee*4000/10000 = $(echo "$fee * 4000 / 10000" | bc), all to the rivers dataset when it is the only"
echo "one with at least minHits = 6 hits; the rest ($(echo "$fee * 1000 / 10000" | bc) and any remainder) to the treasury."
