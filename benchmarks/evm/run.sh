#!/usr/bin/env bash
# make bench-evm: the EVM benchmark contracts (benchmarks/evm/contracts: arithmetic-, memory-, storage- and
# call-heavy, a few million gas each) through tributary's EVM (JMH), @ethereumjs/evm and Hardhat's EDR, in one run on
# this machine; writes OUT_DIR/evm.json and OUT_DIR/evm.md (side by side, with the ratios) and fails if the EVMs
# disagree on any output or gas.
# Usage: benchmarks/evm/run.sh OUT_DIR   (after make build, or any build of vm's test classes; needs Node.js 18+, npm)
# TRIBUTARY_TARGET=target-x reads classes from a -Dtributary.target=target-x build; BENCH_EVM_JMH="-f 1 ..." replaces
# the JMH settings; BENCH_EVM_TARGETS=ethereumjs skips EDR; BENCH_EVM_SECONDS caps each JS side's runs per contract.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="$(mkdir -p "$1" && cd "$1" && pwd)"
java="$("$root/bin/java-home")/bin/java"
target="${TRIBUTARY_TARGET:-target}"
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "the EVM benchmark needs Node.js 18+ and npm on PATH" >&2
  exit 1
fi
if [ ! -f "$here/node_modules/.package-lock.json" ] || [ "$here/package-lock.json" -nt "$here/node_modules/.package-lock.json" ]; then
  (cd "$here" && npm ci --no-audit --no-fund)
fi
classes="$root/vm/$target/test-classes"
if [ ! -f "$classes/io/tributary/vm/benchmark/EvmContractBenchmark.class" ]; then
  echo "no $classes/io/tributary/vm/benchmark/EvmContractBenchmark.class: run make build first" >&2
  exit 1
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

{
  echo "date: $(date -u +%FT%TZ)"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //') x $(nproc) cores"
  echo "memory: $(free -g | awk '/Mem:/ {print $2}') GiB"
  echo "java: $("$java" -version 2>&1 | head -n1)"
} > "$work/machine.txt"
cat "$work/machine.txt"

(cd "$root" && mvn -q -o -B -pl vm dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$work/cp.txt" >/dev/null)
cp="$root/vm/$target/classes:$classes:$(cat "$work/cp.txt")"

echo "== tributary: gas and output of each contract"
"$java" -cp "$cp" io.tributary.vm.benchmark.EvmContractGas | tee "$work/tributary-gas.json"
echo "== tributary: JMH EvmContractBenchmark"
read -r -a jmh_args <<< "${BENCH_EVM_JMH:--f 1 -wi 2 -i 3 -w 2s -r 3s}"
"$java" --enable-native-access=ALL-UNNAMED -cp "$cp" org.openjdk.jmh.Main EvmContractBenchmark "${jmh_args[@]}" \
  -rf json -rff "$work/jmh.json"
echo "== @ethereumjs/evm and Hardhat's EDR"
node "$here/bench.mjs" --out "$work/js.json"
node "$here/report.mjs" --gas "$work/tributary-gas.json" --jmh "$work/jmh.json" --js "$work/js.json" \
  --machine "$work/machine.txt" --out "$out"
