package io.tributary.state.ai;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.core.abi.AbiFunction;
import io.tributary.core.abi.RevertReason;
import io.tributary.core.block.Log;
import io.tributary.core.crypto.KeyPair;
import io.tributary.core.crypto.SignatureAlgorithms;
import io.tributary.core.transaction.Transaction;
import io.tributary.core.transaction.TransactionInvalidReason;
import io.tributary.core.transaction.TransactionSigner;
import io.tributary.core.transaction.TransactionType;
import io.tributary.core.types.Address;
import io.tributary.core.types.Hash;
import io.tributary.core.types.Wei;
import io.tributary.poa.SealedSketch;
import io.tributary.poa.SketchBuilder;
import io.tributary.poa.WordHasher;
import io.tributary.state.evm.WorldUpdaterEvmWorld;
import io.tributary.state.processing.BlockContext;
import io.tributary.state.processing.TransactionProcessingResult;
import io.tributary.state.processing.TransactionProcessor;
import io.tributary.state.spec.ProtocolSpec;
import io.tributary.state.spec.TributaryProtocolSpecs;
import io.tributary.state.storage.InMemoryKeyValueStorage;
import io.tributary.state.world.WorldStateArchive;
import io.tributary.state.world.WorldUpdater;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;
import org.apache.tuweni.units.bigints.UInt256;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Datasets, a model and inferences through real transactions: registration, sealing, royalties to the wei. */
class AiModulesFlowTest {
  private static final ProtocolSpec SPEC = TributaryProtocolSpecs.genesisSpec(AiTestWorld.CHAIN_ID);
  private static final KeyPair ALICE = AiTestWorld.key(0x11); // contributor of dataset 1
  private static final KeyPair BOB = AiTestWorld.key(0x22); // contributor of dataset 2
  private static final KeyPair MODELLER = AiTestWorld.key(0x33);
  private static final KeyPair USER = AiTestWorld.key(0x44);
  private static final Wei GWEI = AiTestWorld.GWEI;

  static final String RIVERS = "Rivers carry sediment from the mountains to the sea, building deltas where the current "
      + "slows and drops its load of sand and silt across wide marshes that shelter birds and young fish every spring";
  static final String BEES = "Honey bees communicate the direction and distance of flowers through a waggle dance "
      + "performed on the vertical comb inside the dark hive while foragers gather around to learn the route";

  private AiTestWorld chain;
  private WorldUpdater world;

  @BeforeEach
  void fund() {
    chain = new AiTestWorld(SPEC, ALICE, BOB, MODELLER, USER);
    world = chain.world;
  }

  private TransactionProcessingResult send(final KeyPair from, final Address to, final Wei value, final Bytes data) {
    return chain.send(from, to, value, data);
  }

  private void nextBlock() {
    chain.nextBlock();
  }

  private static String revertReason(final TransactionProcessingResult result) {
    return AiTestWorld.revertReason(result);
  }

  private long registerAndSeal(final KeyPair who, final String text) {
    return chain.registerAndSeal(who, text);
  }

  private long registerModel(final long[] datasets, final Wei fee, final FeeSplit split) {
    return chain.registerModel(MODELLER, datasets, fee, split);
  }

  private static Bytes recordCall(final long model, final long[] words, final List<Claim> claims) {
    return AiTestWorld.recordCall(model, words, claims);
  }

  private List<Claim> computed(final long model, final long[] words) {
    return chain.computed(model, words);
  }

