// Compiles the Solidity sources in contracts/ with solc-js (the npm package `solc`, wasm: no native compiler needed)
// through the standard JSON interface: optimizer on, EVM target Cancun (the devnet's fork). Compiler errors throw.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join, normalize } from "node:path";
import solc from "solc";

export const CONTRACTS_DIR = fileURLToPath(new URL("./contracts/", import.meta.url));
export const EVM_VERSION = "cancun";

/**
 * Compiles every contracts/*.sol; returns { ContractName: { abi, bytecode, deployedBytecode } }. An import that is not
 * one of those files is read from the first of `importDirs` that has it (e.g. the repository's contracts/ folder with
 * the AI modules' interfaces); its contracts are compiled too.
 */
export function compileContracts(dir = CONTRACTS_DIR, { importDirs = [] } = {}) {
  const sources = {};
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".sol")).sort()) {
    sources[file] = { content: readFileSync(join(dir, file), "utf8") };
  }
  if (Object.keys(sources).length === 0) throw new Error(`no .sol files in ${dir}`);
  const input = {
    language: "Solidity",
    sources,
    settings: {
      optimizer: { enabled: true, runs: 200 },
      evmVersion: EVM_VERSION,
      outputSelection: { "*": { "*": ["abi", "evm.bytecode.object", "evm.deployedBytecode.object"] } },
    },
  };
  const findImports = (path) => {
    for (const root of importDirs) {
      const file = join(root, normalize(path));
      if (file.startsWith(join(root, "/")) && existsSync(file)) return { contents: readFileSync(file, "utf8") };
    }
    return { error: `${path} is in none of ${JSON.stringify(importDirs)}` };
  };
  const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports }));
  const errors = (output.errors ?? []).filter((e) => e.severity === "error");
  if (errors.length > 0) {
    throw new Error(`solc ${solc.version()} failed:\n${errors.map((e) => e.formattedMessage ?? e.message).join("\n")}`);
  }
  const warnings = (output.errors ?? []).filter((e) => e.severity !== "error");
  if (warnings.length > 0) {
    throw new Error(`solc ${solc.version()} warned (the contracts are kept warning-free):\n`
      + warnings.map((e) => e.formattedMessage ?? e.message).join("\n"));
  }
  const compiled = {};
  for (const [file, contracts] of Object.entries(output.contracts ?? {})) {
    for (const [name, c] of Object.entries(contracts)) {
      if (compiled[name]) throw new Error(`contract ${name} is defined twice (${file})`);
      compiled[name] = { abi: c.abi, bytecode: "0x" + c.evm.bytecode.object,
        deployedBytecode: "0x" + c.evm.deployedBytecode.object };
    }
  }
  return compiled;
}

export const solcVersion = () => solc.version();
