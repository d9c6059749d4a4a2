// Real Solidity contracts on the devnet, driven by ethers.js v6 as a dapp would: an ERC-20 and a royalty splitter,
// compiled from contracts/ by solc-js (npm `solc`, pinned in package.json) for Cancun. Run as client-compat is:
// RPC_URL=http://127.0.0.1:8545 node --test (node runs the two files side by side).
// Dev account 9 funds fresh random accounts (under 2 TRIB a run) and spends nothing else, so this file shares no
// nonces with client-compat.test.mjs (accounts 0-7) or the web3j test (8), and can run again against the same chain.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { ContractFactory, Interface, Wallet, concat, getCreateAddress, parseEther } from "ethers";
import { devWallet, httpProvider, isHardhat, rawRpc } from "./devnet.mjs";
import { compileContracts, solcVersion } from "./solc.mjs";

const FUNDER = 9;
const provider = httpProvider();
after(() => provider.destroy());

let compiled;
let hardhat;
before(async () => {
  compiled = compileContracts();
  hardhat = await isHardhat(provider);
});

/** Fresh accounts with `value` each, funded by dev account FUNDER one transaction after another. */
async function freshAccounts(n, value = parseEther("0.1")) {
  const funder = devWallet(FUNDER, provider);
  const wallets = [];
  for (let i = 0; i < n; i++) {
    const w = Wallet.createRandom().connect(provider);
    await (await funder.sendTransaction({ to: w.address, value })).wait();
    wallets.push(w);
  }
  return wallets;
}

/** The error ethers throws for `promise`, which must be a CALL_EXCEPTION. */
async function callException(promise) {
  const e = await promise.then(() => null, (err) => err);
  assert.ok(e, "the call reverts");
  assert.equal(e.code, "CALL_EXCEPTION", `${e.code}: ${e.shortMessage ?? e.message}`);
  return e;
}

/**
 * The custom error behind a reverted send or deploy, decoded from the revert data with the contract's ABI. ethers v6
 * decodes custom errors itself only on the eth_call path (staticCall); a send fails in eth_estimateGas with
 * "unknown custom error" and the data, which a dapp decodes like this.
 */
async function sendReverts(contract, promise) {
  const e = await callException(promise);
  assert.match(e.data ?? "", /^0x[0-9a-f]{8}/, `revert data in ${e.shortMessage}`);
  return contract.interface.parseError(e.data);
}

test("solc compiles the contracts for Cancun with the optimizer", () => {
  assert.match(solcVersion(), /^0\.8\.\d+\+commit/);
  for (const name of ["TributaryToken", "RoyaltySplitter"]) {
    assert.ok(compiled[name], `${name} compiled`);
    assert.ok(compiled[name].bytecode.length > 2 && compiled[name].abi.length > 0);
  }
});