  @Test
  void anInferenceQuotingOneDatasetPaysItsOwnerExactlyTheDocumentedSplit() {
    final long rivers = registerAndSeal(ALICE, RIVERS);
    final long bees = registerAndSeal(BOB, BEES);
    nextBlock(); // sealed datasets are attributable from the next block
    final Wei fee = Wei.of(1_000_003L);
    final long model = registerModel(new long[] {rivers, bees}, fee, new FeeSplit(5_000, 0, 4_000, 1_000));
    nextBlock();

    final long[] words = WordHasher.hashText("As the textbook says, rivers carry sediment from the mountains to the "
        + "sea, building deltas where the current slows and drops its load.");
    final List<Claim> claims = computed(model, words);
    assertThat(claims).extracting(Claim::datasetId).containsExactly(rivers);
    final int hits = claims.get(0).hits();
    assertThat(hits).isGreaterThanOrEqualTo(AiParams.DEFAULT.attribution().minHits());

    final Wei aliceBefore = world.balance(ALICE.address());
    final Wei bobBefore = world.balance(BOB.address());
    final Wei modellerBefore = world.balance(MODELLER.address());
    final Wei treasuryBefore = world.balance(AiAddresses.TREASURY);
    final TransactionProcessingResult result = send(USER, AiAddresses.ATTRIBUTION, fee,
        recordCall(model, words, claims));

    assertThat(result.success()).as(revertReason(result)).isTrue();
    // owner 50% = floor(1000003 * 5000 / 10000) = 500001; data 40% = 400001, all to the one eligible dataset;
    // the treasury gets its 10% plus the remainders: 1000003 - 500001 - 400001 = 100001, plus the base fee of gas.
    assertThat(world.balance(MODELLER.address()).subtract(modellerBefore)).isEqualTo(Wei.of(500_001));
    assertThat(world.balance(ALICE.address()).subtract(aliceBefore)).isEqualTo(Wei.of(400_001));
    assertThat(world.balance(BOB.address())).isEqualTo(bobBefore);
    assertThat(world.balance(AiAddresses.TREASURY).subtract(treasuryBefore))
        .isEqualTo(Wei.of(100_001).add(GWEI.multiply(result.gasUsed())));
    assertThat(world.balance(AiAddresses.ATTRIBUTION)).isEqualTo(Wei.ZERO);

    final List<Log> logs = result.logs();
    assertThat(logs).extracting(l -> l.topics().get(0)).containsExactly(
        AttributionModule.INFERENCE_RECORDED.topic(), AttributionModule.ROYALTY_PAID.topic(),
        AttributionModule.FEE_DISTRIBUTED.topic());
    final Log royalty = logs.get(1);
    assertThat(royalty.topics().get(2)).isEqualTo(Hash.wrap(UInt256.valueOf(rivers)));
    assertThat(royalty.topics().get(3)).isEqualTo(Hash.wrap(Bytes32.leftPad(ALICE.address())));

    final AiReader reader = new AiReader(new WorldUpdaterEvmWorld(world));
    final InferenceRecord record = reader.inference(1).orElseThrow();
    assertThat(record.claims()).containsExactlyElementsOf(claims);
    assertThat(record.fee()).isEqualTo(fee);
    assertThat(reader.royalties(ALICE.address())).isEqualTo(new Royalties(Wei.of(400_001), 1));
    assertThat(reader.dataset(rivers).orElseThrow().royaltiesPaid()).isEqualTo(Wei.of(400_001));
  }

  @Test
  void aWrongClaimIsAnInvalidTransactionAndChangesNothing() {
    final long rivers = registerAndSeal(ALICE, RIVERS);
    nextBlock();
    final long model = registerModel(new long[] {rivers}, Wei.of(1_000), new FeeSplit(5_000, 0, 4_000, 1_000));
    nextBlock();
    final long[] words = WordHasher.hashText(RIVERS);
    final int hits = computed(model, words).get(0).hits();
    final Wei before = world.balance(USER.address());

    final TransactionProcessingResult result = send(USER, AiAddresses.ATTRIBUTION, Wei.of(1_000),
        recordCall(model, words, List.of(new Claim(rivers, hits + 1))));

    assertThat(result.isInvalid()).isTrue();
    assertThat(result.validity().reason()).contains(TransactionInvalidReason.ATTRIBUTION_CLAIM_MISMATCH);
    assertThat(result.validity().message()).contains("dataset " + rivers + " claimed " + (hits + 1)
        + " hits, the computation finds " + hits);
    assertThat(world.balance(USER.address())).isEqualTo(before);
  }

