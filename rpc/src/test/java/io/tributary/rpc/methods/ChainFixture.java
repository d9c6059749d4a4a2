package io.tributary.rpc.methods;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tributary.core.block.Block;
import io.tributary.core.block.BlockBody;
import io.tributary.core.block.BlockHeader;
import io.tributary.core.block.LogsBloom;
import io.tributary.core.block.TransactionReceipt;
import io.tributary.core.crypto.Keccak256;
import io.tributary.core.crypto.KeyPair;
import io.tributary.core.crypto.SignatureAlgorithms;
import io.tributary.core.transaction.Transaction;
import io.tributary.core.types.Address;
import io.tributary.core.types.Wei;
import io.tributary.rpc.JsonRpcMethods;
import io.tributary.rpc.JsonRpcProcessor;
import io.tributary.rpc.query.BlockchainQueries;
import io.tributary.state.chain.BlockCommitter;
import io.tributary.state.chain.ChainStore;
import io.tributary.state.processing.BlockContext;
import io.tributary.state.processing.BlockProcessingResult;
import io.tributary.state.processing.BlockProcessor;
import io.tributary.state.spec.ProtocolSchedule;
import io.tributary.state.spec.TributaryProtocolSpecs;
import io.tributary.state.storage.InMemoryKeyValueStorage;
import io.tributary.state.trie.StoredTrieNodes;
import io.tributary.state.trie.TrieRoots;
import io.tributary.state.world.WorldStateArchive;
import io.tributary.state.world.WorldUpdater;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;

/**
 * What the method tests' chains share: a chain in memory with its world states, queries and schedule; blocks
 * committed one on another every two seconds, either executed from their transactions or given with their receipts;
 * and the JSON-RPC methods a chain is served with, called as a client would.
 */
abstract class ChainFixture {
  static final long CHAIN_ID = 7357;
  static final Wei GWEI = Wei.of(1_000_000_000L);
  static final long GAS_LIMIT = 30_000_000;
  /** The coinbase of the blocks {@link #mine} executes. */
  static final Address COINBASE = Address.fromHexString("0x00000000000000000000000000000000000000cb");

  final InMemoryKeyValueStorage storage = new InMemoryKeyValueStorage();
  final WorldStateArchive archive = new WorldStateArchive(storage);
  final ChainStore chain = new ChainStore(storage);
  final ProtocolSchedule schedule = TributaryProtocolSpecs.schedule(CHAIN_ID);
  final BlockchainQueries queries = new BlockchainQueries(chain, archive, StoredTrieNodes.reader(storage), schedule);
  final List<Block> blocks = new ArrayList<>();
  private final BlockCommitter committer = new BlockCommitter(storage, archive, chain);
  private RpcCalls rpc;

  /** A test key, the same for a name in every fixture. */
  static KeyPair key(final String name) {
    return SignatureAlgorithms.get().createKeyPair(Bytes32.wrap(Keccak256.hash(
        Bytes.wrap(("tributary-rpc-test-" + name).getBytes(StandardCharsets.US_ASCII)))));
  }

  /** Commits block 0 with this state and no transactions. */
  void commitGenesis(final WorldUpdater state) {
    final BlockHeader header = BlockHeader.builder().number(0).gasLimit(GAS_LIMIT).timestamp(0)
        .stateRoot(archive.rootAfter(state)).tributaryCancunFields(GWEI).build();
    commit(new Block(header, BlockBody.of(List.of())), List.of(), state);
  }

  /** Executes {@code txs} in a block on the head, mined by {@link #COINBASE}, and commits it; its receipts. */
  List<TransactionReceipt> mine(final List<Transaction> txs) {
    final BlockHeader parent = head();
    final long number = parent.number() + 1;
    final WorldUpdater state = archive.updater(parent.stateRoot());
    final BlockProcessingResult result = new BlockProcessor(schedule.specAt(number)).process(state,
        new BlockContext(number, parent.timestamp() + 2, COINBASE, baseFeeAfter(parent), GAS_LIMIT), txs);
    assertThat(result.isValid()).as(String.valueOf(result)).isTrue();
    commitBlock(txs, result.receipts(), result.gasUsed(), COINBASE, state);
    return result.receipts();
  }

  /** Commits a block on the head holding {@code txs}, with these receipts and {@code state} after them. */
  void commitBlock(final List<Transaction> txs, final List<TransactionReceipt> receipts, final long gasUsed,
      final Address coinbase, final WorldUpdater state) {
    final BlockHeader parent = head();
    final BlockHeader header = BlockHeader.builder().parentHash(parent.hash()).number(parent.number() + 1)
        .gasLimit(GAS_LIMIT).gasUsed(gasUsed).timestamp(parent.timestamp() + 2).coinbase(coinbase)
        .stateRoot(archive.rootAfter(state))
        .transactionsRoot(TrieRoots.orderedRoot(txs.stream().map(Transaction::encoded).toList()))
        .receiptsRoot(TrieRoots.orderedRoot(receipts.stream().map(TransactionReceipt::encoded).toList()))
        .logsBloom(LogsBloom.union(receipts.stream().map(TransactionReceipt::bloom).toList()))
        .tributaryCancunFields(baseFeeAfter(parent)).build();
    commit(new Block(header, BlockBody.of(txs)), receipts, state);
  }

  private Wei baseFeeAfter(final BlockHeader parent) {
    return schedule.specAt(parent.number() + 1).baseFee().nextBaseFee(parent);
  }

  private void commit(final Block block, final List<TransactionReceipt> receipts, final WorldUpdater state) {
    assertThat(committer.commit(block, receipts, state).isValid()).isTrue();
    blocks.add(block);
  }

  BlockHeader head() {
    return blocks.get(blocks.size() - 1).header();
  }

  Transaction tx(final int block, final int index) {
    return blocks.get(block).body().transactions().get(index);
  }

  /** Serves the chain with these methods, at most 10 calls a batch. */
  void serve(final JsonRpcMethods methods) {
    rpc = new RpcCalls(new JsonRpcProcessor(methods, 10));
  }

  /** The {@code result} of a call; fails the test on an error. */
  JsonNode result(final String method, final String params) {
    return rpc.result(method, params);
  }

  /** The {@code error} of a call; fails the test on a result. */
  JsonNode error(final String method, final String params) {
    return rpc.error(method, params);
  }

  JsonNode call(final String method, final String params) {
    return rpc.call(method, params);
  }
}
