#!/usr/bin/env bash
# Runs every JMH benchmark (test classes named *Benchmark) module by module, after `make build`.
# Usage: benchmarks/run-jmh.sh OUT_DIR [JMH args...]   e.g. BENCH_FILTER=Keccak make bench
# Results: OUT_DIR/<module>.json (JMH JSON) and OUT_DIR/<module>.txt (the human table), with the machine described.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$(mkdir -p "$1" && cd "$1" && pwd)"; shift
java="$("$root/bin/java-home")/bin/java"
jmh_args=("$@")
[ ${#jmh_args[@]} -gt 0 ] || jmh_args=(-f 1 -wi 2 -i 3 -w 2s -r 3s)
filter="${BENCH_FILTER:-.*Benchmark.*}"

{
  echo "date: $(date -u +%FT%TZ)"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //') x $(nproc) cores"
  echo "memory: $(free -g | awk '/Mem:/ {print $2}') GiB"
  echo "java: $("$java" -version 2>&1 | head -n1)"
} > "$out/machine.txt"
cat "$out/machine.txt"

for module in core poa-engine state vm consensus p2p rpc genesis node; do
  classes="$root/$module/target/test-classes"
  [ -d "$classes" ] || continue
  if ! find "$classes" -name '*Benchmark*.class' | grep -q .; then continue; fi
  echo "== JMH: $module"
  cpfile="$(mktemp)"
  (cd "$root" && mvn -q -o -B -pl "$module" dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cpfile" >/dev/null)
  cp="$root/$module/target/classes:$classes:$(cat "$cpfile")"
  rm -f "$cpfile"
  "$java" --add-opens java.base/java.nio=ALL-UNNAMED --add-opens java.base/sun.nio.ch=ALL-UNNAMED \
    --enable-native-access=ALL-UNNAMED -cp "$cp" org.openjdk.jmh.Main "$filter" "${jmh_args[@]}" \
    -rf json -rff "$out/$module.json" | tee "$out/$module.txt"
done
echo "results in $out"