  @Test
  void aDatasetSealedInThisBlockIsNotYetAttributable() {
    final long rivers = registerAndSeal(ALICE, RIVERS);
    final long model = registerModel(new long[] {rivers}, Wei.of(1_000), new FeeSplit(5_000, 0, 4_000, 1_000));
    assertThat(computed(model, WordHasher.hashText(RIVERS))).isEmpty();
    nextBlock();
    assertThat(computed(model, WordHasher.hashText(RIVERS))).hasSize(1);
  }

  @Test
  void badInferencesRevertWithANamedReasonAndChangeNothing() {
    final long rivers = registerAndSeal(ALICE, RIVERS);
    final long bees = registerAndSeal(BOB, BEES);
    final long other = registerAndSeal(BOB, "an unrelated corpus about the history of printing presses and ink");
    nextBlock();
    final long model = registerModel(new long[] {rivers, bees}, Wei.of(1_000), new FeeSplit(5_000, 0, 4_000, 1_000));
    nextBlock();
    final long[] words = WordHasher.hashText(RIVERS + " " + BEES);
    final List<Claim> good = computed(model, words);
    assertThat(good).hasSize(2);

    assertThat(revertReason(send(USER, AiAddresses.ATTRIBUTION, Wei.of(1_000), recordCall(99, words, good))))
        .startsWith("UnknownModel: model 99");
    assertThat(revertReason(send(USER, AiAddresses.ATTRIBUTION, Wei.of(999), recordCall(model, words, good))))
        .startsWith("FeeTooLow: paid 999 wei, model " + model + " charges 1000");
    assertThat(revertReason(send(USER, AiAddresses.ATTRIBUTION, Wei.of(1_000),
        recordCall(model, words, List.of(good.get(1), good.get(0)))))).startsWith("ClaimsOutOfOrder");
    assertThat(revertReason(send(USER, AiAddresses.ATTRIBUTION, Wei.of(1_000),
        recordCall(model, words, List.of(good.get(0), good.get(0)))))).startsWith("DuplicateClaim");
    assertThat(revertReason(send(USER, AiAddresses.ATTRIBUTION, Wei.of(1_000),
        recordCall(model, words, List.of(new Claim(other, 7)))))).startsWith("ForeignDataset: dataset " + other);
    assertThat(revertReason(send(USER, AiAddresses.ATTRIBUTION, Wei.of(1_000),
        recordCall(model, new long[4097], good)))).startsWith("TooManyWords: 4097 word hashes, at most 4096");
    assertThat(revertReason(send(USER, AiAddresses.ATTRIBUTION, Wei.ZERO,
        Bytes.fromHexString("0x12345678")))).startsWith("UnknownFunction");
    assertThat(revertReason(send(USER, AiAddresses.ATTRIBUTION, Wei.of(1_000),
        AttributionModule.RECORD_INFERENCE.selector()))).startsWith("MalformedInput");
    assertThat(new AiReader(new WorldUpdaterEvmWorld(world)).inferenceCount()).isZero();
    assertThat(world.balance(AiAddresses.ATTRIBUTION)).isEqualTo(Wei.ZERO);
  }

