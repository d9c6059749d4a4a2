package io.tributary.state.gov;

import static io.tributary.state.gov.GovTestWorld.revertsWith;
import static io.tributary.state.gov.GovTestWorld.succeeds;
import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.core.abi.AbiFunction;
import io.tributary.core.crypto.KeyPair;
import io.tributary.core.types.Address;
import io.tributary.core.types.Wei;
import io.tributary.state.ai.AiAddresses;
import io.tributary.state.evm.WorldUpdaterEvmWorld;
import io.tributary.state.processing.TransactionProcessingResult;
import io.tributary.state.spec.BaseFeeCalculator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.units.bigints.UInt256;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The proposals that change the chain itself, through real transactions: validator changes rewrite the set in state,
 * upgrades are scheduled by name and height, chain parameters set the next blocks' gas limit and fee rules; each
 * malformed one reverts by name and changes nothing.
 */
class ChainProposalsTest {
  private static final KeyPair ALICE = GovTestWorld.key(0x11);
  private static final KeyPair BOB = GovTestWorld.key(0x22);
  private static final KeyPair PROPOSER = GovTestWorld.key(0x55);
  private static final GovParams PARAMS = new GovParams(Wei.ofTrib(10), 5, 10, 3_340, 5_000, 3_340);
  private static final Address NEWCOMER = Address.of(0xa0);

  private static final AbiFunction VALIDATOR = AbiFunction.parse("validator(address,bool)", "");
  private static final AbiFunction UPGRADE = AbiFunction.parse("upgrade(string,uint64)", "");
  private static final AbiFunction PARAMETER = AbiFunction.parse("parameter(string,uint256)", "");

  private GovTestWorld chain;

  @BeforeEach
  void genesis() {
    final Map<Address, Wei> alloc = new LinkedHashMap<>();
    alloc.put(ALICE.address(), Wei.ofTrib(600));
    alloc.put(BOB.address(), Wei.ofTrib(300));
    alloc.put(PROPOSER.address(), Wei.ofTrib(100));
    alloc.put(AiAddresses.TREASURY, Wei.ofTrib(500));
    chain = new GovTestWorld(PARAMS, alloc);
  }

  @Test
  void genesisWritesTheValidatorSetIntoStateInAscendingOrder() {
    assertThat(validators()).containsExactly(Address.of(0xa1), Address.of(0xa2), Address.of(0xa3),
        Address.of(0xa4));
  }

  @Test
  void aPassedValidatorAdditionWritesTheNewSetSortedAtFinalize() {
    final long id = pass(3, VALIDATOR.encodeCall(NEWCOMER, true).slice(4));
    assertThat(chain.reader().proposal(id).orElseThrow().recipient()).isEqualTo(NEWCOMER);
    assertThat(validators()).containsExactly(NEWCOMER, Address.of(0xa1), Address.of(0xa2), Address.of(0xa3),
        Address.of(0xa4));
  }

  @Test
  void aPassedValidatorRemovalShrinksTheSetAndClearsTheFreedSlot() {
    pass(3, VALIDATOR.encodeCall(Address.of(0xa2), false).slice(4));
    assertThat(validators()).containsExactly(Address.of(0xa1), Address.of(0xa3), Address.of(0xa4));
  }

  @Test
  void aValidatorChangeThatAnEarlierProposalMadeMootFailsAtFinalizeAndChangesNothing() {
    final long first = submit(3, VALIDATOR.encodeCall(NEWCOMER, true).slice(4));
    final long second = submit(3, VALIDATOR.encodeCall(NEWCOMER, true).slice(4));
    chain.advanceTo(2);
    for (final long id : List.of(first, second)) {
      vote(ALICE, id);
    }
    chain.advanceTo(11);
    succeeds(finalize(first));
    final List<Address> afterFirst = validators();
    succeeds(finalize(second));
    assertThat(chain.reader().proposal(second).orElseThrow().status()).isEqualTo(ProposalStatus.FAILED);
    assertThat(validators()).isEqualTo(afterFirst).hasSize(5);
  }

  @Test
  void malformedValidatorChangesRevertByName() {
    final Object[][] cases = {
        {VALIDATOR.encodeCall(Address.ZERO, true), "InvalidValidator"},
        {VALIDATOR.encodeCall(Address.of(0xa1), true), "AlreadyValidator"},
        {VALIDATOR.encodeCall(NEWCOMER, false), "NotAValidator"},
        {PARAMETER.encodeCall("x", UInt256.ONE), "MalformedProposal"},
    };
    for (final Object[] c : cases) {
      revertsWith(send(3, ((Bytes) c[0]).slice(4)), (String) c[1]);
    }
    assertThat(chain.reader().proposalCount()).isZero();
  }

  @Test
  void theLastValidatorCannotBeRemoved() {
    pass(3, VALIDATOR.encodeCall(Address.of(0xa1), false).slice(4));
    pass(3, VALIDATOR.encodeCall(Address.of(0xa2), false).slice(4));
    pass(3, VALIDATOR.encodeCall(Address.of(0xa3), false).slice(4));
    assertThat(validators()).containsExactly(Address.of(0xa4));
    revertsWith(send(3, VALIDATOR.encodeCall(Address.of(0xa4), false).slice(4)), "LastValidator");
  }

