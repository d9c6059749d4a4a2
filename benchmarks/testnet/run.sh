#!/usr/bin/env bash
# make bench's testnet part (issue 8): a 4-validator loopback testnet on this machine.
# Usage: benchmarks/testnet/run.sh RESULTS_DIR      (after make build; builds nothing itself)
#
#  1. load ladder: 4 validators, 1 s blocks, BENCH_GAS_LIMIT gas per block, BENCH_ACCOUNTS funded senders;
#     `tributary load` at each offered rate of BENCH_RATES for BENCH_DURATION, sent round-robin to all 4 nodes:
#     sustained confirmed tx/s, p50/p90/p99 latency, and the block times and sizes node0 logged meanwhile.
#  2. catch-up: 4 validators and 1 full node at 50 ms blocks; the full node is stopped while the validators make
#     BENCH_SYNC_BLOCKS blocks; then the whole testnet restarts at 1 s blocks and we time until the full node's head
#     reaches the validators' (range sync: "Syncing from #A to #B" / "Synced to #N: X blocks in Y ms").
#
# Writes RESULTS_DIR/testnet.json (and testnet-load-<rate>.json per rate). Every node is stopped on exit.
# Knobs (environment): BENCH_RATES ("500 1000 2000 5000"), BENCH_DURATION (30s), BENCH_DRAIN (60s),
# BENCH_ACCOUNTS (10000), BENCH_GAS_LIMIT (200000000), BENCH_SYNC_BLOCKS (10000), BENCH_PHASES ("load sync"),
# BENCH_BASE_RPC_PORT (28545) / BENCH_BASE_P2P_PORT (32303) (the catch-up testnet uses +20),
# BENCH_WORK_DIR (a fresh /tmp folder, removed at the end unless BENCH_KEEP=1), TRIBUTARY (bin/tributary),
# TRIBUTARY_NODE_JAVA_OPTS (the nodes' JVM options; default below).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
[ $# -ge 1 ] || { echo "usage: $0 RESULTS_DIR" >&2; exit 2; }
out="$(mkdir -p "$1" && cd "$1" && pwd)"
trib="${TRIBUTARY:-$root/bin/tributary}"
rates="${BENCH_RATES:-500 1000 2000 5000}"
duration="${BENCH_DURATION:-30s}"
drain="${BENCH_DRAIN:-60s}"
accounts="${BENCH_ACCOUNTS:-10000}"
gas_limit="${BENCH_GAS_LIMIT:-200000000}"
sync_blocks="${BENCH_SYNC_BLOCKS:-10000}"
phases="${BENCH_PHASES:-load sync}"
rpc_base="${BENCH_BASE_RPC_PORT:-28545}"
p2p_base="${BENCH_BASE_P2P_PORT:-32303}"
# The testnet's own default (tributary testnet start): 2 GiB heap, G1.
export TRIBUTARY_NODE_JAVA_OPTS="${TRIBUTARY_NODE_JAVA_OPTS:--Xmx2g}"
work="${BENCH_WORK_DIR:-$(mktemp -d /tmp/tributary-bench-testnet.XXXXXX)}"
mkdir -p "$work"
[ -x "$trib" ] || [ -n "${TRIBUTARY:-}" ] || { echo "bin/tributary is not built: run make build" >&2; exit 1; }

load_dir="$work/load"
sync_dir="$work/sync"
cleanup() {
  for d in "$load_dir" "$sync_dir"; do
    [ -f "$d/testnet.json" ] && "$trib" testnet stop --dir "$d" --grace 10s >/dev/null 2>&1 || true
  done
  [ "${BENCH_KEEP:-0}" = 1 ] || rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

log() { printf '[%s] %s\n' "$(date +%T)" "$*"; }
rpc() { # rpc URL METHOD PARAMS-JSON -> result (raw JSON)
  curl -s --max-time 5 -H 'content-type: application/json' \
    -d "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"$2\",\"params\":${3:-[]}}" "$1" | jq -c '.result' 2>/dev/null || true
}
head_of() { local r; r=$(rpc "$1" eth_blockNumber); [[ "$r" == \"0x* ]] && printf '%d' "$(tr -d '"' <<<"$r")" || echo -1; }
now_ms() { date +%s%3N; }

machine=$(jq -n --arg cpu "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')" \
  --arg cores "$(nproc)" --arg mem "$(free -g | awk '/Mem:/ {print $2" GiB"}')" \
  --arg java "$("$("$root/bin/java-home")/bin/java" -version 2>&1 | head -1)" \
  --arg load "$(cut -d' ' -f1-3 /proc/loadavg)" --arg date "$(date -u +%FT%TZ)" \
  '{cpu: $cpu, cores: ($cores|tonumber), memory: $mem, java: $java, loadavgAtStart: $load, date: $date}')
node_opts="$TRIBUTARY_NODE_JAVA_OPTS"
load_results='[]'
sync_result='null'

# --- phase 1: load ladder ---------------------------------------------------------------------------------------
if [[ " $phases " == *" load "* ]]; then
  log "load: init 4 validators, 1 s blocks, gas limit $gas_limit, $accounts accounts in $load_dir"
  "$trib" testnet init --dir "$load_dir" --validators 4 --block-time 1s --gas-limit "$gas_limit" \
    --accounts "$accounts" --base-rpc-port "$rpc_base" --base-p2p-port "$p2p_base" >/dev/null
  log "load: starting the testnet (node JVM options: $TRIBUTARY_NODE_JAVA_OPTS)"
  "$trib" testnet start --dir "$load_dir" --timeout 180s | grep -E '^Testnet|node[0-9]'
  urls=$(jq -r '[.nodes[] | "http://" + .rpcHost + ":" + (.rpcPort|tostring)] | join(",")' "$load_dir/testnet.json")
  for rate in $rates; do
    log "load: $rate tx/s offered for $duration (drain up to $drain)"
    result="$out/testnet-load-$rate.json"
    set +e
    "$trib" load --rpc "$urls" --from-genesis "$load_dir/genesis.json" --accounts "$accounts" --tps "$rate" \
      --duration "$duration" --drain "$drain" --progress 5s --out "$result" 2>&1 | grep -v '^[0-9:.]* INFO'
    set -e
    [ -f "$result" ] || { log "load at $rate tx/s wrote no result"; continue; }
    first=$(jq '.firstBlock' "$result"); last=$(jq '.lastBlock' "$result")
    # node0's own view of the blocks the run used: time from the previous commit, transactions
    blocks=$(grep -E 'Committed block #[0-9]+ ' "$load_dir/node0/node.log" | \
      sed -E 's/.*Committed block #([0-9]+) .* in round ([0-9]+) after ([0-9]+) ms: ([0-9]+) txs.*/\1 \2 \3 \4/' | \
      awk -v a="$first" -v b="$last" '$1>=a && $1<=b {n++; t+=$3; if ($3>mx) mx=$3; if ($4>tx) tx=$4; if ($2>0) rc++}
        END {printf "{\"count\":%d,\"meanMillis\":%d,\"maxMillis\":%d,\"maxTxs\":%d,\"laterRounds\":%d}", n, n?t/n:0, mx, tx, rc}')
    load_results=$(jq -c --argjson b "$blocks" --arg rate "$rate" '. + [($r[0] + {offered: ($rate|tonumber), blocks: $b})]' \
      --slurpfile r "$result" <<<"$load_results")
    log "load: $rate tx/s -> $(jq -r '"confirmed \(.confirmedTps | floor) tx/s, p50 \(.latencyMs.p50) ms, p99 \(.latencyMs.p99) ms"' "$result"), blocks $blocks"
    sleep 5
  done
  log "load: stopping the testnet"
  "$trib" testnet stop --dir "$load_dir" --grace 10s >/dev/null
fi

# --- phase 2: catch-up after BENCH_SYNC_BLOCKS ------------------------------------------------------------------
if [[ " $phases " == *" sync "* ]]; then
  log "sync: init 4 validators + 1 full node at 50 ms blocks in $sync_dir"
  "$trib" testnet init --dir "$sync_dir" --validators 4 --full-nodes 1 --block-time 50ms --accounts 10 \
    --base-rpc-port $((rpc_base + 20)) --base-p2p-port $((p2p_base + 20)) >/dev/null
  "$trib" testnet start --dir "$sync_dir" --timeout 180s | grep -E '^Testnet'
  v_url="http://127.0.0.1:$((rpc_base + 20))"; f_url="http://127.0.0.1:$((rpc_base + 24))"
  kill -TERM "$(cat "$sync_dir/node4/node.pid")"
  while kill -0 "$(cat "$sync_dir/node4/node.pid")" 2>/dev/null; do sleep 0.5; done
  rm -f "$sync_dir/node4/node.pid"
  stopped_at=$(head_of "$v_url")
  target=$((stopped_at + sync_blocks))
  log "sync: full node stopped at #$stopped_at; the validators make $sync_blocks blocks (to #$target)"
  t0=$(date +%s); last_print=0
  while :; do
    h=$(head_of "$v_url")
    [ "$h" -ge "$target" ] && break
    if [ $(( $(date +%s) - last_print )) -ge 30 ]; then
      last_print=$(date +%s); el=$(( last_print - t0 ))
      log "sync: validators at #$h ($(( h - stopped_at )) of $sync_blocks blocks, $(( el > 0 ? (h - stopped_at) / el : 0 )) blocks/s)"
    fi
    sleep 2
  done
  produce_s=$(( $(date +%s) - t0 ))
  log "sync: $sync_blocks blocks made in ${produce_s}s; restarting the whole testnet at 1 s blocks"
  "$trib" testnet stop --dir "$sync_dir" --grace 10s >/dev/null
  jq '.blockTime = "1s"' "$sync_dir/testnet.json" >"$sync_dir/testnet.json.new" && mv "$sync_dir/testnet.json.new" "$sync_dir/testnet.json"
  behind_from=$(head_of "$v_url") # -1: stopped
  : >"$sync_dir/start.log"
  start_ms=$(now_ms)
  "$trib" testnet start --dir "$sync_dir" --timeout 1200s >"$sync_dir/start.log" 2>&1 &
  start_pid=$!
  caught_ms=0; last_print=0; v=-1; f=-1
  while :; do
    v=$(head_of "$v_url"); f=$(head_of "$f_url")
    if [ "$v" -ge "$target" ] && [ "$f" -ge "$v" ]; then caught_ms=$(now_ms); break; fi
    if ! kill -0 "$start_pid" 2>/dev/null && [ "$f" -lt 0 ]; then log "sync: the testnet did not start"; cat "$sync_dir/start.log"; break; fi
    if [ $(( $(date +%s) - last_print )) -ge 10 ]; then
      last_print=$(date +%s); log "sync: full node at #$f, validators at #$v"
    fi
    sleep 0.2
  done
  wait "$start_pid" || true
  flog="$sync_dir/node4/node.log"
  restarted() { tac "$flog" | sed '/Reopened the chain/q' | tac; } # the log is appended to across restarts
  synced=$(restarted | grep -E 'Synced to #' | \
    sed -E 's/.*Synced to #([0-9]+): ([0-9]+) blocks in ([0-9]+) ms.*/\1 \2 \3/' | \
    awk '{b+=$2; ms+=$3; last=$1; n++} END {printf "{\"runs\":%d,\"blocks\":%d,\"millis\":%d,\"lastSynced\":%d}", n, b, ms, last}')
  first_sync=$(restarted | grep -m1 -E 'Syncing from #' | sed -E 's/^([0-9:.]+) .*(Syncing from .*)/\1 \2/' || true)
  catch_s=$(awk -v a="$start_ms" -v b="$caught_ms" 'BEGIN {printf "%.1f", (b > 0 ? (b - a) / 1000 : -1)}')
  sync_result=$(jq -n --argjson blocks "$sync_blocks" --argjson stopped "$stopped_at" --argjson target "$target" \
    --argjson produce "$produce_s" --argjson catchup "$catch_s" --argjson head "$f" --argjson synced "$synced" \
    --arg first "$first_sync" \
    '{blocksBehind: $blocks, stoppedAt: $stopped, target: $target, productionSeconds: $produce,
      catchUpSeconds: $catchup, caughtUpAt: $head, syncLog: ($synced + {firstLine: $first}),
      blocksPerSecond: (if $synced.millis > 0 then ($synced.blocks * 1000 / $synced.millis | floor) else null end),
      method: "4 validators + 1 full node at 50 ms blocks; full node stopped for blocksBehind blocks; then all 5 restarted at 1 s blocks: catchUpSeconds from the start command to the full node at the validators head (JVM starts included); syncLog sums the node'"'"'s own Synced lines"}')
  log "sync: caught up $sync_blocks blocks in ${catch_s}s wall (start included); node log: $synced"
  "$trib" testnet stop --dir "$sync_dir" --grace 10s >/dev/null
fi

jq -n --argjson machine "$machine" --arg opts "$node_opts" --argjson load "$load_results" --argjson sync "$sync_result" \
  --arg gas "$gas_limit" --arg acc "$accounts" --arg dur "$duration" \
  '{machine: $machine, nodeJavaOpts: $opts, testnet: {validators: 4, blockTime: "1s", gasLimit: ($gas|tonumber),
    accounts: ($acc|tonumber), durationPerRate: $dur}, load: $load, catchUp: $sync}' >"$out/testnet.json"
log "results: $out/testnet.json"
jq -r '.load[] | "  offered \(.offered) tx/s: sent \(.sendTps) tx/s, confirmed \(.confirmedTps) tx/s, p50 \(.latencyMs.p50) ms, p99 \(.latencyMs.p99) ms, blocks \(.blocks)"' "$out/testnet.json" || true
