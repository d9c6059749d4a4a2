package io.tributary.state.ai;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.core.abi.RevertReason;
import io.tributary.core.crypto.KeyPair;
import io.tributary.core.crypto.SignatureAlgorithms;
import io.tributary.core.transaction.Transaction;
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
import io.tributary.state.storage.InMemoryKeyValueStorage;
import io.tributary.state.world.WorldStateArchive;
import io.tributary.state.world.WorldUpdater;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;
import org.apache.tuweni.units.bigints.UInt256;

/** A world with the AI modules installed, funded keys, and signed module calls run one by one: the tests' fixture. */
final class AiTestWorld {
  static final long CHAIN_ID = 7357;
  static final Address PRODUCER = Address.of(0xc0ffee);
  static final Wei GWEI = Wei.of(1_000_000_000L);

  final ProtocolSpec spec;
  final TransactionProcessor processor;
  final WorldUpdater world;
  private final Map<Address, Long> nonces = new HashMap<>();
  long block = 1;

  AiTestWorld(final ProtocolSpec spec, final KeyPair... funded) {
    this.spec = spec;
    this.processor = new TransactionProcessor(spec);
    this.world = new WorldStateArchive(new InMemoryKeyValueStorage()).updater(Hash.EMPTY_TRIE_HASH);
    AiGenesis.install(world);
    for (final KeyPair k : funded) {
      world.setBalance(k.address(), Wei.ofTrib(100));
    }
  }

  static KeyPair key(final int b) {
    return SignatureAlgorithms.get().createKeyPair(Bytes32.fromHexString("0x" + String.format("%02x", b).repeat(32)));
  }

  BlockContext context() {
    return new BlockContext(block, 10 * block, PRODUCER, GWEI, 30_000_000);
  }

  /** A signed EIP-1559 call from {@code from} with its next nonce (not yet run). */
  Transaction sign(final KeyPair from, final Address to, final Wei value, final Bytes data) {
    final long nonce = nonces.getOrDefault(from.address(), 0L);
    nonces.put(from.address(), nonce + 1);
    return TransactionSigner.sign(Transaction.builder().type(TransactionType.EIP1559).chainId(CHAIN_ID).nonce(nonce)
        .maxPriorityFeePerGas(Wei.ZERO).maxFeePerGas(GWEI).gasLimit(25_000_000).to(to).value(value).data(data), from);
  }

  TransactionProcessingResult send(final KeyPair from, final Address to, final Wei value, final Bytes data) {
    final Transaction tx = sign(from, to, value, data);
    final TransactionProcessingResult result = processor.process(world, context(), tx, 30_000_000);
    if (result.isInvalid()) {
      nonces.put(from.address(), tx.nonce());
    }
    return result;
  }

  void nextBlock() {
    block++;
  }

  AiReader reader() {
    return new AiReader(new WorldUpdaterEvmWorld(world));
  }

  static String revertReason(final TransactionProcessingResult result) {
    return RevertReason.decode(result.output()).orElse("<no reason: " + result.output() + ">");
  }

  long registerAndSeal(final KeyPair who, final String text) {
    final SketchBuilder builder = new SketchBuilder(10, AiParams.DEFAULT.attribution());
    builder.addDocument(WordHasher.hashText(text));
    final SealedSketch sketch = builder.seal();
    final long id = reader().datasetCount() + 1;
    succeeds(send(who, AiAddresses.DATASET_REGISTRY, Wei.ZERO, DatasetRegistryModule.REGISTER.encodeCall(
        "corpus of " + id, "ipfs://corpus-" + id, Bytes32.ZERO, "CC-BY-4.0", who.address(), UInt256.valueOf(10))));
    succeeds(send(who, AiAddresses.DATASET_REGISTRY, Wei.ZERO,
        DatasetRegistryModule.UPLOAD_SKETCH.encodeCall(UInt256.valueOf(id), Bytes.wrap(sketch.bitArrayBytes()))));
    succeeds(send(who, AiAddresses.DATASET_REGISTRY, Wei.ZERO, DatasetRegistryModule.SEAL.encodeCall(
        UInt256.valueOf(id), sketch.commitment(), UInt256.valueOf(sketch.shingleCount()))));
    return id;
  }

  long registerModel(final KeyPair owner, final long[] datasets, final Wei fee, final FeeSplit split) {
    succeeds(send(owner, AiAddresses.MODEL_REGISTRY, Wei.ZERO, ModelRegistryModule.REGISTER_MODEL.encodeCall(
        "river-bee-7b", "ipfs://weights", Bytes32.ZERO, AiAbi.longs(datasets), fee.toUInt256(),
        AiAbi.splitTuple(split))));
    return reader().modelCount();
  }

  static Bytes recordCall(final long model, final long[] words, final List<Claim> claims) {
    final List<Object> claimTuples = new ArrayList<>();
    for (final Claim c : claims) {
      claimTuples.add(List.of(UInt256.valueOf(c.datasetId()), UInt256.valueOf(c.hits())));
    }
    return AttributionModule.RECORD_INFERENCE.encodeCall(UInt256.valueOf(model), Bytes32.ZERO,
        AiAbi.longs(words), claimTuples);
  }

  List<Claim> computed(final long model, final long[] words) {
    return spec.ai().compute(new WorldUpdaterEvmWorld(world), block, model, words).orElseThrow();
  }

  static void succeeds(final TransactionProcessingResult result) {
    assertThat(result.success()).as(result.isInvalid() ? result.validity().message() : revertReason(result))
        .isTrue();
  }
}
