package io.tributary.consensus;

import io.tributary.consensus.bft.BftBlockSealer;
import io.tributary.consensus.bft.BftHeaderValidator;
import io.tributary.consensus.bft.BftProposer;
import io.tributary.consensus.blockcreation.BlockBuilder;
import io.tributary.consensus.chain.BlockImporter;
import io.tributary.consensus.chain.NextBlockRules;
import io.tributary.consensus.txpool.ChainHeadPoolState;
import io.tributary.consensus.txpool.TransactionPool;
import io.tributary.consensus.txpool.TransactionPoolConfig;
import io.tributary.core.block.BftExtraData;
import io.tributary.core.block.Block;
import io.tributary.core.block.BlockBody;
import io.tributary.core.block.BlockHeader;
import io.tributary.core.crypto.KeyPair;
import io.tributary.core.crypto.SignatureAlgorithms;
import io.tributary.core.transaction.Transaction;
import io.tributary.core.transaction.TransactionSigner;
import io.tributary.core.transaction.TransactionType;
import io.tributary.core.types.Address;
import io.tributary.core.types.Hash;
import io.tributary.core.types.Wei;
import io.tributary.state.chain.BlockCommitter;
import io.tributary.state.chain.ChainStore;
import io.tributary.state.spec.ProtocolSchedule;
import io.tributary.state.spec.TributaryProtocolSpecs;
import io.tributary.state.storage.InMemoryKeyValueStorage;
import io.tributary.state.storage.KeyValueStorage;
import io.tributary.state.world.WorldStateArchive;
import io.tributary.state.world.WorldUpdater;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;

/** A one-validator chain in memory, its blocks proposed and committed as a lone validator's, with a fixed clock. */
public final class TestChain {
  public static final long CHAIN_ID = 7357;
  public static final KeyPair VALIDATOR = key("validator");
  public static final List<KeyPair> USERS = List.of(key("alice"), key("bob"), key("carol"), key("dave"));
  /** A funded key whose account holds code in genesis, so EIP-3607 refuses its transactions. */
  public static final KeyPair CODE_HOLDER = key("eve");

  public final KeyValueStorage storage;
  public final ChainStore chain;
  public final WorldStateArchive worldState;
  public final ProtocolSchedule schedule = TributaryProtocolSpecs.schedule(CHAIN_ID);
  public final TransactionPool pool;
  public final BlockImporter importer;
  public final SingleValidatorProducer engine;
  private final NextBlockRules rules;

  public TestChain() {
    this(new InMemoryKeyValueStorage(), TransactionPoolConfig.DEFAULT);
  }

  public TestChain(final KeyValueStorage storage, final TransactionPoolConfig poolConfig) {
    this.storage = storage;
    chain = new ChainStore(storage);
    worldState = new WorldStateArchive(storage);
    final BlockCommitter committer = new BlockCommitter(storage, worldState, chain);
    if (chain.headHash().isEmpty()) {
      final Genesis genesis = genesis(worldState);
      committer.commit(genesis.block(), List.of(), genesis.state());
    }
    pool = new TransactionPool(poolConfig);
    final BftBlockSealer sealer = new BftBlockSealer(VALIDATOR, SignatureAlgorithms.get());
    rules = new NextBlockRules(schedule, worldState);
    importer = new BlockImporter(schedule, chain, worldState, committer,
        new BftHeaderValidator(rules, SignatureAlgorithms.get()));
    importer.subscribe((block, receipts) -> pool.onBlockAdded(block,
        new ChainHeadPoolState(block.header(), worldState, schedule, rules)::nonce));
    final Clock clock = Clock.fixed(Instant.ofEpochSecond(1_000), ZoneOffset.UTC);
    final BlockBuilder builder = new BlockBuilder(schedule, chain, worldState, pool);
    engine = new SingleValidatorProducer(chain, new BftProposer(builder, sealer), importer, sealer, clock);
  }

  /** The genesis every test chain starts from: each user holds 100 TRIB. */
  public record Genesis(Block block, WorldUpdater state) {}

