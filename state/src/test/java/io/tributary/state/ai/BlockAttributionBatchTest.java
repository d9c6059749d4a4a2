package io.tributary.state.ai;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.core.crypto.KeyPair;
import io.tributary.core.transaction.Transaction;
import io.tributary.core.transaction.TransactionInvalidReason;
import io.tributary.core.types.Wei;
import io.tributary.poa.AttributionBatch;
import io.tributary.poa.AttributionEngine;
import io.tributary.poa.AttributionParams;
import io.tributary.poa.AttributionResult;
import io.tributary.poa.ReferenceAttributionEngine;
import io.tributary.poa.SketchSource;
import io.tributary.poa.WordHasher;
import io.tributary.state.processing.BlockProcessingResult;
import io.tributary.state.processing.BlockProcessor;
import io.tributary.state.spec.TributaryProtocolSpecs;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A block's attribution claims are verified in one engine batch before it executes; a wrong one invalidates it. */
class BlockAttributionBatchTest {
  private static final KeyPair ALICE = AiTestWorld.key(0x11);
  private static final KeyPair MODELLER = AiTestWorld.key(0x33);
  private static final List<KeyPair> USERS = List.of(AiTestWorld.key(0x51), AiTestWorld.key(0x52),
      AiTestWorld.key(0x53), AiTestWorld.key(0x54));

  /** The reference engine, counting the batches it is asked for. */
  private static final class CountingEngine implements AttributionEngine {
    private final ReferenceAttributionEngine reference = new ReferenceAttributionEngine();
    final List<Integer> batchSizes = new ArrayList<>();

    @Override
    public String name() {
      return "counting-reference";
    }

    @Override
    public String device() {
      return "CPU";
    }

    @Override
    public AttributionResult attribute(final AttributionParams params, final AttributionBatch batch,
        final SketchSource sketches) {
      batchSizes.add(batch.size());
      return reference.attribute(params, batch, sketches);
    }
  }

  private final CountingEngine engine = new CountingEngine();
  private AiTestWorld chain;
  private long model;

  @BeforeEach
  void datasetsAndModel() {
    final List<KeyPair> keys = new ArrayList<>(List.of(ALICE, MODELLER));
    keys.addAll(USERS);
    chain = new AiTestWorld(TributaryProtocolSpecs.genesisSpec(AiTestWorld.CHAIN_ID,
        new AttributionService(engine)), keys.toArray(KeyPair[]::new));
    final long rivers = chain.registerAndSeal(ALICE, AiModulesFlowTest.RIVERS);
    final long bees = chain.registerAndSeal(ALICE, AiModulesFlowTest.BEES);
    chain.nextBlock();
    model = chain.registerModel(MODELLER, new long[] {rivers, bees}, Wei.of(1_000),
        new FeeSplit(5_000, 0, 4_000, 1_000));
    chain.nextBlock();
  }

  /** Four inferences, each quoting a different span; claims computed by a separate reference engine. */
  private List<Transaction> inferences(final boolean spoilLast) {
    final AiModules reference = AiModules.of(AiParams.DEFAULT, new AttributionService(new ReferenceAttributionEngine()));
    final String[] outputs = {AiModulesFlowTest.RIVERS, AiModulesFlowTest.BEES,
        AiModulesFlowTest.RIVERS + " " + AiModulesFlowTest.BEES, "the bees " + AiModulesFlowTest.BEES};
    final List<Transaction> txs = new ArrayList<>();
    for (int i = 0; i < outputs.length; i++) {
      final long[] words = WordHasher.hashText(outputs[i]);
      List<Claim> claims = reference.compute(new io.tributary.state.evm.WorldUpdaterEvmWorld(chain.world),
          chain.block, model, words).orElseThrow();
      if (spoilLast && i == outputs.length - 1) {
        claims = List.of(new Claim(claims.get(0).datasetId(), claims.get(0).hits() - 1));
      }
      txs.add(chain.sign(USERS.get(i), AiAddresses.ATTRIBUTION, Wei.of(1_000),
          AiTestWorld.recordCall(model, words, claims)));
    }
    return txs;
  }

  @Test
  void everyClaimOfABlockIsComputedInOneBatchBeforeItsTransactionsRun() {
    final List<Transaction> txs = inferences(false);
    engine.batchSizes.clear();

    final BlockProcessingResult result = new BlockProcessor(chain.spec).process(chain.world, chain.context(), txs);

    assertThat(result.invalidTransaction()).isEmpty();
    assertThat(result.receipts()).allMatch(io.tributary.core.block.TransactionReceipt::success);
    assertThat(engine.batchSizes).containsExactly(4);
    assertThat(chain.reader().inferenceCount()).isEqualTo(4);
  }

  @Test
  void aBlockWithOneWrongClaimIsInvalidAtThatTransaction() {
    final List<Transaction> txs = inferences(true);

    final BlockProcessingResult result = new BlockProcessor(chain.spec).process(chain.world, chain.context(), txs);

    assertThat(result.invalidTransaction()).isPresent();
    assertThat(result.invalidTransaction().get().index()).isEqualTo(3);
    assertThat(result.invalidTransaction().get().reason()).isEqualTo(TransactionInvalidReason.ATTRIBUTION_CLAIM_MISMATCH);
    assertThat(result.invalidTransaction().get().message()).contains("attribution claim mismatch");
  }
}
