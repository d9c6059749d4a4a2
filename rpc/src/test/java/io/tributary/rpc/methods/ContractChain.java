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
import io.tributary.core.transaction.TransactionSigner;
import io.tributary.core.transaction.TransactionType;
import io.tributary.core.types.Address;
import io.tributary.core.types.Hash;
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
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;

/**
 * A chain whose blocks really ran through the EVM, with hand-assembled contracts, served with the methods that run
 * code (eth_call, eth_estimateGas, debug_traceTransaction):
 * <ul>
 *   <li>0: genesis; Alice holds 1,000 TRIB; RETURNS_42, REVERTS_NOPE, NUMBER, INVALID hold their code</li>
 *   <li>1: Alice deploys STORE_AND_LOG (at {@link #STORE}) and a transfer of 5 wei to Bob</li>
 *   <li>2: Alice calls STORE_AND_LOG with 7; then Alice calls REVERTS_NOPE</li>
 * </ul>
 */
final class ContractChain {
  static final long CHAIN_ID = 7357;
  static final KeyPair ALICE = key("alice");
  static final KeyPair BOB = key("bob");
  static final Wei GWEI = Wei.of(1_000_000_000L);
  static final long GAS_LIMIT = 30_000_000;

  /** {@code PUSH1 42 PUSH1 0 MSTORE PUSH1 32 PUSH1 0 RETURN}: returns the word 42. */
  static final Bytes RETURNS_42_CODE = Bytes.fromHexString("0x602a60005260206000f3");
  /** Reverts with {@code Error("nope")}: selector, offset 32, length 4, "nope", written by four MSTOREs. */
  static final Bytes REVERTS_NOPE_CODE = Bytes.fromHexString("0x7f08c379a0" + "00".repeat(28) + "600052"
      + "6020600452" + "6004602452" + "7f6e6f7065" + "00".repeat(28) + "604452" + "60646000fd");
  /** {@code NUMBER PUSH1 0 MSTORE PUSH1 32 PUSH1 0 RETURN}: returns the block number. */
  static final Bytes NUMBER_CODE = Bytes.fromHexString("0x4360005260206000f3");
  /** {@code INVALID}: fails whatever gas it gets. */
  static final Bytes INVALID_CODE = Bytes.fromHexString("0xfe");
  /**
   * Stores the first calldata word in slot 0 and emits it as a LOG1 topic:
   * {@code PUSH1 0 CALLDATALOAD PUSH1 0 SSTORE PUSH1 0 CALLDATALOAD PUSH1 0 PUSH1 0 LOG1 STOP}.
   */
  static final Bytes STORE_AND_LOG_CODE = Bytes.fromHexString("0x60003560005560003560006000a100");

  static final Address RETURNS_42 = Address.fromHexString("0x0000000000000000000000000000000000004242");
  static final Address REVERTS_NOPE = Address.fromHexString("0x000000000000000000000000000000000000dead");
  static final Address NUMBER = Address.fromHexString("0x0000000000000000000000000000000000000043");
  static final Address INVALID = Address.fromHexString("0x00000000000000000000000000000000000000fe");
  static final Address STORE = io.tributary.vm.ContractAddress.forCreate(ALICE.address(), 0);

  final InMemoryKeyValueStorage storage = new InMemoryKeyValueStorage();
  final WorldStateArchive archive = new WorldStateArchive(storage);
  final ChainStore chain = new ChainStore(storage);
  final ProtocolSchedule schedule = TributaryProtocolSpecs.schedule(CHAIN_ID);
  final BlockchainQueries queries = new BlockchainQueries(chain, archive, StoredTrieNodes.reader(storage), schedule);
  final List<Block> blocks = new ArrayList<>();
  private final BlockCommitter committer = new BlockCommitter(storage, archive, chain);
  private final RpcCalls rpc;

