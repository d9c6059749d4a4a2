package io.tributary.state.ai;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.core.abi.AbiFunction;
import io.tributary.core.crypto.KeyPair;
import io.tributary.core.transaction.Transaction;
import io.tributary.core.types.Wei;
import io.tributary.poa.ReferenceAttributionEngine;
import io.tributary.poa.WordHasher;
import io.tributary.state.evm.WorldUpdaterEvmWorld;
import io.tributary.state.gov.GovGenesis;
import io.tributary.state.gov.GovParams;
import io.tributary.state.gov.GovernanceModule;
import io.tributary.state.gov.ProposalStatus;
import io.tributary.state.gov.VoteOption;
import io.tributary.state.processing.TransactionProcessingResult;
import io.tributary.state.spec.ProtocolSpec;
import io.tributary.state.spec.TributaryProtocolSpecs;
import java.util.List;
import org.apache.tuweni.units.bigints.UInt256;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A passed PARAMETER_CHANGE proposal on attribution.minHits or attribution.maxWords changes what the AI modules do
 * from the block after the one that finalized it: the inference checks and module calls run through the transaction
 * processor (as BlockProcessor runs them) and the block's attribution batch (AiModules.verifyBlock, on a fresh
 * service so nothing is memoized) against the state of the block before.
 */
class GovernedAiParamsTest {
  private static final ProtocolSpec SPEC = TributaryProtocolSpecs.genesisSpec(AiTestWorld.CHAIN_ID);
  private static final KeyPair ALICE = AiTestWorld.key(0x11); // contributor of the dataset, votes yes
  private static final KeyPair BOB = AiTestWorld.key(0x22); // votes yes
  private static final KeyPair MODELLER = AiTestWorld.key(0x33); // proposer
  private static final KeyPair USER = AiTestWorld.key(0x44);
  private static final AbiFunction PARAMETER = AbiFunction.parse("parameter(string,uint256)", "");
  private static final FeeSplit SPLIT = new FeeSplit(5_000, 0, 4_000, 1_000);
  private static final Wei FEE = Wei.of(1_000_000);

  private AiTestWorld chain;
  private long model;
  private long[] words;
  private int hits;

  @BeforeEach
  void genesis() {
    chain = new AiTestWorld(SPEC, ALICE, BOB, MODELLER, USER);
    GovGenesis.install(chain.world, new GovParams(Wei.ofTrib(10), 2, 5, 3_340, 5_000, 3_340));
    GovGenesis.recordTotalSupply(chain.world, Wei.ofTrib(400));
    final long rivers = chain.registerAndSeal(ALICE, AiModulesFlowTest.RIVERS);
    chain.nextBlock();
    model = chain.registerModel(MODELLER, new long[] {rivers}, FEE, SPLIT);
    chain.nextBlock();
    words = WordHasher.hashText(AiModulesFlowTest.RIVERS);
    hits = chain.computed(model, words).get(0).hits();
    assertThat(hits).isGreaterThanOrEqualTo(AiParams.DEFAULT.attribution().minHits());
  }

  @Test
  void aPassedMinHitsChangeMakesADatasetIneligibleFromTheBlockAfterFinalization() {
    final long activation = pass("attribution.minHits", hits + 1);

    chain.block = activation - 1; // the finalization block: the old minHits still holds
    assertThat(aliceEarns()).isEqualTo(Wei.of(400_000));
    assertThat(SPEC.ai().paramsAt(new WorldUpdaterEvmWorld(chain.world), activation - 1).attribution().minHits())
        .isEqualTo(AiParams.DEFAULT.attribution().minHits());

    chain.block = activation;
    assertThat(SPEC.ai().paramsAt(new WorldUpdaterEvmWorld(chain.world), activation).attribution().minHits())
        .isEqualTo(hits + 1);
    // the claim is the same hit count, but hits < minHits: the data share goes to the treasury
    assertThat(chain.computed(model, words)).extracting(Claim::hits).containsExactly(hits);
    assertThat(aliceEarns()).isEqualTo(Wei.ZERO);
  }

