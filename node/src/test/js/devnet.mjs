// Shared by the client-compatibility suite: the devnet's constants, its dev accounts and providers for RPC_URL.
import { HDNodeWallet, JsonRpcProvider, Network, WebSocketProvider, parseEther } from "ethers";

export const CHAIN_ID = 7357n;
export const MNEMONIC = "test test test test test test test test test test test junk";
export const DEV_BALANCE = parseEther("10000"); // 10,000 TRIB
export const TREASURY = "0x00000000000000000000000000000000000a7000";
export const EMPTY_TRIE_ROOT = "0x56e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b421";
export const EMPTY_CODE_HASH = "0xc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470";

export const RPC_URL = process.env.RPC_URL ?? "http://127.0.0.1:8545";
// HTTP and WebSocket share one port on the devnet (and on Hardhat's node).
export const WS_URL = process.env.WS_URL ?? RPC_URL.replace(/^http/, "ws");

/** The i-th dev account: m/44'/60'/0'/0/i of the well-known test mnemonic. */
export function devWallet(i, provider) {
  const w = HDNodeWallet.fromPhrase(MNEMONIC, undefined, `m/44'/60'/0'/0/${i}`);
  return provider ? w.connect(provider) : w;
}

export function httpProvider() {
  const network = Network.from(Number(CHAIN_ID));
  return new JsonRpcProvider(RPC_URL, network, { staticNetwork: network, pollingInterval: 200 });
}

export function wsProvider() {
  return new WebSocketProvider(WS_URL, Network.from(Number(CHAIN_ID)), { pollingInterval: 200 });
}

/** One raw JSON-RPC call over HTTP, without ethers in between: returns the whole response object. */
export async function rawRpc(method, params = []) {
  const res = await fetch(RPC_URL, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }),
  });
  return res.json();
}

/** The JSON-RPC error object behind an ethers error (ethers keeps it in info.error or error). */
export function rpcErrorOf(e) {
  return e?.info?.error ?? e?.error ?? null;
}

/** Hardhat's node is the stand-in target while developing; its messages differ from geth's. */
export async function isHardhat(provider) {
  const v = await provider.send("web3_clientVersion", []);
  return /hardhat/i.test(v);
}

export const hex = (n) => "0x" + BigInt(n).toString(16);
