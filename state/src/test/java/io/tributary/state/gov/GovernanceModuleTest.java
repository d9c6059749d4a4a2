package io.tributary.state.gov;

import static io.tributary.state.gov.GovTestWorld.fee;
import static io.tributary.state.gov.GovTestWorld.revertsWith;
import static io.tributary.state.gov.GovTestWorld.succeeds;
import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.core.abi.AbiEvent;
import io.tributary.core.abi.AbiFunction;
import io.tributary.core.block.Log;
import io.tributary.core.crypto.KeyPair;
import io.tributary.core.types.Address;
import io.tributary.core.types.Wei;
import io.tributary.state.ai.AiAddresses;
import io.tributary.state.processing.TransactionProcessingResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.units.bigints.UInt256;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Proposals through real transactions on a 1,500 TRIB chain (quorum 33.4% = 501 TRIB): passing ones executed at
 * finalize, rejections below quorum and vetoes forfeiting deposits, locks and tallies to the wei, named reverts.
 */
class GovernanceModuleTest {
  private static final KeyPair ALICE = GovTestWorld.key(0x11);
  private static final KeyPair BOB = GovTestWorld.key(0x22);
  private static final KeyPair CAROL = GovTestWorld.key(0x33);
  private static final KeyPair DAVE = GovTestWorld.key(0x44);
  private static final KeyPair PROPOSER = GovTestWorld.key(0x55);
  private static final Address RECIPIENT = Address.of(0xbeef);
  private static final GovParams PARAMS = new GovParams(Wei.ofTrib(10), 5, 10, 3_340, 5_000, 3_340);

  private static final AbiFunction SPEND = AbiFunction.parse("spend(address,uint256)", "");
  private static final AbiFunction PARAMETER = AbiFunction.parse("parameter(string,uint256)", "");

  private GovTestWorld chain;

  @BeforeEach
  void genesis() {
    final Map<Address, Wei> alloc = new LinkedHashMap<>();
    for (final KeyPair k : List.of(ALICE, BOB, CAROL, DAVE)) {
      alloc.put(k.address(), Wei.ofTrib(250));
    }
    alloc.put(PROPOSER.address(), Wei.ofTrib(100));
    alloc.put(AiAddresses.TREASURY, Wei.ofTrib(400));
    chain = new GovTestWorld(PARAMS, alloc);
  }

  // ---------------------------------------------------------------- passing proposals

  @Test
  void aPassingTreasurySpendPaysTheRecipientAtFinalizeAndRefundsDepositsAndLocks() {
    final long id = submitSpend(Wei.ofTrib(50), Wei.ofTrib(10));
    final Proposal submitted = proposal(id);
    assertThat(submitted.status()).isEqualTo(ProposalStatus.VOTING_PERIOD);
    assertThat(submitted.votingStart()).isEqualTo(1);
    assertThat(submitted.votingEnd()).isEqualTo(11);

    chain.advanceTo(2);
    vote(ALICE, id, VoteOption.YES, Wei.ofTrib(200));
    vote(BOB, id, VoteOption.YES, Wei.ofTrib(200));
    vote(CAROL, id, VoteOption.NO, Wei.ofTrib(150));
    assertThat(proposal(id).tally()).isEqualTo(
        new Tally(Wei.ofTrib(400), Wei.ofTrib(150), Wei.ZERO, Wei.ZERO));
    assertThat(chain.balance(GovernanceModule.ADDRESS)).isEqualTo(Wei.ofTrib(560));

    chain.advanceTo(10);
    revertsWith(finalize(DAVE, id), "ProposalNotEnded");
    chain.advanceTo(11);
    revertsWith(chain.send(DAVE, Wei.ofTrib(1), voteCall(id, VoteOption.YES)), "NotInVotingPeriod");

    final Wei treasury = chain.treasury();
    final TransactionProcessingResult finalized = succeeds(finalize(DAVE, id));
    assertThat(GovernanceModule.FINALIZE.decodeOutputs(finalized.output()).get(0))
        .isEqualTo(UInt256.valueOf(ProposalStatus.PASSED.code()));
    assertThat(eventNames(finalized)).containsExactly("ProposalPassed", "ProposalExecuted");
    assertThat(chain.balance(RECIPIENT)).isEqualTo(Wei.ofTrib(50));
    assertThat(chain.treasury()).isEqualTo(treasury.add(fee(finalized)).subtract(Wei.ofTrib(50)));
    assertThat(proposal(id).status()).isEqualTo(ProposalStatus.PASSED);
    assertThat(proposal(id).depositsForfeited()).isFalse();

    final Wei proposerBefore = chain.balance(PROPOSER.address());
    final TransactionProcessingResult claimed = succeeds(chain.send(PROPOSER, Wei.ZERO,
        GovernanceModule.CLAIM_DEPOSIT.encodeCall(UInt256.valueOf(id))));
    assertThat(chain.balance(PROPOSER.address()))
        .isEqualTo(proposerBefore.add(Wei.ofTrib(10)).subtract(fee(claimed)));
    revertsWith(chain.send(PROPOSER, Wei.ZERO, GovernanceModule.CLAIM_DEPOSIT.encodeCall(UInt256.valueOf(id))),
        "NoDeposit");

    for (final KeyPair voter : List.of(ALICE, BOB, CAROL)) {
      final Wei before = chain.balance(voter.address());
      final Wei locked = chain.reader().locked(voter.address());
      final TransactionProcessingResult withdrawn = succeeds(chain.send(voter, Wei.ZERO,
          GovernanceModule.WITHDRAW.encodeCall()));
      assertThat(chain.balance(voter.address())).isEqualTo(before.add(locked).subtract(fee(withdrawn)));
    }
    assertThat(chain.balance(GovernanceModule.ADDRESS)).isEqualTo(Wei.ZERO);
  }

