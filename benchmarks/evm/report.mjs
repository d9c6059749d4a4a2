// Joins the three sides of benchmarks/evm/run.sh into OUT/evm.json and OUT/evm.md, after checking that every EVM
// returned the same output for the same gas (Hardhat's through its receipt: 21,000 + execution - capped refund).
// Usage: node report.mjs --gas tributary-gas.json --jmh jmh.json --js js.json --machine machine.txt --out OUT_DIR
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";

const { values: args } = parseArgs({
  options: {
    gas: { type: "string" }, jmh: { type: "string" }, js: { type: "string" }, machine: { type: "string" },
    out: { type: "string" },
  },
});
const read = (f) => JSON.parse(readFileSync(f, "utf8"));
const ours = read(args.gas);
const jmh = read(args.jmh);
const js = read(args.js);
const machine = readFileSync(args.machine, "utf8").trim();

const problems = [];
const rows = [];
for (const [name, t] of Object.entries(ours)) {
  const run = jmh.find((r) => r.params?.contract === name.toUpperCase());
  const gasPerSecond = run?.secondaryMetrics?.gas;
  const row = {
    contract: name,
    gasUsed: t.gasUsed,
    gasRefund: t.gasRefund,
    output: t.output,
    tributaryMgasPerSecond: gasPerSecond ? gasPerSecond.score / 1e6 : null,
    tributaryMgasPerSecondError: gasPerSecond ? gasPerSecond.scoreError / 1e6 : null,
  };
  if (t.status !== "SUCCESS") problems.push(`${name}: tributary ${t.status}`);
  const e = js.ethereumjs?.contracts?.[name];
  if (e) {
    if (e.gasUsed !== t.gasUsed || e.gasRefund !== t.gasRefund || e.output !== t.output) {
      problems.push(`${name}: ethereumjs gas ${e.gasUsed} refund ${e.gasRefund} output ${e.output}, tributary `
        + `${t.gasUsed} ${t.gasRefund} ${t.output}`);
    }
    row.ethereumjsMgasPerSecond = e.mgasPerSecond;
    row.ethereumjsRuns = e.iterations;
  }
  const h = js.edr?.contracts?.[name];
  if (h) {
    const txGas = 21_000 + t.gasUsed;
    const expected = txGas - Math.min(t.gasRefund, Math.floor(txGas / 5));
    if (h.txGasUsed !== expected || h.output !== t.output) {
      problems.push(`${name}: EDR receipt gas ${h.txGasUsed} (expected ${expected}) output ${h.output}`);
    }
    row.edrMsPerCall = h.msPerRun;
    row.edrMgasPerSecond = t.gasUsed / h.msPerRun / 1000;
    const net = h.msPerRun - js.edr.callOverheadMs;
    row.edrMgasPerSecondLessOverhead = net > 0 ? t.gasUsed / net / 1000 : null;
    row.edrRuns = h.iterations;
  }
  if (row.tributaryMgasPerSecond !== null) {
    if (row.ethereumjsMgasPerSecond) row.vsEthereumjs = row.tributaryMgasPerSecond / row.ethereumjsMgasPerSecond;
    if (row.edrMgasPerSecondLessOverhead) row.vsEdr = row.tributaryMgasPerSecond / row.edrMgasPerSecondLessOverhead;
  }
  rows.push(row);
}

const result = {
  machine,
  node: js.node,
  ethereumjs: js.ethereumjs ? { version: js.ethereumjs.version } : null,
  edr: js.edr ? { version: js.edr.version, callOverheadMs: js.edr.callOverheadMs, error: js.edr.error } : null,
  identicalResults: problems.length === 0,
  problems,
  contracts: rows,
};
writeFileSync(join(args.out, "evm.json"), JSON.stringify(result, null, 2) + "\n");

const f = (x, d = 1) => (x === null || x === undefined || !Number.isFinite(x) ? "-" : x.toLocaleString("en-US", {
  minimumFractionDigits: d, maximumFractionDigits: d }));
const md = [
  "# EVM: Mgas/s on the benchmark contracts, tributary vs @ethereumjs/evm vs Hardhat's EDR",
  "",
  "```",
  machine,
  `node: ${js.node}; @ethereumjs/evm ${js.ethereumjs?.version ?? "-"}; EDR ${js.edr?.version ?? "-"} (Hardhat 2.29.1)`,
  "```",
  "",
  "Same bytecode (benchmarks/evm/contracts), one thread each, one after the other on this machine. tributary: JMH",
  "(EvmContractBenchmark, ± the 99.9% interval); ethereumjs: runCall; EDR: eth_call through Hardhat's in-process",
  `provider, whose cost apart from execution (an eth_call of a contract that only STOPs: ${f(js.edr?.callOverheadMs, 2)} ms)`,
  "is taken off before the ratio. Gas is execution gas (no intrinsic 21,000); every EVM returned the same output for",
  `the same gas: ${problems.length === 0 ? "yes" : "NO, see problems in evm.json"}.`,
  "",
  "| contract | gas per run | tributary Mgas/s | ethereumjs Mgas/s | tributary / ethereumjs | EDR Mgas/s (eth_call) | EDR less overhead | tributary / EDR |",
  "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  ...rows.map((r) => `| ${r.contract} | ${r.gasUsed.toLocaleString("en-US")} | ${f(r.tributaryMgasPerSecond)} ± `
    + `${f(r.tributaryMgasPerSecondError)} | ${f(r.ethereumjsMgasPerSecond, 2)} | ${f(r.vsEthereumjs)}x | `
    + `${f(r.edrMgasPerSecond)} | ${f(r.edrMgasPerSecondLessOverhead)} | ${f(r.vsEdr, 2)}x |`),
  "",
];
if (js.edr?.error) md.push(`EDR could not be driven: ${js.edr.error.split("\n")[0]}`, "");
writeFileSync(join(args.out, "evm.md"), md.join("\n"));
console.log(md.join("\n"));
if (problems.length > 0) {
  console.error(`EVMs disagree:\n${problems.join("\n")}`);
  process.exit(1);
}