  @Test
  void aPassedMaxWordsChangeRefusesALongerInferenceFromTheBlockAfterFinalization() {
    final long activation = pass("attribution.maxWords", words.length - 1);

    chain.block = activation - 1;
    assertThat(batch(activation - 1)).isEqualTo(1);
    assertThat(aliceEarns()).isEqualTo(Wei.of(400_000));

    chain.block = activation;
    assertThat(batch(activation)).isZero();
    assertThat(chain.spec.ai().compute(new WorldUpdaterEvmWorld(chain.world), activation, model, words)).isEmpty();
    final TransactionProcessingResult refused = chain.send(USER, AiAddresses.ATTRIBUTION, FEE,
        AiTestWorld.recordCall(model, words, List.of(new Claim(1, hits))));
    assertThat(AiTestWorld.revertReason(refused))
        .startsWith("TooManyWords: " + words.length + " word hashes, at most " + (words.length - 1));
  }

  @Test
  void aParameterChangeThatWouldCrossTheTreasuryBoundsFailsAndChangesNothing() {
    final long id = submit("ai.minTreasuryBps", 2_500); // above maxTreasuryBps 2000
    final long end = votes(id);
    chain.block = end;
    final TransactionProcessingResult finalized = finalize(id);
    assertThat(GovernanceModule.FINALIZE.decodeOutputs(finalized.output()).get(0))
        .isEqualTo(UInt256.valueOf(ProposalStatus.FAILED.code()));
    assertThat(SPEC.ai().paramsAt(new WorldUpdaterEvmWorld(chain.world), end + 1)).isEqualTo(AiParams.DEFAULT);
  }

  /** Submits, votes and finalizes a change; returns its activation block (the one after finalization). */
  private long pass(final String name, final long value) {
    final long id = submit(name, value);
    final long end = votes(id);
    chain.block = end;
    final TransactionProcessingResult finalized = finalize(id);
    assertThat(GovernanceModule.FINALIZE.decodeOutputs(finalized.output()).get(0))
        .isEqualTo(UInt256.valueOf(ProposalStatus.PASSED.code()));
    return end + 1;
  }

  private long submit(final String name, final long value) {
    final TransactionProcessingResult submitted = chain.send(MODELLER, GovernanceModule.ADDRESS, Wei.ofTrib(10),
        GovernanceModule.SUBMIT.encodeCall(UInt256.ONE.add(1), "change " + name, "why",
            PARAMETER.encodeCall(name, UInt256.valueOf(value)).slice(4)));
    AiTestWorld.succeeds(submitted);
    return ((UInt256) GovernanceModule.SUBMIT.decodeOutputs(submitted.output()).get(0)).toLong();
  }

  /** Alice and Bob vote yes with 90 TRIB each; returns the first block finalize is allowed in. */
  private long votes(final long id) {
    for (final KeyPair voter : List.of(ALICE, BOB)) {
      AiTestWorld.succeeds(chain.send(voter, GovernanceModule.ADDRESS, Wei.ofTrib(90), GovernanceModule.VOTE
          .encodeCall(UInt256.valueOf(id), UInt256.valueOf(VoteOption.YES.code()))));
    }
    return GovernanceModule.reader(new WorldUpdaterEvmWorld(chain.world), GovParams.DEFAULT).proposal(id)
        .orElseThrow().votingEnd();
  }

  private TransactionProcessingResult finalize(final long id) {
    final TransactionProcessingResult result = chain.send(USER, GovernanceModule.ADDRESS, Wei.ZERO,
        GovernanceModule.FINALIZE.encodeCall(UInt256.valueOf(id)));
    AiTestWorld.succeeds(result);
    return result;
  }

  /** What Alice, the dataset's owner, earns from one inference of the whole corpus in the current block. */
  private Wei aliceEarns() {
    final Wei before = chain.world.balance(ALICE.address());
    AiTestWorld.succeeds(chain.send(USER, AiAddresses.ATTRIBUTION, FEE,
        AiTestWorld.recordCall(model, words, chain.computed(model, words))));
    return chain.world.balance(ALICE.address()).subtract(before);
  }

  /** How many inferences the attribution batch before block {@code number} computes for one recordInference. */
  private int batch(final long number) {
    final Transaction tx = chain.sign(AiTestWorld.key(0x66), AiAddresses.ATTRIBUTION, FEE,
        AiTestWorld.recordCall(model, words, List.of(new Claim(1, hits))));
    final AiModules fresh = AiModules.of(AiParams.DEFAULT, new AttributionService(new ReferenceAttributionEngine()));
    return fresh.verifyBlock(new WorldUpdaterEvmWorld(chain.world), number, List.of(tx));
  }
}