  @Test
  void aPassingParameterChangeSetsTheGovernanceParameterForLaterProposals() {
    final long id = submit(PROPOSER, 2, "shorter votes", PARAMETER.encodeCall("votingPeriod", UInt256.valueOf(3))
        .slice(4), Wei.ofTrib(10));
    chain.advanceTo(2);
    vote(ALICE, id, VoteOption.YES, Wei.ofTrib(249));
    vote(BOB, id, VoteOption.YES, Wei.ofTrib(249));
    vote(CAROL, id, VoteOption.NO, Wei.ofTrib(3)); // 501 of 1,500 TRIB: exactly 33.4%
    chain.advanceTo(11);
    final TransactionProcessingResult finalized = succeeds(finalize(CAROL, id));
    assertThat(eventNames(finalized)).containsExactly("ProposalPassed", "ProposalExecuted");
    assertThat(chain.reader().params()).isEqualTo(new GovParams(Wei.ofTrib(10), 5, 3, 3_340, 5_000, 3_340));

    chain.advanceTo(12);
    final long next = submit(PROPOSER, 0, "a text", Bytes.EMPTY, Wei.ofTrib(10));
    assertThat(proposal(next).votingEnd()).isEqualTo(15);
  }

  @Test
  void aPassingTreasurySpendLargerThanTheTreasuryFailsAndChangesNothingButItsStatus() {
    final long id = submitSpend(Wei.ofTrib(100_000), Wei.ofTrib(10));
    vote(ALICE, id, VoteOption.YES, Wei.ofTrib(200));
    vote(BOB, id, VoteOption.YES, Wei.ofTrib(200));
    vote(CAROL, id, VoteOption.YES, Wei.ofTrib(150));
    chain.advanceTo(11);
    final Wei treasury = chain.treasury();
    final TransactionProcessingResult finalized = succeeds(finalize(DAVE, id));
    assertThat(eventNames(finalized)).containsExactly("ProposalPassed", "ProposalExecutionFailed");
    assertThat(proposal(id).status()).isEqualTo(ProposalStatus.FAILED);
    assertThat(chain.treasury()).isEqualTo(treasury.add(fee(finalized)));
    assertThat(chain.balance(RECIPIENT)).isEqualTo(Wei.ZERO);
    succeeds(chain.send(PROPOSER, Wei.ZERO, GovernanceModule.CLAIM_DEPOSIT.encodeCall(UInt256.valueOf(id))));
  }

  // ---------------------------------------------------------------- failing proposals