  ContractChain() {
    final WorldUpdater state = archive.updater(Hash.EMPTY_TRIE_HASH);
    state.setBalance(ALICE.address(), Wei.ofTrib(1_000));
    state.setCode(RETURNS_42, RETURNS_42_CODE);
    state.setCode(REVERTS_NOPE, REVERTS_NOPE_CODE);
    state.setCode(NUMBER, NUMBER_CODE);
    state.setCode(INVALID, INVALID_CODE);
    final BlockHeader genesis = BlockHeader.builder().number(0).gasLimit(GAS_LIMIT).timestamp(0)
        .stateRoot(archive.rootAfter(state)).tributaryCancunFields(GWEI).build();
    assertThat(committer.commit(new Block(genesis, BlockBody.of(List.of())), List.of(), state).isValid()).isTrue();
    blocks.add(new Block(genesis, BlockBody.of(List.of())));

    mine(List.of(tx(0, Optional.empty(), initCodeFor(STORE_AND_LOG_CODE)),
        tx(1, Optional.of(BOB.address()), Bytes.EMPTY)));
    mine(List.of(tx(2, Optional.of(STORE), Bytes32.leftPad(Bytes.of(7))),
        tx(3, Optional.of(REVERTS_NOPE), Bytes.EMPTY)));

    rpc = new RpcCalls(new JsonRpcProcessor(new JsonRpcMethods()
        .register(new EthCall(queries, archive, schedule))
        .register(new EthEstimateGas(queries, archive, schedule))
        .register(new EthGetCode(queries))
        .register(new EthGetTransactionReceipt(queries))
        .register(new DebugTraceTransaction(queries, archive, schedule)), 10));
  }

  /** Init code that deploys {@code runtime} as it is (CODECOPY of the bytes after this 12-byte prefix; RETURN). */
  static Bytes initCodeFor(final Bytes runtime) {
    final int n = runtime.size();
    return Bytes.concatenate(Bytes.of(0x60, n, 0x60, 0x0c, 0x60, 0x00, 0x39, 0x60, n, 0x60, 0x00, 0xf3), runtime);
  }

  Transaction tx(final int block, final int index) {
    return blocks.get(block).body().transactions().get(index);
  }

  private static Transaction tx(final long nonce, final Optional<Address> to, final Bytes data) {
    final Transaction.Builder builder = Transaction.builder().type(TransactionType.EIP1559).chainId(CHAIN_ID)
        .nonce(nonce).maxPriorityFeePerGas(GWEI).maxFeePerGas(GWEI.multiply(10)).gasLimit(200_000).data(data)
        .value(to.isPresent() && data.isEmpty() ? Wei.of(5) : Wei.ZERO);
    to.ifPresent(builder::to);
    return TransactionSigner.sign(builder, ALICE);
  }

  private void mine(final List<Transaction> txs) {
    final BlockHeader parent = blocks.get(blocks.size() - 1).header();
    final long number = parent.number() + 1;
    final Wei baseFee = schedule.specAt(number).baseFee().nextBaseFee(parent);
    final Address coinbase = Address.fromHexString("0x00000000000000000000000000000000000000cb");
    final WorldUpdater state = archive.updater(parent.stateRoot());
    final BlockProcessingResult result = new BlockProcessor(schedule.specAt(number)).process(state,
        new BlockContext(number, parent.timestamp() + 2, coinbase, baseFee, GAS_LIMIT), txs);
    assertThat(result.isValid()).isTrue();
    final BlockHeader header = BlockHeader.builder().parentHash(parent.hash()).number(number).gasLimit(GAS_LIMIT)
        .gasUsed(result.gasUsed()).timestamp(parent.timestamp() + 2).coinbase(coinbase)
        .stateRoot(archive.rootAfter(state))
        .transactionsRoot(TrieRoots.orderedRoot(txs.stream().map(Transaction::encoded).toList()))
        .receiptsRoot(TrieRoots.orderedRoot(result.receipts().stream().map(TransactionReceipt::encoded).toList()))
        .logsBloom(LogsBloom.union(result.receipts().stream().map(TransactionReceipt::bloom).toList()))
        .tributaryCancunFields(baseFee).build();
    final Block block = new Block(header, BlockBody.of(txs));
    assertThat(committer.commit(block, result.receipts(), state).isValid()).isTrue();
    blocks.add(block);
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


  private static KeyPair key(final String name) {
    return SignatureAlgorithms.get().createKeyPair(Bytes32.wrap(Keccak256.hash(
        Bytes.wrap(("tributary-rpc-test-" + name).getBytes(StandardCharsets.US_ASCII)))));
  }
}
