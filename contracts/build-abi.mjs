// Regenerates abi/<Interface>.json from the Solidity interfaces with solc-js (the exact version pinned in
// package.json), so that the committed ABI is what the compiler makes of the .sol files. ContractsAbiTest (state
// module) then checks that ABI against the Java modules' function and event constants.
//
//   npm ci && node build-abi.mjs          # rewrite abi/*.json
//   node build-abi.mjs --check            # exit 1 if abi/*.json differ from what the sources compile to
import { readFileSync, readdirSync, writeFileSync, existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import solc from "solc";

const DIR = fileURLToPath(new URL(".", import.meta.url));
const INTERFACES = ["IDatasetRegistry", "IModelRegistry", "IAttribution", "IGovernance"];
const check = process.argv.includes("--check");

const sources = {};
for (const file of readdirSync(DIR).filter((f) => f.endsWith(".sol")).sort()) {
  sources[file] = { content: readFileSync(join(DIR, file), "utf8") };
}
const input = {
  language: "Solidity",
  sources,
  settings: { outputSelection: { "*": { "*": ["abi"] } } },
};
const output = JSON.parse(solc.compile(JSON.stringify(input)));
const problems = output.errors ?? [];
if (problems.length > 0) {
  // Warnings fail too: the interfaces are kept warning-free.
  console.error(`solc ${solc.version()}:\n${problems.map((e) => e.formattedMessage ?? e.message).join("\n")}`);
  process.exit(1);
}

let stale = 0;
for (const name of INTERFACES) {
  const file = `${name}.sol`;
  const abi = output.contracts?.[file]?.[name]?.abi;
  if (!abi) {
    console.error(`${file} does not define ${name}`);
    process.exit(1);
  }
  const path = join(DIR, "abi", `${name}.json`);
  const text = JSON.stringify(abi, null, 2) + "\n";
  if (check) {
    if (!existsSync(path) || readFileSync(path, "utf8") !== text) {
      console.error(`abi/${name}.json is stale: run node build-abi.mjs`);
      stale++;
    }
  } else {
    writeFileSync(path, text);
    console.log(`abi/${name}.json: ${abi.length} entries (solc ${solc.version()})`);
  }
}
process.exit(stale > 0 ? 1 : 0);