  @Test
  void aPassedUpgradeIsScheduledByNameAndHeight() {
    final long id = pass(4, UPGRADE.encodeCall("checkpoint-1", UInt256.valueOf(100)).slice(4));
    assertThat(UpgradeStore.read(new WorldUpdaterEvmWorld(chain.world)))
        .containsExactly(new ScheduledUpgrade("checkpoint-1", 100, id));
    revertsWith(send(4, UPGRADE.encodeCall("checkpoint-1", UInt256.valueOf(200)).slice(4)),
        "UpgradeAlreadyScheduled");
  }

  @Test
  void anUpgradeWhoseHeightPassedBeforeFinalizeFailsAndIsNotScheduled() {
    final long id = submit(4, UPGRADE.encodeCall("late", UInt256.valueOf(12)).slice(4));
    chain.advanceTo(2);
    vote(ALICE, id);
    chain.advanceTo(12);
    succeeds(finalize(id));
    assertThat(chain.reader().proposal(id).orElseThrow().status()).isEqualTo(ProposalStatus.FAILED);
    assertThat(UpgradeStore.read(new WorldUpdaterEvmWorld(chain.world))).isEmpty();
  }

  @Test
  void malformedUpgradesRevertByName() {
    revertsWith(send(4, UPGRADE.encodeCall("Bad Name", UInt256.valueOf(100)).slice(4)), "InvalidUpgradeName");
    revertsWith(send(4, UPGRADE.encodeCall("", UInt256.valueOf(100)).slice(4)), "InvalidUpgradeName");
    revertsWith(send(4, UPGRADE.encodeCall("soon", UInt256.valueOf(11)).slice(4)), "ActivationTooSoon");
    assertThat(chain.reader().proposalCount()).isZero();
  }

  @Test
  void passedChainParameterChangesSetTheGasLimitAndTheBaseFeeRules() {
    final WorldUpdaterEvmWorld world = new WorldUpdaterEvmWorld(chain.world);
    assertThat(ChainParamStore.gasLimit(world)).isEmpty();
    assertThat(ChainParamStore.baseFee(world, BaseFeeCalculator.LONDON)).isSameAs(BaseFeeCalculator.LONDON);

    pass(2, PARAMETER.encodeCall("chain.gasLimit", UInt256.valueOf(60_000_000)).slice(4));
    pass(2, PARAMETER.encodeCall("chain.baseFeeChangeDenominator", UInt256.valueOf(50)).slice(4));
    assertThat(ChainParamStore.gasLimit(world)).hasValue(60_000_000);
    assertThat(ChainParamStore.baseFee(world, BaseFeeCalculator.LONDON))
        .isEqualTo(new BaseFeeCalculator(2, 50, BaseFeeCalculator.LONDON.initialBaseFee()));
  }

  @Test
  void garbageRestoredIntoTheUpgradeListIsReadBoundedAndAsUnknownNames() {
    final UInt256 count = UInt256.valueOf(50);
    chain.world.setStorage(GovernanceModule.ADDRESS, count, UInt256.MAX_VALUE);
    final UInt256 first = io.tributary.state.ai.ModuleStorage.recordSlot(6, 0);
    chain.world.setStorage(GovernanceModule.ADDRESS, first, UInt256.valueOf(1L << 40)); // a 1 TB "name"
    chain.world.setStorage(GovernanceModule.ADDRESS, first.add(1), UInt256.MAX_VALUE);
    final List<ScheduledUpgrade> upgrades = UpgradeStore.read(new WorldUpdaterEvmWorld(chain.world));
    assertThat(upgrades).hasSize(UpgradeStore.MAX_UPGRADES);
    assertThat(upgrades.get(0)).isEqualTo(new ScheduledUpgrade("", Long.MAX_VALUE, 0));
  }

  // ---------------------------------------------------------------- helpers

  private List<Address> validators() {
    return new ArrayList<>(ValidatorSetStore.read(new WorldUpdaterEvmWorld(chain.world)));
  }

  /** Submits, passes and finalizes a proposal, each step in its own block after the last. */
  private long pass(final int kind, final Bytes payload) {
    final long id = submit(kind, payload);
    chain.advanceTo(chain.block + 1);
    vote(ALICE, id);
    chain.advanceTo(chain.block + PARAMS.votingPeriod());
    final TransactionProcessingResult finalized = succeeds(finalize(id));
    assertThat(chain.reader().proposal(id).orElseThrow().status()).isEqualTo(ProposalStatus.PASSED);
    assertThat(finalized.logs()).hasSize(2); // ProposalPassed, ProposalExecuted
    chain.advanceTo(chain.block + 1);
    return id;
  }

  private TransactionProcessingResult send(final int kind, final Bytes payload) {
    return chain.send(PROPOSER, Wei.ofTrib(10), GovernanceModule.SUBMIT.encodeCall(UInt256.valueOf(kind),
        "change the chain", "why", payload));
  }

  private long submit(final int kind, final Bytes payload) {
    final TransactionProcessingResult result = succeeds(send(kind, payload));
    return ((UInt256) GovernanceModule.SUBMIT.decodeOutputs(result.output()).get(0)).toLong();
  }

  private void vote(final KeyPair who, final long id) {
    succeeds(chain.send(who, chain.reader().locked(who.address()).isZero() ? Wei.ofTrib(550) : Wei.ZERO,
        GovernanceModule.VOTE.encodeCall(UInt256.valueOf(id), UInt256.valueOf(VoteOption.YES.code()))));
  }

  private TransactionProcessingResult finalize(final long id) {
    return chain.send(BOB, Wei.ZERO, GovernanceModule.FINALIZE.encodeCall(UInt256.valueOf(id)));
  }
}