  @Test
  void aProposalBelowQuorumIsRejectedAndItsDepositsGoToTheTreasury() {
    final long id = submitSpend(Wei.ofTrib(50), Wei.ofTrib(10));
    vote(ALICE, id, VoteOption.YES, Wei.ofTrib(200));
    vote(BOB, id, VoteOption.NO, Wei.ofTrib(100)); // 300 of 1,500 TRIB voted: 20% < 33.4%
    chain.advanceTo(11);
    final Wei treasury = chain.treasury();
    final TransactionProcessingResult finalized = succeeds(finalize(DAVE, id));
    assertThat(eventNames(finalized)).containsExactly("ProposalRejected");
    assertThat(finalized.logs().get(0).data().slice(0, 32)).as("quorumReached").isEqualTo(UInt256.ZERO);
    assertThat(proposal(id).status()).isEqualTo(ProposalStatus.REJECTED);
    assertThat(proposal(id).depositsForfeited()).isTrue();
    assertThat(chain.treasury()).isEqualTo(treasury.add(fee(finalized)).add(Wei.ofTrib(10)));
    assertThat(chain.balance(RECIPIENT)).isEqualTo(Wei.ZERO);
    assertThat(chain.balance(GovernanceModule.ADDRESS)).isEqualTo(Wei.ofTrib(300));
    revertsWith(chain.send(PROPOSER, Wei.ZERO, GovernanceModule.CLAIM_DEPOSIT.encodeCall(UInt256.valueOf(id))),
        "DepositForfeited");
    succeeds(chain.send(ALICE, Wei.ZERO, GovernanceModule.WITHDRAW.encodeCall()));
    succeeds(chain.send(BOB, Wei.ZERO, GovernanceModule.WITHDRAW.encodeCall()));
    assertThat(chain.balance(GovernanceModule.ADDRESS)).isEqualTo(Wei.ZERO);
  }

  @Test
  void aProposalWithMoreThanAThirdNoWithVetoIsVetoedAndItsDepositsGoToTheTreasury() {
    final long id = submitSpend(Wei.ofTrib(50), Wei.ofTrib(10));
    vote(ALICE, id, VoteOption.YES, Wei.ofTrib(200));
    vote(BOB, id, VoteOption.NO_WITH_VETO, Wei.ofTrib(200)); // 200 of 550: 36.4% > 33.4%
    vote(CAROL, id, VoteOption.NO, Wei.ofTrib(150));
    chain.advanceTo(11);
    final Wei treasury = chain.treasury();
    final TransactionProcessingResult finalized = succeeds(finalize(DAVE, id));
    assertThat(eventNames(finalized)).containsExactly("ProposalVetoed");
    assertThat(proposal(id).status()).isEqualTo(ProposalStatus.VETOED);
    assertThat(chain.treasury()).isEqualTo(treasury.add(fee(finalized)).add(Wei.ofTrib(10)));
    assertThat(chain.balance(RECIPIENT)).isEqualTo(Wei.ZERO);
    revertsWith(finalize(DAVE, id), "AlreadyFinalized");
  }

  @Test
  void aProposalWithQuorumButNoMajorityIsRejectedWithRefundableDeposits() {
    final long id = submitSpend(Wei.ofTrib(50), Wei.ofTrib(10));
    vote(ALICE, id, VoteOption.YES, Wei.ofTrib(200));
    vote(BOB, id, VoteOption.NO, Wei.ofTrib(200)); // exactly half of yes + no: not more than 50%
    vote(CAROL, id, VoteOption.ABSTAIN, Wei.ofTrib(150));
    chain.advanceTo(11);
    final TransactionProcessingResult finalized = succeeds(finalize(DAVE, id));
    assertThat(eventNames(finalized)).containsExactly("ProposalRejected");
    assertThat(proposal(id).depositsForfeited()).isFalse();
    succeeds(chain.send(PROPOSER, Wei.ZERO, GovernanceModule.CLAIM_DEPOSIT.encodeCall(UInt256.valueOf(id))));
  }

  @Test
  void aProposalThatNeverReachesTheMinimumDepositExpiresWithRefundableDeposits() {
    final long id = submit(PROPOSER, 0, "underfunded", Bytes.EMPTY, Wei.ofTrib(4));
    succeeds(chain.send(ALICE, Wei.ofTrib(5), GovernanceModule.DEPOSIT.encodeCall(UInt256.valueOf(id))));
    assertThat(proposal(id).status()).isEqualTo(ProposalStatus.DEPOSIT_PERIOD);
    chain.advanceTo(4);
    revertsWith(finalize(DAVE, id), "ProposalNotEnded");
    revertsWith(chain.send(ALICE, Wei.ofTrib(1), voteCall(id, VoteOption.YES)), "NotInVotingPeriod");
    chain.advanceTo(6); // depositEnd = 1 + 5
    revertsWith(chain.send(BOB, Wei.ofTrib(1), GovernanceModule.DEPOSIT.encodeCall(UInt256.valueOf(id))),
        "DepositPeriodOver");
    assertThat(eventNames(succeeds(finalize(DAVE, id)))).containsExactly("ProposalExpired");
    assertThat(proposal(id).status()).isEqualTo(ProposalStatus.EXPIRED);
    succeeds(chain.send(PROPOSER, Wei.ZERO, GovernanceModule.CLAIM_DEPOSIT.encodeCall(UInt256.valueOf(id))));
    succeeds(chain.send(ALICE, Wei.ZERO, GovernanceModule.CLAIM_DEPOSIT.encodeCall(UInt256.valueOf(id))));
    assertThat(chain.balance(GovernanceModule.ADDRESS)).isEqualTo(Wei.ZERO);
  }

