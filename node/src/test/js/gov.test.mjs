// The Governance module (contracts/IGovernance.sol) driven by ethers.js v6 as a dapp would: a text proposal submitted
// with its deposit, votes weighted by locked tokens, the gov_ JSON-RPC reads agreeing with the module's own views,
// parameter, validator and upgrade proposals encoded with the ABI coder, and refusals decoded as the module's named
// reasons (their full passes run through the CLI: ChainGovernanceFlowTest, ValidatorJoinsThroughGovernanceIT).
// Run as the rest of the suite is:
// RPC_URL=http://127.0.0.1:8545 node --test gov.test.mjs
// Dev accounts 15 and 16 are this file's alone (DevnetProcess funds 17). Nothing here is finalized, so no deposit
// reaches the treasury while client-compat counts its balance; every run submits a new proposal.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { AbiCoder, Contract, Interface, Wallet, parseEther } from "ethers";
import { devWallet, httpProvider, isHardhat, rawRpc } from "./devnet.mjs";

const GOVERNANCE = "0x00000000000000000000000000000000000a7004";
const GOV_ABI = JSON.parse(readFileSync(new URL("../../../../contracts/abi/IGovernance.json", import.meta.url),
  "utf8"));
const PROPOSER = 15;
const VOTER = 16;
const TEXT = 0;
const YES = 1;
const NO_WITH_VETO = 4;

let provider;
let skip = false;
const flow = {};

before(async () => {
  provider = httpProvider();
  skip = await isHardhat(provider);
});

after(() => provider?.destroy());

/** A JSON-RPC result; an error fails the test with its message. */
async function rpc(method, params = []) {
  const res = await rawRpc(method, params);
  assert.equal(res.error, undefined, `${method}: ${JSON.stringify(res.error)}`);
  return res.result;
}

const governance = (i) => new Contract(GOVERNANCE, GOV_ABI, devWallet(i, provider));

async function revertReason(promise) {
  const e = await promise.then(() => null, (err) => err);
  assert.ok(e, "it fails");
  assert.equal(e.code, "CALL_EXCEPTION", `${e.code}: ${e.shortMessage ?? e.message}`);
  assert.equal(e.revert?.name, "Error");
  assert.equal(new Interface(["error Error(string)"]).parseError(e.data).args[0], e.reason);
  return e.reason;
}

function events(receipt, name) {
  const iface = new Interface(GOV_ABI);
  return receipt.logs.map((log) => iface.parseLog(log)).filter((e) => e?.name === name);
}

test("a text proposal with the minimum deposit goes straight to its voting period", async (t) => {
  if (skip) return t.skip("Hardhat has no Governance module");
  const params = await rpc("gov_getParams");
  flow.minDeposit = BigInt(params.minDeposit);
  const receipt = await (await governance(PROPOSER).submit(TEXT, "Adopt the data licence registry", "ethers test",
    "0x", { value: flow.minDeposit })).wait();
  const [submitted] = events(receipt, "ProposalSubmitted");
  const [voting] = events(receipt, "VotingStarted");
  assert.equal(submitted.args.proposer, devWallet(PROPOSER).address);
  assert.equal(submitted.args.title, "Adopt the data licence registry");
  assert.equal(voting.args.proposalId, submitted.args.proposalId);
  flow.id = submitted.args.proposalId;

  const proposal = await rpc("gov_getProposal", [`0x${flow.id.toString(16)}`]);
  assert.equal(proposal.kind, "text");
  assert.equal(proposal.status, "votingPeriod");
  assert.equal(BigInt(proposal.totalDeposit), flow.minDeposit);
  assert.equal(BigInt(proposal.votingEnd), voting.args.votingEnd);
});

test("votes weigh what each voter locks, and the tally reads the same through gov_getTally and the module", async (t) => {
  if (skip || flow.id === undefined) return t.skip("needs the proposal");
  const yes = await (await governance(PROPOSER).vote(flow.id, YES, { value: parseEther("3") })).wait();
  const veto = await (await governance(VOTER).vote(flow.id, NO_WITH_VETO, { value: parseEther("2") })).wait();
  assert.equal(events(yes, "Voted")[0].args.option, BigInt(YES));
  assert.equal(events(veto, "Voted")[0].args.voter, devWallet(VOTER).address);

  const [option, weight] = await governance(VOTER).getVote(flow.id, devWallet(VOTER).address);
  assert.equal(option, BigInt(NO_WITH_VETO));
  const tally = await rpc("gov_getTally", [`0x${flow.id.toString(16)}`]);
  assert.equal(BigInt(tally.noWithVeto), weight);
  assert.ok(BigInt(tally.yes) >= parseEther("3"), "the proposer's whole lock backs its vote");
  assert.equal(tally.quorumReached, false, "a few TRIB are far from a third of the supply");
  const votes = await rpc("gov_getVotes", [`0x${flow.id.toString(16)}`]);
  assert.deepEqual(votes.votes.map((v) => v.voter.toLowerCase()).sort(),
    [devWallet(PROPOSER).address, devWallet(VOTER).address].map((a) => a.toLowerCase()).sort());
});

