// A tiny EVM assembler for the benchmark contracts: `node asm.mjs` turns every contracts/NAME.asm into NAME.hex.
// Syntax, instructions separated by blanks or lines: a mnemonic (Cancun names), `PUSH <number>` (smallest PUSHn; decimal or 0x hex),
// `PUSHn <number>` (exactly n bytes), `PUSH @label` (PUSH2 of the label's offset), `label:` (a JUMPDEST there);
// `;` starts a comment; `.const NAME value` defines NAME for later operands.
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const OPS = {
  STOP: 0x00, ADD: 0x01, MUL: 0x02, SUB: 0x03, DIV: 0x04, SDIV: 0x05, MOD: 0x06, SMOD: 0x07, ADDMOD: 0x08,
  MULMOD: 0x09, EXP: 0x0a, SIGNEXTEND: 0x0b, LT: 0x10, GT: 0x11, SLT: 0x12, SGT: 0x13, EQ: 0x14, ISZERO: 0x15,
  AND: 0x16, OR: 0x17, XOR: 0x18, NOT: 0x19, BYTE: 0x1a, SHL: 0x1b, SHR: 0x1c, SAR: 0x1d, KECCAK256: 0x20,
  ADDRESS: 0x30, BALANCE: 0x31, ORIGIN: 0x32, CALLER: 0x33, CALLVALUE: 0x34, CALLDATALOAD: 0x35,
  CALLDATASIZE: 0x36, CALLDATACOPY: 0x37, CODESIZE: 0x38, CODECOPY: 0x39, GASPRICE: 0x3a, EXTCODESIZE: 0x3b,
  EXTCODECOPY: 0x3c, RETURNDATASIZE: 0x3d, RETURNDATACOPY: 0x3e, EXTCODEHASH: 0x3f, POP: 0x50, MLOAD: 0x51,
  MSTORE: 0x52, MSTORE8: 0x53, SLOAD: 0x54, SSTORE: 0x55, JUMP: 0x56, JUMPI: 0x57, PC: 0x58, MSIZE: 0x59,
  GAS: 0x5a, JUMPDEST: 0x5b, TLOAD: 0x5c, TSTORE: 0x5d, MCOPY: 0x5e, PUSH0: 0x5f, CALL: 0xf1, RETURN: 0xf3,
  STATICCALL: 0xfa, REVERT: 0xfd, INVALID: 0xfe,
};
for (let n = 1; n <= 16; n++) {
  OPS[`DUP${n}`] = 0x7f + n;
  OPS[`SWAP${n}`] = 0x8f + n;
}

function toBytes(value, size) {
  let hex = value.toString(16);
  if (hex.length % 2) hex = "0" + hex;
  if (size === undefined) size = Math.max(1, hex.length / 2);
  if (hex.length / 2 > size) throw new Error(`${value} does not fit in ${size} bytes`);
  return hex.padStart(size * 2, "0");
}

export function assemble(source) {
  const consts = {};
  const items = [];
  for (const raw of source.split("\n")) {
    const line = raw.replace(/;.*/, "").trim();
    if (!line) continue;
    const parts = line.split(/\s+/);
    if (parts[0] === ".const") {
      consts[parts[1]] = BigInt(parts[2]);
      continue;
    }
    for (let t = 0; t < parts.length; t++) {
      if (parts[t].endsWith(":")) {
        items.push({ label: parts[t].slice(0, -1) });
      } else {
        const op = parts[t].toUpperCase();
        const takesArg = /^PUSH\d*$/.test(op) && op !== "PUSH0";
        items.push({ op, arg: takesArg ? parts[++t] : undefined });
        if (takesArg && items.at(-1).arg === undefined) throw new Error(`${op} needs an operand`);
      }
    }
  }
  const size = (it) => {
    if (it.label) return 1;
    if (it.op === "PUSH") {
      if (it.arg.startsWith("@")) return 3;
      return 1 + toBytes(value(it.arg)).length / 2;
    }
    const m = /^PUSH([1-9]\d*)$/.exec(it.op);
    return m ? 1 + Number(m[1]) : 1;
  };
  const value = (arg) => (arg in consts ? consts[arg] : BigInt(arg));
  const labels = {};
  let pc = 0;
  for (const it of items) {
    if (it.label) labels[it.label] = pc;
    pc += size(it);
  }
  let hex = "";
  for (const it of items) {
    if (it.label) {
      hex += "5b";
    } else if (it.op === "PUSH" && it.arg.startsWith("@")) {
      const target = labels[it.arg.slice(1)];
      if (target === undefined) throw new Error(`no label ${it.arg}`);
      hex += "61" + toBytes(target, 2);
    } else if (it.op === "PUSH") {
      const bytes = toBytes(value(it.arg));
      hex += (0x5f + bytes.length / 2).toString(16) + bytes;
    } else if (/^PUSH[1-9]\d*$/.test(it.op)) {
      const n = Number(it.op.slice(4));
      hex += (0x5f + n).toString(16) + toBytes(value(it.arg), n);
    } else {
      if (!(it.op in OPS)) throw new Error(`unknown mnemonic ${it.op}`);
      if (it.arg !== undefined) throw new Error(`${it.op} takes no operand`);
      hex += OPS[it.op].toString(16).padStart(2, "0");
    }
  }
  return hex;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = join(dirname(fileURLToPath(import.meta.url)), "contracts");
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".asm")).sort()) {
    const hex = assemble(readFileSync(join(dir, file), "utf8"));
    writeFileSync(join(dir, file.replace(/\.asm$/, ".hex")), hex + "\n");
    console.log(`${file}: ${hex.length / 2} bytes`);
  }
}
