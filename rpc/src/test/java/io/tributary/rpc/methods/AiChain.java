package io.tributary.rpc.methods;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.core.block.TransactionReceipt;
import io.tributary.core.crypto.KeyPair;
import io.tributary.core.transaction.Transaction;
import io.tributary.core.transaction.TransactionSigner;
import io.tributary.core.transaction.TransactionType;
import io.tributary.core.types.Address;
import io.tributary.core.types.Hash;
import io.tributary.core.types.Wei;
import io.tributary.poa.SealedSketch;
import io.tributary.poa.SketchBuilder;
import io.tributary.poa.WordHasher;
import io.tributary.rpc.JsonRpcMethods;
import io.tributary.state.ai.AiAddresses;
import io.tributary.state.ai.AiGenesis;
import io.tributary.state.ai.AiParams;
import io.tributary.state.ai.Claim;
import io.tributary.state.ai.DatasetRegistryModule;
import io.tributary.state.ai.AttributionModule;
import io.tributary.state.ai.ModelRegistryModule;
import io.tributary.state.evm.WorldUpdaterEvmWorld;
import io.tributary.state.world.WorldUpdater;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;
import org.apache.tuweni.units.bigints.UInt256;

/**
 * A chain whose blocks ran the AI modules through real transactions, served with the ai_ and poa_ methods:
 * <ul>
 *   <li>0: genesis with the module accounts; Alice, Bob, Carol, the modeller and the user hold 100 TRIB</li>
 *   <li>1: Alice registers dataset 1 (RIVERS), uploads its 2^10-bit sketch and seals it; Bob registers dataset 2
 *       (BEES) and uploads its sketch</li>
 *   <li>2: Bob seals dataset 2; Carol registers dataset 3 and uploads nothing; the modeller registers model 1 trained
 *       on datasets 1 and 2 and adapter 2 on model 1</li>
 *   <li>3: the user records inference 1 of {@link #QUOTE} on model 1, paying {@link #FEE}, claiming what the
 *       computation gives</li>
 * </ul>
 */
final class AiChain extends ChainFixture {
  static final KeyPair ALICE = key("alice");
  static final KeyPair BOB = key("bob");
  static final KeyPair CAROL = key("carol");
  static final KeyPair MODELLER = key("modeller");
  static final KeyPair USER = key("user");
  static final Wei FEE = Wei.of(1_000_003L);
  static final Bytes32 CONTENT_ROOT = Bytes32.fromHexString("0x" + "c0".repeat(32));
  static final Bytes32 WEIGHTS = Bytes32.fromHexString("0x" + "3e".repeat(32));
  static final Bytes32 OUTPUT = Bytes32.fromHexString("0x" + "0a".repeat(32));

  static final String RIVERS = "Rivers carry sediment from the mountains to the sea, building deltas where the current "
      + "slows and drops its load of sand and silt across wide marshes that shelter birds and young fish every spring";
  static final String BEES = "Honey bees communicate the direction and distance of flowers through a waggle dance "
      + "performed on the vertical comb inside the dark hive while foragers gather around to learn the route";
  /** An output that quotes RIVERS and nothing of BEES. */
  static final String QUOTE = "As the textbook says, rivers carry sediment from the mountains to the sea, building "
      + "deltas where the current slows and drops its load.";

  final SealedSketch rivers = sketch(RIVERS);
  final SealedSketch bees = sketch(BEES);
  /** The claims inference 1 carries, as the engine computed them before block 3. */
  final List<Claim> claims;
  private final Map<Address, Long> nonces = new HashMap<>();