  @Test
  void depositsReachingTheMinimumLaterStartTheVotingPeriodInThatBlock() {
    final long id = submit(PROPOSER, 0, "text", Bytes.EMPTY, Wei.ZERO);
    chain.advanceTo(3);
    final TransactionProcessingResult deposited = succeeds(chain.send(ALICE, Wei.ofTrib(10),
        GovernanceModule.DEPOSIT.encodeCall(UInt256.valueOf(id))));
    assertThat(eventNames(deposited)).containsExactly("Deposited", "VotingStarted");
    assertThat(proposal(id).votingStart()).isEqualTo(3);
    assertThat(proposal(id).votingEnd()).isEqualTo(13);
    revertsWith(chain.send(BOB, Wei.ofTrib(1), GovernanceModule.DEPOSIT.encodeCall(UInt256.valueOf(id))),
        "DepositPeriodOver");
  }

  // ---------------------------------------------------------------- locks

  @Test
  void oneLockBacksVotesOnSeveralProposalsCountedOncePerTallyAndStaysUntilTheLastEnds() {
    final long first = submit(PROPOSER, 0, "first", Bytes.EMPTY, Wei.ofTrib(10));
    chain.advanceTo(4);
    final long second = submit(PROPOSER, 0, "second", Bytes.EMPTY, Wei.ofTrib(10));
    vote(ALICE, first, VoteOption.YES, Wei.ofTrib(200));
    vote(ALICE, second, VoteOption.NO, Wei.ZERO); // the same 200 TRIB
    vote(BOB, second, VoteOption.YES, Wei.of(7));
    vote(BOB, first, VoteOption.ABSTAIN, Wei.of(3)); // the lock grew to 10 wei

    final GovReader reader = chain.reader();
    assertThat(reader.proposal(first).orElseThrow().tally())
        .isEqualTo(new Tally(Wei.ofTrib(200), Wei.ZERO, Wei.of(10), Wei.ZERO));
    assertThat(reader.proposal(second).orElseThrow().tally())
        .isEqualTo(new Tally(Wei.of(7), Wei.ofTrib(200), Wei.ZERO, Wei.ZERO));
    assertThat(reader.locked(ALICE.address())).isEqualTo(Wei.ofTrib(200));
    assertThat(reader.locked(BOB.address())).isEqualTo(Wei.of(10));
    assertThat(reader.lockedUntil(ALICE.address())).isEqualTo(14);
    assertThat(reader.voteWeight(second, BOB.address())).isEqualTo(Wei.of(7));
    assertThat(chain.balance(GovernanceModule.ADDRESS)).isEqualTo(Wei.ofTrib(220).add(Wei.of(10)));

    chain.advanceTo(11); // the first proposal's voting period is over, the second's is not
    revertsWith(chain.send(ALICE, Wei.ZERO, GovernanceModule.WITHDRAW.encodeCall()), "TokensLocked");
    chain.advanceTo(14);
    final Wei before = chain.balance(ALICE.address());
    final TransactionProcessingResult withdrawn = succeeds(chain.send(ALICE, Wei.ZERO,
        GovernanceModule.WITHDRAW.encodeCall()));
    assertThat(chain.balance(ALICE.address())).isEqualTo(before.add(Wei.ofTrib(200)).subtract(fee(withdrawn)));
    revertsWith(chain.send(ALICE, Wei.ZERO, GovernanceModule.WITHDRAW.encodeCall()), "NothingLocked");
  }

  // ---------------------------------------------------------------- named reverts change nothing