  @Test
  void sketchUploadsAndSealsAreChecked() {
    final TransactionProcessingResult registered = send(ALICE, AiAddresses.DATASET_REGISTRY, Wei.ZERO,
        DatasetRegistryModule.REGISTER.encodeCall("d", "", Bytes32.ZERO, "", ALICE.address(), UInt256.valueOf(10)));
    assertThat(registered.success()).isTrue();
    final UInt256 id = UInt256.ONE;
    assertThat(revertReason(send(BOB, AiAddresses.DATASET_REGISTRY, Wei.ZERO,
        DatasetRegistryModule.UPLOAD_SKETCH.encodeCall(id, Bytes.wrap(new byte[32]))))).startsWith("NotRegistrant");
    assertThat(revertReason(send(ALICE, AiAddresses.DATASET_REGISTRY, Wei.ZERO,
        DatasetRegistryModule.UPLOAD_SKETCH.encodeCall(id, Bytes.wrap(new byte[33]))))).startsWith("MisalignedChunk");
    assertThat(revertReason(send(ALICE, AiAddresses.DATASET_REGISTRY, Wei.ZERO,
        DatasetRegistryModule.UPLOAD_SKETCH.encodeCall(id, Bytes.wrap(new byte[160]))))).startsWith("SketchOverflow");
    assertThat(revertReason(send(ALICE, AiAddresses.DATASET_REGISTRY, Wei.ZERO,
        DatasetRegistryModule.SEAL.encodeCall(id, Bytes32.ZERO, UInt256.ZERO)))).startsWith("SketchIncomplete");
    assertThat(send(ALICE, AiAddresses.DATASET_REGISTRY, Wei.ZERO,
        DatasetRegistryModule.UPLOAD_SKETCH.encodeCall(id, Bytes.wrap(new byte[128]))).success()).isTrue();
    assertThat(revertReason(send(ALICE, AiAddresses.DATASET_REGISTRY, Wei.ZERO,
        DatasetRegistryModule.SEAL.encodeCall(id, Bytes32.ZERO, UInt256.ZERO)))).startsWith("CommitmentMismatch");
    final byte[] full = new byte[128];
    java.util.Arrays.fill(full, (byte) 0xff);
    assertThat(revertReason(send(BOB, AiAddresses.DATASET_REGISTRY, Wei.ZERO,
        DatasetRegistryModule.REGISTER.encodeCall("e", "", Bytes32.ZERO, "", BOB.address(), UInt256.valueOf(40)))))
        .startsWith("BitsOutOfBounds");
    assertThat(revertReason(send(BOB, AiAddresses.DATASET_REGISTRY, Wei.ZERO,
        DatasetRegistryModule.REGISTER.encodeCall("e", "", Bytes32.ZERO, "", Address.ZERO, UInt256.valueOf(10)))))
        .startsWith("ZeroOwner");
  }

  @Test
  void anAdapterPaysItsBaseModelsOwnerTheLineageShare() {
    final long rivers = registerAndSeal(ALICE, RIVERS);
    nextBlock();
    final long base = registerModel(new long[] {rivers}, Wei.of(1_000), new FeeSplit(5_000, 0, 4_000, 1_000));
    final List<Object> none = List.of();
    final TransactionProcessingResult adapter = send(USER, AiAddresses.MODEL_REGISTRY, Wei.ZERO,
        ModelRegistryModule.REGISTER_ADAPTER.encodeCall(UInt256.valueOf(base), "river-lora", "", Bytes32.ZERO, none,
            UInt256.valueOf(10_000), AiAbi.splitTuple(new FeeSplit(4_000, 2_000, 3_000, 1_000))));
    assertThat(adapter.success()).as(revertReason(adapter)).isTrue();
    nextBlock();
    final long adapterId = base + 1;
    final long[] words = WordHasher.hashText(RIVERS);
    final Wei modellerBefore = world.balance(MODELLER.address());
    final TransactionProcessingResult result = send(BOB, AiAddresses.ATTRIBUTION, Wei.of(10_000),
        recordCall(adapterId, words, computed(adapterId, words)));
    assertThat(result.success()).as(revertReason(result)).isTrue();
    assertThat(world.balance(MODELLER.address()).subtract(modellerBefore)).isEqualTo(Wei.of(2_000));
    assertThat(new AiReader(new WorldUpdaterEvmWorld(world)).royalties(ALICE.address()).total())
        .isEqualTo(Wei.of(3_000));
  }

  @Test
  void anOutOfBoundsFeeSplitIsRefused() {
    final long rivers = registerAndSeal(ALICE, RIVERS);
    final TransactionProcessingResult result = send(MODELLER, AiAddresses.MODEL_REGISTRY, Wei.ZERO,
        ModelRegistryModule.REGISTER_MODEL.encodeCall("m", "", Bytes32.ZERO, List.of(UInt256.valueOf(rivers)),
            UInt256.ONE, AiAbi.splitTuple(new FeeSplit(9_000, 0, 900, 100))));
    assertThat(revertReason(result)).startsWith("SplitOutOfBounds: data contributors get at least 2000 bps");
    assertThat(BigInteger.ZERO).isZero();
    final AbiFunction unused = ModelRegistryModule.MODEL_COUNT;
    assertThat(unused.name()).isEqualTo("modelCount");
  }
}