test("ERC-20: deploy, transfer, approve and transferFrom with exact balances and decoded events", async (t) => {
  const [alice, bob, carol] = await freshAccounts(3);
  const { abi, bytecode, deployedBytecode } = compiled.TributaryToken;
  const supply = parseEther("1000000");
  const token = await new ContractFactory(abi, bytecode, alice).deploy("Tributary Token", "TRT", supply);
  const deployment = await token.deploymentTransaction().wait();
  const address = await token.getAddress();
  assert.equal(deployment.status, 1);
  assert.equal(deployment.contractAddress, address);
  assert.equal(await provider.getCode(address), deployedBytecode);
  const minted = token.interface.parseLog(deployment.logs[0]);
  assert.equal(minted.name, "Transfer");
  assert.deepEqual([...minted.args], ["0x0000000000000000000000000000000000000000", alice.address, supply]);

  assert.equal(await token.name(), "Tributary Token");
  assert.equal(await token.symbol(), "TRT");
  assert.equal(await token.decimals(), 18n);
  assert.equal(await token.totalSupply(), supply);
  assert.equal(await token.balanceOf(alice.address), supply);

  // transfer: ethers estimates the gas, the receipt carries one Transfer.
  const sent = await (await token.transfer(bob.address, 100n)).wait();
  assert.equal(sent.status, 1);
  assert.equal(sent.logs.length, 1);
  assert.equal(sent.logs[0].address, address);
  const transfer = token.interface.parseLog(sent.logs[0]);
  assert.equal(transfer.name, "Transfer");
  assert.equal(transfer.args.from, alice.address);
  assert.equal(transfer.args.to, bob.address);
  assert.equal(transfer.args.value, 100n);
  // ethers decodes a contract call's receipt itself too (EventLog).
  assert.equal(sent.logs[0].eventName, "Transfer");
  assert.deepEqual([...sent.logs[0].args], [alice.address, bob.address, 100n]);

  // approve, then transferFrom by the spender.
  const approved = await (await token.approve(carol.address, 50n)).wait();
  const approval = token.interface.parseLog(approved.logs[0]);
  assert.equal(approval.name, "Approval");
  assert.deepEqual([...approval.args], [alice.address, carol.address, 50n]);
  assert.equal(await token.allowance(alice.address, carol.address), 50n);

  const pulled = await (await token.connect(carol).transferFrom(alice.address, bob.address, 30n)).wait();
  assert.equal(pulled.status, 1);
  assert.deepEqual([...token.interface.parseLog(pulled.logs[0]).args], [alice.address, bob.address, 30n]);
  assert.equal(await token.allowance(alice.address, carol.address), 20n);

  // bob passes some on to carol.
  await (await token.connect(bob).transfer(carol.address, 7n)).wait();

  assert.equal(await token.balanceOf(alice.address), supply - 130n);
  assert.equal(await token.balanceOf(bob.address), 123n);
  assert.equal(await token.balanceOf(carol.address), 7n);
  assert.equal(await token.totalSupply(), supply);

  // queryFilter: eth_getLogs with the event's topic and indexed arguments, decoded by ethers.
  const all = await token.queryFilter(token.filters.Transfer(), deployment.blockNumber);
  assert.deepEqual(all.map((e) => [e.eventName, ...e.args]), [
    ["Transfer", "0x0000000000000000000000000000000000000000", alice.address, supply],
    ["Transfer", alice.address, bob.address, 100n],
    ["Transfer", alice.address, bob.address, 30n],
    ["Transfer", bob.address, carol.address, 7n],
  ]);
  const toBob = await token.queryFilter(token.filters.Transfer(null, bob.address), deployment.blockNumber);
  assert.deepEqual(toBob.map((e) => e.args.value), [100n, 30n]);
  assert.equal(toBob[1].transactionHash, pulled.hash);
  const fromBob = await token.queryFilter(token.filters.Transfer(bob.address), deployment.blockNumber, "latest");
  assert.deepEqual(fromBob.map((e) => [e.args.to, e.args.value]), [[carol.address, 7n]]);
  const approvals = await token.queryFilter(token.filters.Approval(alice.address, carol.address), deployment.blockNumber);
  assert.equal(approvals.length, 1);
  assert.equal(approvals[0].eventName, "Approval");
  assert.equal(approvals[0].args.value, 50n);
  assert.equal(approvals[0].blockNumber, approved.blockNumber);
  t.diagnostic(`TributaryToken at ${address}: deployed with ${deployment.gasUsed} gas, transfer ${sent.gasUsed}`);
});

