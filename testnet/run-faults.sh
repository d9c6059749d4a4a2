#!/usr/bin/env bash
# Runs fault scenarios: testnet/run-faults.sh --manifest testnet/manifests/kill-restart.json[,...] [--dir DIR]
# Needs a built tree (make build): the runner and the nodes run from testnet/target/lib.
# testnet/run-soak.sh runs the soak runner through this script (TRIBUTARY_TESTNET_MAIN names the main class).
set -eu
root="$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)"
java_home="$("$root/bin/java-home")"
target="$root/testnet/${TRIBUTARY_TARGET:-target}"
jar=$(ls "$target"/tributary-testnet-*.jar 2>/dev/null | grep -v -- '-tests' | head -n1 || true)
if [ -z "$jar" ] || [ ! -d "$target/lib" ]; then
  echo "the fault runner is not built yet: run 'make build' first" >&2
  exit 1
fi
extra=()
major=$("$java_home/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')
if [ "${major:-0}" -ge 23 ] 2>/dev/null; then
  extra+=(--sun-misc-unsafe-memory-access=allow)
fi
cd "$root"
exec "$java_home/bin/java" "${extra[@]}" \
  --add-opens java.base/java.nio=ALL-UNNAMED --add-opens java.base/sun.nio.ch=ALL-UNNAMED \
  --enable-native-access=ALL-UNNAMED \
  -Dtributary.node.classpath="$target/lib/*" \
  -cp "$jar:$target/lib/*" "${TRIBUTARY_TESTNET_MAIN:-io.tributary.testnet.FaultRunnerMain}" "$@"