  @Test
  void aDoubleVoteAndAVoteAfterThePeriodRevertByNameAndChangeNothing() {
    final long id = submitSpend(Wei.ofTrib(50), Wei.ofTrib(10));
    vote(ALICE, id, VoteOption.YES, Wei.ofTrib(100));
    final Tally tally = proposal(id).tally();
    final Wei module = chain.balance(GovernanceModule.ADDRESS);

    Wei before = chain.balance(ALICE.address());
    TransactionProcessingResult again = chain.send(ALICE, Wei.ofTrib(50), voteCall(id, VoteOption.NO));
    revertsWith(again, "AlreadyVoted");
    assertThat(chain.balance(ALICE.address())).isEqualTo(before.subtract(fee(again)));

    chain.advanceTo(11);
    before = chain.balance(BOB.address());
    again = chain.send(BOB, Wei.ofTrib(50), voteCall(id, VoteOption.NO));
    revertsWith(again, "NotInVotingPeriod");
    assertThat(chain.balance(BOB.address())).isEqualTo(before.subtract(fee(again)));

    revertsWith(chain.send(BOB, Wei.ofTrib(1), voteCall(id, null)), "UnknownVoteOption");
    revertsWith(chain.send(BOB, Wei.ofTrib(1), voteCall(99, VoteOption.YES)), "UnknownProposal");
    revertsWith(chain.send(BOB, Wei.ZERO, voteCall(id, VoteOption.YES)), "NotInVotingPeriod");
    assertThat(proposal(id).tally()).isEqualTo(tally);
    assertThat(chain.balance(GovernanceModule.ADDRESS)).isEqualTo(module);
    assertThat(chain.reader().locked(BOB.address())).isEqualTo(Wei.ZERO);
    assertThat(chain.reader().vote(id, BOB.address())).isEmpty();
  }

  @Test
  void aVoteWithoutLockedTokensRevertsWithNoVotingPower() {
    final long id = submitSpend(Wei.ofTrib(50), Wei.ofTrib(10));
    revertsWith(chain.send(DAVE, Wei.ZERO, voteCall(id, VoteOption.YES)), "NoVotingPower");
  }

  @Test
  void malformedProposalsRevertByNameAndChangeNothing() {
    final Wei before = chain.balance(PROPOSER.address());
    Wei fees = Wei.ZERO;
    final Object[][] cases = {
        {3, "validators", Bytes.EMPTY, "MalformedProposal"},
        {4, "upgrade", Bytes.EMPTY, "MalformedProposal"},
        {9, "what", Bytes.EMPTY, "UnsupportedProposalKind"},
        {2, "gas", PARAMETER.encodeCall("gasLimit", UInt256.valueOf(1)).slice(4), "UnknownParameter"},
        {2, "tiny blocks", PARAMETER.encodeCall("chain.gasLimit", UInt256.valueOf(21_000)).slice(4),
            "InvalidParameterValue"},
        {2, "fee", PARAMETER.encodeCall("chain.baseFeeChangeDenominator", UInt256.ZERO).slice(4),
            "InvalidParameterValue"},
        {2, "no quorum", PARAMETER.encodeCall("quorumBps", UInt256.ZERO).slice(4), "InvalidParameterValue"},
        {2, "veto", PARAMETER.encodeCall("vetoBps", UInt256.valueOf(10_001)).slice(4), "InvalidParameterValue"},
        {2, "n", PARAMETER.encodeCall("attribution.shingleWords", UInt256.valueOf(4)).slice(4),
            "UnknownParameter"},
        {2, "no hits", PARAMETER.encodeCall("attribution.minHits", UInt256.ZERO).slice(4), "InvalidParameterValue"},
        {2, "few words", PARAMETER.encodeCall("attribution.maxWords", UInt256.valueOf(7)).slice(4),
            "InvalidParameterValue"},
        {2, "data", PARAMETER.encodeCall("ai.minDataBps", UInt256.valueOf(10_001)).slice(4), "InvalidParameterValue"},
        {2, "lineage", PARAMETER.encodeCall("ai.maxLineageBps", UInt256.valueOf(1L << 40)).slice(4),
            "InvalidParameterValue"},
        {1, "to nobody", SPEND.encodeCall(Address.ZERO, UInt256.ONE).slice(4), "InvalidRecipient"},
        {1, "to myself", SPEND.encodeCall(GovernanceModule.ADDRESS, UInt256.ONE).slice(4), "InvalidRecipient"},
        {1, "nothing", SPEND.encodeCall(RECIPIENT, UInt256.ZERO).slice(4), "ZeroAmount"},
        {1, "short", Bytes.fromHexString("0x1234"), "MalformedProposal"},
        {1, "long", Bytes.concatenate(SPEND.encodeCall(RECIPIENT, UInt256.ONE).slice(4), Bytes.of(0)),
            "MalformedProposal"},
        {0, "text", Bytes.of(1), "MalformedProposal"},
        {0, "", Bytes.EMPTY, "EmptyTitle"},
        {0, "x".repeat(GovernanceModule.MAX_TITLE_BYTES + 1), Bytes.EMPTY, "StringTooLong"},
    };
    for (final Object[] c : cases) {
      final TransactionProcessingResult result = chain.send(PROPOSER, Wei.ofTrib(10), GovernanceModule.SUBMIT
          .encodeCall(UInt256.valueOf((Integer) c[0]), (String) c[1], "why", (Bytes) c[2]));
      revertsWith(result, (String) c[3]);
      fees = fees.add(fee(result));
    }
    assertThat(chain.reader().proposalCount()).isZero();
    assertThat(chain.balance(PROPOSER.address())).isEqualTo(before.subtract(fees));
    assertThat(chain.balance(GovernanceModule.ADDRESS)).isEqualTo(Wei.ZERO);
  }