test("ERC-20: reverts reach ethers decoded, as custom errors and as a require message", async (t) => {
  const [alice, bob] = await freshAccounts(2);
  const { abi, bytecode } = compiled.TributaryToken;
  const token = await new ContractFactory(abi, bytecode, alice).deploy("Tributary Token", "TRT", 1000n);
  await token.waitForDeployment();
  const address = await token.getAddress();
  const asBob = token.connect(bob);
  await (await token.transfer(bob.address, 10n)).wait();

  // ethers estimates the gas first: eth_estimateGas's revert data carries the custom error.
  const insufficient = token.interface.encodeErrorResult("ERC20InsufficientBalance", [bob.address, 10n, 11n]);
  let error = await sendReverts(token, asBob.transfer(alice.address, 11n));
  assert.equal(error.name, "ERC20InsufficientBalance");
  assert.deepEqual([...error.args], [bob.address, 10n, 11n]);
  let e = await callException(asBob.transfer.estimateGas(alice.address, 11n));
  assert.equal(e.data, insufficient);

  // Through eth_call (staticCall) ethers decodes it itself.
  e = await callException(asBob.transfer.staticCall(alice.address, 11n));
  assert.equal(e.revert?.name, "ERC20InsufficientBalance");
  assert.deepEqual([...e.revert.args], [bob.address, 10n, 11n]);
  assert.equal(e.data, insufficient);

  // Error(string): ethers gives the reason.
  e = await callException(asBob.transferChecked(alice.address, 11n));
  assert.equal(e.reason, "TributaryToken: transfer amount exceeds balance");
  assert.equal(e.revert?.name, "Error");

  // Allowance and receiver checks.
  error = await sendReverts(token, asBob.transferFrom(alice.address, bob.address, 1n));
  assert.equal(error.name, "ERC20InsufficientAllowance");
  assert.deepEqual([...error.args], [bob.address, 0n, 1n]);
  e = await callException(token.transfer.staticCall("0x0000000000000000000000000000000000000000", 1n));
  assert.equal(e.revert?.name, "ERC20InvalidReceiver");

  // The JSON-RPC errors as geth shapes them: code 3, the revert data, the reason in the message when there is one.
  const data = token.interface.encodeFunctionData("transferChecked", [alice.address, 11n]);
  for (const method of ["eth_call", "eth_estimateGas"]) {
    const params = method === "eth_call" ? [{ from: bob.address, to: address, data }, "latest"]
      : [{ from: bob.address, to: address, data }];
    const { error } = await rawRpc(method, params);
    assert.equal(error?.code, 3, `${method}: ${JSON.stringify(error)}`);
    if (!hardhat) assert.equal(error.message, "execution reverted: TributaryToken: transfer amount exceeds balance");
    assert.equal(token.interface.parseError(error.data).args[0], "TributaryToken: transfer amount exceeds balance");
  }
  const custom = await rawRpc("eth_call", [{ from: bob.address, to: address,
    data: token.interface.encodeFunctionData("transfer", [alice.address, 11n]) }, "latest"]);
  assert.equal(custom.error?.code, 3);
  if (!hardhat) assert.equal(custom.error.message, "execution reverted");
  assert.equal(token.interface.parseError(custom.error.data).name, "ERC20InsufficientBalance");

  // Mined anyway (a gas limit given, so ethers does not estimate): status 0, no logs, nothing moved.
  const before = await token.balanceOf(bob.address);
  const tx = await asBob.transfer(alice.address, 11n, { gasLimit: 100_000n });
  const failed = await tx.wait().then(() => null, (err) => err);
  assert.equal(failed?.code, "CALL_EXCEPTION", "a reverted transaction fails ethers' wait()");
  const receipt = await provider.getTransactionReceipt(tx.hash);
  assert.equal(receipt.status, 0);
  assert.deepEqual(receipt.logs, []);
  assert.ok(receipt.gasUsed > 21000n && receipt.gasUsed < 100_000n);
  assert.equal(await token.balanceOf(bob.address), before);
  t.diagnostic(`reverted transfer used ${receipt.gasUsed} gas`);
});