test("a second vote, a finalize before the end, an unknown kind and an unknown proposal revert by name", async (t) => {
  if (skip || flow.id === undefined) return t.skip("needs the proposal");
  assert.match(await revertReason(governance(VOTER).vote(flow.id, YES, { value: 1n })), /^AlreadyVoted: /);
  assert.match(await revertReason(governance(VOTER).finalize(flow.id)), /^ProposalNotEnded: /);
  assert.match(await revertReason(governance(VOTER).submit(9, "kind nine", "", "0x", { value: flow.minDeposit })),
    /^UnsupportedProposalKind: /);
  assert.match(await revertReason(governance(VOTER).vote(flow.id + 1000n, YES, { value: 1n })),
    /^UnknownProposal: /);
});

test("parameter, validator and upgrade proposals are submitted through the ABI and read back by gov_getProposal", async (t) => {
  if (skip || flow.minDeposit === undefined) return t.skip("needs the devnet's parameters");
  const coder = AbiCoder.defaultAbiCoder();
  const head = await provider.getBlockNumber();
  const { votingPeriod } = await rpc("gov_getParams");
  const newcomer = Wallet.createRandom().address;
  const cases = [
    { kind: 2, payload: coder.encode(["string", "uint256"], ["chain.gasLimit", 36_000_000n]),
      expect: { kind: "parameterChange", parameter: "chain.gasLimit", amount: "0x2255100" } },
    { kind: 3, payload: coder.encode(["address", "bool"], [newcomer, true]),
      expect: { kind: "validatorChange", validator: newcomer.toLowerCase(), validatorChange: "add" } },
    { kind: 4, payload: coder.encode(["string", "uint64"], ["checkpoint-1", BigInt(head) + 1000n]),
      expect: { kind: "upgrade", upgrade: "checkpoint-1", activationHeight: `0x${(BigInt(head) + 1000n).toString(16)}` } },
  ];
  for (const c of cases) {
    const receipt = await (await governance(PROPOSER).submit(c.kind, `kind ${c.kind}`, "ethers test", c.payload,
      { value: flow.minDeposit })).wait();
    const [submitted] = events(receipt, "ProposalSubmitted");
    assert.equal(submitted.args.kind, BigInt(c.kind));
    const proposal = await rpc("gov_getProposal", [`0x${submitted.args.proposalId.toString(16)}`]);
    for (const [field, value] of Object.entries(c.expect)) {
      assert.equal(String(proposal[field]).toLowerCase(), value.toLowerCase(), field);
    }
    assert.equal(proposal.status, "votingPeriod");
  }
  assert.ok(BigInt(votingPeriod) > 0n);
});

test("malformed chain proposals revert by name: unknown parameter, bad validator changes, early or misnamed upgrades", async (t) => {
  if (skip || flow.minDeposit === undefined) return t.skip("needs the devnet's parameters");
  const coder = AbiCoder.defaultAbiCoder();
  const { nextValidators } = await rpc("gov_getValidators");
  assert.equal(nextValidators.length, 1, "the devnet has one validator");
  const head = BigInt(await provider.getBlockNumber());
  const submit = (kind, payload) => revertReason(governance(VOTER).submit(kind, "bad", "", payload,
    { value: flow.minDeposit }));
  assert.match(await submit(2, coder.encode(["string", "uint256"], ["gasLimit", 1n])), /^UnknownParameter: /);
  assert.match(await submit(2, coder.encode(["string", "uint256"], ["chain.gasLimit", 21_000n])),
    /^InvalidParameterValue: chain.gasLimit must be in 1000000..2000000000/);
  assert.match(await submit(3, coder.encode(["address", "bool"], [nextValidators[0], true])), /^AlreadyValidator: /);
  assert.match(await submit(3, coder.encode(["address", "bool"], [nextValidators[0], false])), /^LastValidator: /);
  assert.match(await submit(3, coder.encode(["address", "bool"], [Wallet.createRandom().address, false])),
    /^NotAValidator: /);
  assert.match(await submit(4, coder.encode(["string", "uint64"], ["checkpoint-1", head + 2n])),
    /^ActivationTooSoon: /);
  assert.match(await submit(4, coder.encode(["string", "uint64"], ["Not A Name", head + 1000n])),
    /^InvalidUpgradeName: /);
});