  AiChain() {
    final WorldUpdater state = archive.updater(Hash.EMPTY_TRIE_HASH);
    AiGenesis.install(state);
    for (final KeyPair k : List.of(ALICE, BOB, CAROL, MODELLER, USER)) {
      state.setBalance(k.address(), Wei.ofTrib(100));
    }
    commitGenesis(state);

    mineSucceeding(List.of(
        register(ALICE, "rivers"), upload(ALICE, 1, rivers), seal(ALICE, 1, rivers),
        register(BOB, "bees"), upload(BOB, 2, bees)));
    final List<Object> split = List.of(UInt256.valueOf(5_000), UInt256.ZERO, UInt256.valueOf(4_000),
        UInt256.valueOf(1_000));
    final List<Object> adapterSplit = List.of(UInt256.valueOf(4_000), UInt256.valueOf(2_000),
        UInt256.valueOf(3_000), UInt256.valueOf(1_000));
    mineSucceeding(List.of(seal(BOB, 2, bees), register(CAROL, "empty"),
        tx(MODELLER, AiAddresses.MODEL_REGISTRY, Wei.ZERO, ModelRegistryModule.REGISTER_MODEL.encodeCall(
            "river-bee-7b", "ipfs://weights", WEIGHTS, List.of(UInt256.valueOf(1), UInt256.valueOf(2)),
            FEE.toUInt256(), split)),
        tx(MODELLER, AiAddresses.MODEL_REGISTRY, Wei.ZERO, ModelRegistryModule.REGISTER_ADAPTER.encodeCall(
            UInt256.valueOf(1), "river-bee-7b-lora", "ipfs://lora", WEIGHTS, List.of(), Wei.of(500).toUInt256(),
            adapterSplit))));
    final long[] words = WordHasher.hashText(QUOTE);
    claims = schedule.specAt(3).ai().compute(new WorldUpdaterEvmWorld(archive.updater(head().stateRoot())), 3, 1,
        words).orElseThrow();
    mineSucceeding(List.of(tx(USER, AiAddresses.ATTRIBUTION, FEE, AttributionModule.RECORD_INFERENCE.encodeCall(
        UInt256.valueOf(1), OUTPUT, words(words), claimTuples(claims)))));

    serve(new JsonRpcMethods()
        .register(new AiGetDataset(queries, archive))
        .register(new AiListDatasets(queries, archive))
        .register(new AiGetModel(queries, archive))
        .register(new AiListModels(queries, archive))
        .register(new AiGetInference(queries, archive))
        .register(new AiGetRoyalties(queries, archive))
        .register(new AiAttribute(queries, archive, schedule))
        .register(new PoaEngineInfo(queries, archive, schedule)));
  }

  static SealedSketch sketch(final String text) {
    final SketchBuilder builder = new SketchBuilder(10, AiParams.DEFAULT.attribution());
    builder.addDocument(WordHasher.hashText(text));
    return builder.seal();
  }

  static List<Object> words(final long[] words) {
    final List<Object> values = new ArrayList<>();
    for (final long word : words) {
      values.add(UInt256.fromBytes(Bytes.ofUnsignedLong(word)));
    }
    return values;
  }

  static List<Object> claimTuples(final List<Claim> claims) {
    final List<Object> tuples = new ArrayList<>();
    for (final Claim c : claims) {
      tuples.add(List.of(UInt256.valueOf(c.datasetId()), UInt256.valueOf(c.hits())));
    }
    return tuples;
  }

  /** {@code words} as ai_attribute takes them: a JSON array of hex uint64s. */
  static String hexWords(final long[] words) {
    final List<String> hex = new ArrayList<>();
    for (final long word : words) {
      hex.add("\"0x" + Long.toHexString(word) + "\"");
    }
    return "[" + String.join(",", hex) + "]";
  }

  private Transaction register(final KeyPair who, final String name) {
    return tx(who, AiAddresses.DATASET_REGISTRY, Wei.ZERO, DatasetRegistryModule.REGISTER.encodeCall(name,
        "ipfs://" + name, CONTENT_ROOT, "CC-BY-4.0", who.address(), UInt256.valueOf(10)));
  }

  private Transaction upload(final KeyPair who, final long id, final SealedSketch sketch) {
    return tx(who, AiAddresses.DATASET_REGISTRY, Wei.ZERO, DatasetRegistryModule.UPLOAD_SKETCH.encodeCall(
        UInt256.valueOf(id), Bytes.wrap(sketch.bitArrayBytes())));
  }

  private Transaction seal(final KeyPair who, final long id, final SealedSketch sketch) {
    return tx(who, AiAddresses.DATASET_REGISTRY, Wei.ZERO, DatasetRegistryModule.SEAL.encodeCall(
        UInt256.valueOf(id), sketch.commitment(), UInt256.valueOf(sketch.shingleCount())));
  }

  private Transaction tx(final KeyPair from, final Address to, final Wei value, final Bytes data) {
    final long nonce = nonces.merge(from.address(), 1L, Long::sum) - 1;
    return TransactionSigner.sign(Transaction.builder().type(TransactionType.EIP1559).chainId(CHAIN_ID)
        .nonce(nonce).maxPriorityFeePerGas(GWEI).maxFeePerGas(GWEI.multiply(10)).gasLimit(5_000_000).to(to)
        .value(value).data(data), from);
  }

  /** Mines {@code txs}; fails the test if one of them reverted. */
  private void mineSucceeding(final List<Transaction> txs) {
    final long number = head().number() + 1;
    for (final TransactionReceipt receipt : mine(txs)) {
      assertThat(receipt.success()).as("a transaction of block %s reverted", number).isTrue();
    }
  }
}