test("ERC-20: balanceOf as a raw eth_call, at the latest block and at an earlier one", async () => {
  const [alice, bob] = await freshAccounts(2);
  const { abi, bytecode } = compiled.TributaryToken;
  const token = await new ContractFactory(abi, bytecode, alice).deploy("Tributary Token", "TRT", 500n);
  const deployed = await token.deploymentTransaction().wait();
  const address = await token.getAddress();
  const moved = await (await token.transfer(bob.address, 200n)).wait();

  const erc20 = new Interface(["function balanceOf(address) view returns (uint256)"]);
  const balanceAt = async (who, tag) => {
    const { result, error } = await rawRpc("eth_call",
      [{ to: address, data: erc20.encodeFunctionData("balanceOf", [who]) }, tag]);
    assert.equal(error, undefined, JSON.stringify(error));
    return erc20.decodeFunctionResult("balanceOf", result)[0];
  };
  assert.equal(await balanceAt(alice.address, "latest"), 300n);
  assert.equal(await balanceAt(bob.address, "latest"), 200n);
  assert.equal(await balanceAt(alice.address, "0x" + deployed.blockNumber.toString(16)), 500n);
  assert.equal(await balanceAt(bob.address, "0x" + deployed.blockNumber.toString(16)), 0n);
  assert.equal(await balanceAt(bob.address, "0x" + moved.blockNumber.toString(16)), 200n);
  // A view is not a transaction: the caller's nonce does not move.
  assert.equal(await provider.getTransactionCount(bob.address), 0);
});

// Init code that sends the value it was created with to `to` by SELFDESTRUCT, without running `to`'s code:
// PUSH20 to SELFDESTRUCT.
const selfdestructTo = (to) => concat(["0x73", to, "0xff"]);

