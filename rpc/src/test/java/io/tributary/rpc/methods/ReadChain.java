package io.tributary.rpc.methods;

import io.tributary.core.block.Block;
import io.tributary.core.block.Log;
import io.tributary.core.block.TransactionReceipt;
import io.tributary.core.crypto.Keccak256;
import io.tributary.core.crypto.KeyPair;
import io.tributary.core.transaction.Transaction;
import io.tributary.core.transaction.TransactionSigner;
import io.tributary.core.transaction.TransactionType;
import io.tributary.core.types.Address;
import io.tributary.core.types.Hash;
import io.tributary.core.types.Wei;
import io.tributary.rpc.JsonRpcMethods;
import io.tributary.rpc.JsonRpcProcessor;
import io.tributary.rpc.query.GasPriceOracle;
import io.tributary.rpc.query.LogQueryLimits;
import io.tributary.rpc.query.LogSearch;
import io.tributary.rpc.query.PendingNonces;
import io.tributary.rpc.query.PendingTransactionLookup;
import io.tributary.state.world.WorldUpdater;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.units.bigints.UInt256;

/**
 * A four-block chain in memory, served through a {@link JsonRpcProcessor} with every read method:
 * <ul>
 *   <li>0: genesis; Alice and Bob hold 1,000 TRIB, CONTRACT has code and two storage slots</li>
 *   <li>1: a legacy transfer Alice→Bob (one log) and an EIP-1559 transfer Bob→Carol (two logs)</li>
 *   <li>2: a contract creation by Alice and a failed EIP-1559 call by Alice (no logs)</li>
 *   <li>3: empty</li>
 * </ul>
 */
final class ReadChain extends ChainFixture {
  static final KeyPair ALICE = key("alice");
  static final KeyPair BOB = key("bob");
  static final KeyPair CAROL = key("carol");
  static final Address CONTRACT = Address.fromHexString("0x000000000000000000000000000000000000c0de");
  static final Address OTHER = Address.fromHexString("0x00000000000000000000000000000000000000aa");
  static final Bytes CODE = Bytes.fromHexString("0x602a60005500");
  static final Hash TOPIC_A = topic("A");
  static final Hash TOPIC_B = topic("B");
  static final Hash TOPIC_C = topic("C");

  final List<Transaction> pool = new ArrayList<>();
  /** Runs as the pool is asked for a sender's next nonce (a block can be added concurrently there). */
  Runnable onPoolRead = () -> {};

  ReadChain() {
    this(LogQueryLimits.DEFAULT);
  }

  ReadChain(final LogQueryLimits limits) {
    genesis();
    block1();
    block2();
    block3();
    final PendingTransactionLookup pending = hash -> pool.stream().filter(tx -> tx.hash().equals(hash)).findFirst();
    final PendingNonces nonces = (sender, stateNonce) -> {
      onPoolRead.run();
      final long pooled = pool.stream().filter(tx -> tx.sender().orElseThrow().equals(sender)).count();
      return pooled == 0 ? OptionalLong.empty() : OptionalLong.of(stateNonce + pooled);
    };
    final GasPriceOracle oracle = new GasPriceOracle(queries);
    serve(new JsonRpcMethods()
        .register(new EthBlockNumber(queries))
        .register(new EthGetBlockByNumber(queries))
        .register(new EthGetBlockByHash(queries))
        .register(new EthGetBlockTransactionCountByNumber(queries))
        .register(new EthGetBlockTransactionCountByHash(queries))
        .register(new EthGetTransactionByHash(queries, pending))
        .register(new EthGetTransactionByBlockNumberAndIndex(queries))
        .register(new EthGetTransactionByBlockHashAndIndex(queries))
        .register(new EthGetTransactionReceipt(queries))
        .register(new EthGetBalance(queries))
        .register(new EthGetTransactionCount(queries, nonces))
        .register(new EthGetCode(queries))
        .register(new EthGetStorageAt(queries))
        .register(new EthGetProof(queries))
        .register(new EthGetLogs(queries, new LogSearch(chain, limits)))
        .register(new EthGasPrice(oracle))
        .register(new EthMaxPriorityFeePerGas(oracle))
        .register(new EthFeeHistory(queries)));
  }

  static Address address(final KeyPair key) {
    return key.address();
  }

  Block block(final int number) {
    return blocks.get(number);
  }

  /** A signed transaction that is only in the pool. */
  Transaction pooled() {
    final Transaction tx = TransactionSigner.sign(Transaction.builder().type(TransactionType.EIP1559).chainId(CHAIN_ID)
        .nonce(1).maxPriorityFeePerGas(GWEI).maxFeePerGas(GWEI.multiply(10)).gasLimit(21_000)
        .to(address(CAROL)).value(Wei.of(5)), BOB);
    pool.add(tx);
    return tx;
  }