  public static Genesis genesis(final WorldStateArchive archive) {
    final WorldUpdater state = archive.updater(Hash.EMPTY_TRIE_HASH);
    USERS.forEach(user -> state.setBalance(user.address(), Wei.ofTrib(100)));
    state.setBalance(CODE_HOLDER.address(), Wei.ofTrib(100));
    state.setCode(CODE_HOLDER.address(), Bytes.of(0x00));
    final BftExtraData extra = new BftExtraData(Bytes.wrap(new byte[32]), List.of(VALIDATOR.address()), 0,
        Optional.empty(), List.of());
    final BlockHeader header = BlockHeader.builder().number(0).gasLimit(30_000_000).timestamp(0)
        .extraData(extra.encoded()).stateRoot(archive.rootAfter(state))
        .tributaryCancunFields(Wei.of(1_000_000_000L)).build();
    return new Genesis(new Block(header, BlockBody.of(List.of())), state);
  }

  public ChainHeadPoolState poolHead() {
    return new ChainHeadPoolState(chain.headHeader().orElseThrow(), worldState, schedule, rules);
  }

  public BlockHeader head() {
    return chain.headHeader().orElseThrow();
  }

  public static KeyPair key(final String name) {
    return SignatureAlgorithms.get().createKeyPair(Bytes32.wrap(io.tributary.core.crypto.Keccak256.hash(
        Bytes.wrap(name.getBytes(StandardCharsets.US_ASCII)))));
  }

  public static Transaction transfer(final KeyPair from, final long nonce, final Address to, final Wei value,
      final long tipGwei, final long capGwei) {
    return TransactionSigner.sign(Transaction.builder().type(TransactionType.EIP1559).chainId(CHAIN_ID).nonce(nonce)
        .maxPriorityFeePerGas(Wei.of(tipGwei * 1_000_000_000L)).maxFeePerGas(Wei.of(capGwei * 1_000_000_000L))
        .gasLimit(21_000).to(to).value(value), from);
  }

  public static Transaction transfer(final KeyPair from, final long nonce) {
    return transfer(from, nonce, Address.of(0xbeef), Wei.of(1), 1, 10);
  }

  /** A contract creation running {@code initCode}, paying 1 gwei tip under a 10 gwei cap. */
  public static Transaction deployment(final KeyPair from, final long nonce, final Bytes initCode) {
    return TransactionSigner.sign(Transaction.builder().type(TransactionType.EIP1559).chainId(CHAIN_ID).nonce(nonce)
        .maxPriorityFeePerGas(Wei.of(1_000_000_000L)).maxFeePerGas(Wei.of(10_000_000_000L)).gasLimit(200_000)
        .data(initCode).value(Wei.ZERO), from);
  }

  /** A call of {@code to} with {@code data}, paying 1 gwei tip under a 10 gwei cap. */
  public static Transaction call(final KeyPair from, final long nonce, final Address to, final Bytes data) {
    return TransactionSigner.sign(Transaction.builder().type(TransactionType.EIP1559).chainId(CHAIN_ID).nonce(nonce)
        .maxPriorityFeePerGas(Wei.of(1_000_000_000L)).maxFeePerGas(Wei.of(10_000_000_000L)).gasLimit(200_000)
        .to(to).data(data).value(Wei.ZERO), from);
  }

  /** Init code that deploys {@code runtime} as it is (CODECOPY of the bytes after this 12-byte prefix; RETURN). */
  public static Bytes initCodeFor(final Bytes runtime) {
    final int n = runtime.size();
    return Bytes.concatenate(Bytes.of(0x60, n, 0x60, 0x0c, 0x60, 0x00, 0x39, 0x60, n, 0x60, 0x00, 0xf3), runtime);
  }

  /**
   * Hand-assembled runtime: stores the first calldata word in slot 0 and emits it as a LOG1 topic with no data.
   * {@code PUSH1 0 CALLDATALOAD PUSH1 0 SSTORE PUSH1 0 CALLDATALOAD PUSH1 0 PUSH1 0 LOG1 STOP}.
   */
  public static final Bytes STORE_AND_LOG = Bytes.fromHexString("0x60003560005560003560006000a100");

  public static List<Transaction> transfers(final KeyPair from, final int count) {
    final List<Transaction> txs = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      txs.add(transfer(from, i));
    }
    return txs;
  }
}