test("royalty splitter: ether received and credited directly is released to each payee by share", async (t) => {
  const [alice, anyone] = await freshAccounts(2, parseEther("0.5"));
  const payees = [Wallet.createRandom().address, Wallet.createRandom().address, Wallet.createRandom().address];
  const shares = [5000n, 3000n, 2000n];
  const { abi, bytecode } = compiled.RoyaltySplitter;
  const factory = new ContractFactory(abi, bytecode, alice);

  // Ether credited before the contract exists counts too: fund its future address.
  const prefund = parseEther("0.03");
  const predicted = getCreateAddress({ from: alice.address, nonce: await alice.getNonce() });
  await (await anyone.sendTransaction({ to: predicted, value: prefund })).wait();
  const splitter = await factory.deploy(payees, shares);
  await splitter.waitForDeployment();
  const address = await splitter.getAddress();
  assert.equal(address, predicted);
  assert.equal(await provider.getBalance(address), prefund);
  assert.equal(await splitter.payeeCount(), 3n);
  assert.equal(await splitter.totalReceived(), prefund);

  // Through receive(): PaymentReceived(from, amount). ethers estimates the gas of a call with an event.
  const paid = parseEther("0.1");
  const received = await (await alice.sendTransaction({ to: address, value: paid })).wait();
  assert.equal(received.status, 1);
  assert.ok(received.gasUsed > 21000n, "receive() ran");
  const receivedLog = splitter.interface.parseLog(received.logs[0]);
  assert.equal(receivedLog.name, "PaymentReceived");
  assert.deepEqual([...receivedLog.args], [alice.address, paid]);

  // SELFDESTRUCT credits it without running receive(): no event.
  const forwarded = parseEther("0.02") + 7n;
  const destructed = await (await anyone.sendTransaction({ data: selfdestructTo(address), value: forwarded })).wait();
  assert.equal(destructed.status, 1);
  assert.deepEqual(destructed.logs, []);
  let total = prefund + paid + forwarded;
  assert.equal(await provider.getBalance(address), total);
  assert.equal(await splitter.totalReceived(), total);

  const released = [0n, 0n, 0n];
  const owed = (i) => total * shares[i] / 10000n - released[i];
  const release = async (i) => {
    const due = owed(i);
    assert.equal(await splitter.releasable(payees[i]), due);
    const before = await provider.getBalance(payees[i]);
    const receipt = await (await splitter.connect(anyone).release(payees[i])).wait();
    assert.equal(receipt.status, 1);
    const log = splitter.interface.parseLog(receipt.logs[0]);
    assert.equal(log.name, "PaymentReleased");
    assert.equal(log.args.to, payees[i]);
    assert.equal(log.args.amount, due);
    assert.equal(await provider.getBalance(payees[i]) - before, due, `payee ${i} receives exactly ${due} wei`);
    released[i] += due;
    assert.equal(await splitter.released(payees[i]), released[i]);
    return receipt;
  };

  await release(0);
  await release(1);
  // More comes in between releases; what payee 0 got already stays counted.
  const more = parseEther("0.05") + 4n;
  await (await anyone.sendTransaction({ to: address, value: more })).wait();
  total += more;
  await release(2);
  await release(0);
  await release(1);
  const first = released[0];
  assert.equal(first, total * 5000n / 10000n);
  assert.equal(released[1], total * 3000n / 10000n);
  assert.equal(released[2], total * 2000n / 10000n);
  const sum = released.reduce((a, b) => a + b, 0n);
  assert.equal(await splitter.totalReleased(), sum);
  assert.equal(await provider.getBalance(address), total - sum, "only rounding dust stays");
  assert.equal(total - sum, 1n, "11 wei over whole ether split 5.5/3.3/2.2 leaves 1 wei");

  // Nothing left for payee 2, and a stranger is no payee: custom errors through estimateGas.
  const error = await sendReverts(splitter, splitter.connect(anyone).release(payees[2]));
  assert.equal(error.name, "NothingDue");
  assert.deepEqual([...error.args], [payees[2]]);
  let e = await callException(splitter.connect(anyone).release.staticCall(anyone.address));
  assert.equal(e.revert?.name, "NotAPayee");
  assert.deepEqual([...e.revert.args], [anyone.address]);

  // An index past the payees is Solidity's Panic(0x32): ethers decodes it, geth names it in the message.
  e = await callException(splitter.payee.staticCall(3));
  assert.equal(e.revert?.name, "Panic");
  assert.equal(BigInt(e.revert.args[0]), 0x32n);
  const { error: panic } = await rawRpc("eth_call",
    [{ to: address, data: splitter.interface.encodeFunctionData("payee", [3]) }, "latest"]);
  assert.equal(panic?.code, 3, JSON.stringify(panic));
  if (!hardhat) assert.equal(panic.message, "execution reverted: out-of-bounds access of an array or bytesN");

  // PaymentReleased by its indexed payee, through eth_getLogs.
  const toFirst = await splitter.queryFilter(splitter.filters.PaymentReleased(payees[0]));
  assert.deepEqual(toFirst.map((l) => l.args.amount), [
    (prefund + paid + forwarded) * 5000n / 10000n,
    first - (prefund + paid + forwarded) * 5000n / 10000n,
  ]);
  const all = await splitter.queryFilter(splitter.filters.PaymentReleased());
  assert.equal(all.length, 5);
  const receipts = await splitter.queryFilter(splitter.filters.PaymentReceived());
  assert.deepEqual(receipts.map((l) => [l.args.from, l.args.amount]), [[alice.address, paid], [anyone.address, more]]);
  t.diagnostic(`RoyaltySplitter at ${address}: ${total} wei received, ${sum} released, ${total - sum} wei dust`);
});

test("royalty splitter: the constructor's checks revert the deployment with decoded errors", async () => {
  const [alice] = await freshAccounts(1);
  const { abi, bytecode } = compiled.RoyaltySplitter;
  const factory = new ContractFactory(abi, bytecode, alice);
  const a = Wallet.createRandom().address, b = Wallet.createRandom().address;
  let error = await sendReverts(factory, factory.deploy([a, b], [5000n, 4000n]));
  assert.equal(error.name, "SharesDoNotSumToTotal");
  assert.deepEqual([...error.args], [9000n]);
  error = await sendReverts(factory, factory.deploy([a, a], [5000n, 5000n]));
  assert.equal(error.name, "DuplicatePayee");
  assert.deepEqual([...error.args], [a]);
  error = await sendReverts(factory, factory.deploy([a], [5000n, 5000n]));
  assert.equal(error.name, "LengthMismatch");
  assert.deepEqual([...error.args], [1n, 2n]);
  assert.equal(await alice.getNonce(), 0, "nothing was sent");
});
