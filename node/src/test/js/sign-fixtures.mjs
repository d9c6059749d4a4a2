// Signs transactions with ethers.js v6 so the Java decoder is checked against an independent implementation.
// Run: npm ci && node sign-fixtures.mjs   (writes ../resources/fixtures/ethers-signed.json and ethers-keystore.json)
import { writeFileSync } from "node:fs";
import { Wallet, Transaction, encryptKeystoreJson, parseEther, parseUnits } from "ethers";

// Hardhat/Anvil account 0 of "test test ... junk"; never a real key.
const wallet = new Wallet("0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");
const to = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";

const requests = [
  { name: "legacy-eip155", tx: { type: 0, chainId: 7357, nonce: 0, gasPrice: parseUnits("1", "gwei"), gasLimit: 21000, to, value: parseEther("1.5") } },
  { name: "eip2930", tx: { type: 1, chainId: 7357, nonce: 1, gasPrice: parseUnits("2", "gwei"), gasLimit: 30000, to, value: 1n,
      accessList: [{ address: to, storageKeys: ["0x" + "00".repeat(31) + "01"] }] } },
  { name: "eip1559", tx: { type: 2, chainId: 7357, nonce: 2, maxPriorityFeePerGas: parseUnits("1", "gwei"),
      maxFeePerGas: parseUnits("30", "gwei"), gasLimit: 50000, to, value: parseEther("0.25"), data: "0xa9059cbb" } },
  { name: "eip1559-create", tx: { type: 2, chainId: 7357, nonce: 3, maxPriorityFeePerGas: 1n, maxFeePerGas: 2n,
      gasLimit: 100000, data: "0x6080604052" } },
];

const out = [];
for (const { name, tx } of requests) {
  const raw = await wallet.signTransaction(tx);
  const parsed = Transaction.from(raw);
  out.push({ name, raw, hash: parsed.hash, from: parsed.from, type: parsed.type, chainId: Number(parsed.chainId) });
}
const fixtures = new URL("../resources/fixtures/", import.meta.url);
writeFileSync(new URL("ethers-signed.json", fixtures), JSON.stringify(out, null, 2) + "\n");


// A keystore written by ethers (scrypt at a light cost) for the Java reader; the password is "tributary".
const keystore = await encryptKeystoreJson(wallet, "tributary", { scrypt: { N: 4096 } });
writeFileSync(new URL("ethers-keystore.json", fixtures), keystore + "\n");