  @Test
  void valueSentToANonPayableFunctionRevertsWithNotPayable() {
    final long id = submitSpend(Wei.ofTrib(50), Wei.ofTrib(10));
    revertsWith(chain.send(DAVE, Wei.ONE_TRIB, GovernanceModule.FINALIZE.encodeCall(UInt256.valueOf(id))),
        "NotPayable");
  }

  @Test
  void genesisRecordsTheParametersAndTheTotalSupply() {
    assertThat(chain.reader().params()).isEqualTo(PARAMS);
    assertThat(chain.reader().totalSupply()).isEqualTo(Wei.ofTrib(1_500));
    assertThat(chain.world.code(GovernanceModule.ADDRESS)).isEqualTo(Bytes.of(0xfe));
    assertThat(GovTestWorld.SPEC.evm().spec().nativeContracts().get(GovernanceModule.ADDRESS))
        .isInstanceOf(GovernanceModule.class);
  }

  // ---------------------------------------------------------------- helpers

  private long submitSpend(final Wei amount, final Wei deposit) {
    return submit(PROPOSER, 1, "pay the bridge builders", SPEND.encodeCall(RECIPIENT, amount.toUInt256()).slice(4),
        deposit);
  }

  private long submit(final KeyPair who, final int kind, final String title, final Bytes payload, final Wei deposit) {
    final TransactionProcessingResult result = succeeds(chain.send(who, deposit, GovernanceModule.SUBMIT.encodeCall(
        UInt256.valueOf(kind), title, "a description", payload)));
    return ((UInt256) GovernanceModule.SUBMIT.decodeOutputs(result.output()).get(0)).toLong();
  }

  private void vote(final KeyPair who, final long id, final VoteOption option, final Wei value) {
    final TransactionProcessingResult result = succeeds(chain.send(who, value, voteCall(id, option)));
    assertThat(eventNames(result)).containsExactly("Voted");
  }

  private static Bytes voteCall(final long id, final VoteOption option) {
    return GovernanceModule.VOTE.encodeCall(UInt256.valueOf(id), UInt256.valueOf(option == null ? 9 : option.code()));
  }

  private TransactionProcessingResult finalize(final KeyPair who, final long id) {
    return chain.send(who, Wei.ZERO, GovernanceModule.FINALIZE.encodeCall(UInt256.valueOf(id)));
  }

  private Proposal proposal(final long id) {
    return chain.reader().proposal(id).orElseThrow();
  }

  private static final List<AbiEvent> EVENTS = List.of(GovernanceModule.PROPOSAL_SUBMITTED,
      GovernanceModule.DEPOSITED, GovernanceModule.VOTING_STARTED, GovernanceModule.VOTED,
      GovernanceModule.PROPOSAL_PASSED, GovernanceModule.PROPOSAL_REJECTED, GovernanceModule.PROPOSAL_VETOED,
      GovernanceModule.PROPOSAL_EXPIRED, GovernanceModule.PROPOSAL_EXECUTED,
      GovernanceModule.PROPOSAL_EXECUTION_FAILED, GovernanceModule.DEPOSIT_CLAIMED, GovernanceModule.UNLOCKED);

  private static List<String> eventNames(final TransactionProcessingResult result) {
    return result.logs().stream().map(GovernanceModuleTest::eventName).toList();
  }

  private static String eventName(final Log log) {
    return EVENTS.stream().filter(e -> e.topic().equals(log.topics().get(0))).map(AbiEvent::name).findFirst()
        .orElse("<unknown " + log.topics().get(0) + ">");
  }
}