  /** Adds a block that includes every pooled transaction and empties the pool, as a node's importer does. */
  void includePooled() {
    final WorldUpdater state = archive.updater(head().stateRoot());
    final List<TransactionReceipt> blockReceipts = new ArrayList<>();
    for (final Transaction tx : pool) {
      state.incrementNonce(tx.sender().orElseThrow());
      blockReceipts.add(TransactionReceipt.of(tx.type(), true, 21_000L * (blockReceipts.size() + 1), List.of()));
    }
    next(List.copyOf(pool), blockReceipts, state);
    pool.clear();
  }

  private void genesis() {
    final WorldUpdater state = archive.updater(Hash.EMPTY_TRIE_HASH);
    state.setBalance(address(ALICE), Wei.ofTrib(1_000));
    state.setBalance(address(BOB), Wei.ofTrib(1_000));
    state.setCode(CONTRACT, CODE);
    state.setStorage(CONTRACT, UInt256.ZERO, UInt256.valueOf(42));
    state.setStorage(CONTRACT, UInt256.ONE, UInt256.valueOf(0x1234));
    commitGenesis(state);
  }

  private void block1() {
    final WorldUpdater state = archive.updater(head().stateRoot());
    final Transaction legacy = TransactionSigner.sign(Transaction.builder().type(TransactionType.LEGACY)
        .chainId(CHAIN_ID).nonce(0).gasPrice(GWEI.multiply(3)).gasLimit(21_000).to(address(BOB))
        .value(Wei.ofTrib(1)), ALICE);
    final Transaction dynamic = TransactionSigner.sign(Transaction.builder().type(TransactionType.EIP1559)
        .chainId(CHAIN_ID).nonce(0).maxPriorityFeePerGas(GWEI.multiply(2)).maxFeePerGas(GWEI.multiply(5))
        .gasLimit(21_000).to(address(CAROL)).value(Wei.of(7)), BOB);
    transfer(state, ALICE, address(BOB), Wei.ofTrib(1));
    transfer(state, BOB, address(CAROL), Wei.of(7));
    next(List.of(legacy, dynamic), List.of(
        TransactionReceipt.of(TransactionType.LEGACY, true, 21_000,
            List.of(new Log(CONTRACT, List.of(TOPIC_A, TOPIC_B), Bytes.of(1)))),
        TransactionReceipt.of(TransactionType.EIP1559, true, 42_000, List.of(
            new Log(CONTRACT, List.of(TOPIC_A), Bytes.of(2)),
            new Log(OTHER, List.of(TOPIC_C, TOPIC_A), Bytes.EMPTY)))), state);
  }

  private void block2() {
    final WorldUpdater state = archive.updater(head().stateRoot());
    final Transaction create = TransactionSigner.sign(Transaction.builder().type(TransactionType.EIP1559)
        .chainId(CHAIN_ID).nonce(1).maxPriorityFeePerGas(GWEI).maxFeePerGas(GWEI.multiply(4)).gasLimit(100_000)
        .data(CODE), ALICE);
    final Transaction failed = TransactionSigner.sign(Transaction.builder().type(TransactionType.EIP1559)
        .chainId(CHAIN_ID).nonce(2).maxPriorityFeePerGas(GWEI.multiply(3)).maxFeePerGas(GWEI.multiply(4))
        .gasLimit(50_000).to(CONTRACT), ALICE);
    state.incrementNonce(address(ALICE));
    state.incrementNonce(address(ALICE));
    next(List.of(create, failed), List.of(
        TransactionReceipt.of(TransactionType.EIP1559, true, 53_000, List.of()),
        TransactionReceipt.of(TransactionType.EIP1559, false, 83_000, List.of())), state);
  }

  private void block3() {
    next(List.of(), List.of(), archive.updater(head().stateRoot()));
  }

  private static void transfer(final WorldUpdater state, final KeyPair from, final Address to, final Wei value) {
    state.incrementNonce(from.address());
    state.subtractBalance(from.address(), value);
    state.addBalance(to, value);
  }

  private void next(final List<Transaction> txs, final List<TransactionReceipt> blockReceipts,
      final WorldUpdater state) {
    commitBlock(txs, blockReceipts,
        blockReceipts.isEmpty() ? 0 : blockReceipts.get(blockReceipts.size() - 1).cumulativeGasUsed(), OTHER, state);
  }

  private static Hash topic(final String name) {
    return Keccak256.hash(Bytes.wrap(name.getBytes(StandardCharsets.US_ASCII)));
  }
}
