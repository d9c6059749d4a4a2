package io.tributary.rpc.methods;


import io.tributary.core.crypto.KeyPair;
import io.tributary.core.transaction.Transaction;
import io.tributary.core.transaction.TransactionSigner;
import io.tributary.core.transaction.TransactionType;
import io.tributary.core.types.Address;
import io.tributary.core.types.Hash;
import io.tributary.core.types.Wei;
import io.tributary.rpc.JsonRpcMethods;
import io.tributary.state.world.WorldUpdater;
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
final class ContractChain extends ChainFixture {
  static final KeyPair ALICE = key("alice");
  static final KeyPair BOB = key("bob");

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

  ContractChain() {
    final WorldUpdater state = archive.updater(Hash.EMPTY_TRIE_HASH);
    state.setBalance(ALICE.address(), Wei.ofTrib(1_000));
    state.setCode(RETURNS_42, RETURNS_42_CODE);
    state.setCode(REVERTS_NOPE, REVERTS_NOPE_CODE);
    state.setCode(NUMBER, NUMBER_CODE);
    state.setCode(INVALID, INVALID_CODE);
    commitGenesis(state);

    mine(List.of(tx(0, Optional.empty(), initCodeFor(STORE_AND_LOG_CODE)),
        tx(1, Optional.of(BOB.address()), Bytes.EMPTY)));
    mine(List.of(tx(2, Optional.of(STORE), Bytes32.leftPad(Bytes.of(7))),
        tx(3, Optional.of(REVERTS_NOPE), Bytes.EMPTY)));

    serve(new JsonRpcMethods()
        .register(new EthCall(queries, archive, schedule))
        .register(new EthEstimateGas(queries, archive, schedule))
        .register(new EthGetCode(queries))
        .register(new EthGetTransactionReceipt(queries))
        .register(new DebugTraceTransaction(queries, archive, schedule)));
  }

  /** Init code that deploys {@code runtime} as it is (CODECOPY of the bytes after this 12-byte prefix; RETURN). */
  static Bytes initCodeFor(final Bytes runtime) {
    final int n = runtime.size();
    return Bytes.concatenate(Bytes.of(0x60, n, 0x60, 0x0c, 0x60, 0x00, 0x39, 0x60, n, 0x60, 0x00, 0xf3), runtime);
  }

  private static Transaction tx(final long nonce, final Optional<Address> to, final Bytes data) {
    final Transaction.Builder builder = Transaction.builder().type(TransactionType.EIP1559).chainId(CHAIN_ID)
        .nonce(nonce).maxPriorityFeePerGas(GWEI).maxFeePerGas(GWEI.multiply(10)).gasLimit(200_000).data(data)
        .value(to.isPresent() && data.isEmpty() ? Wei.of(5) : Wei.ZERO);
    to.ifPresent(builder::to);
    return TransactionSigner.sign(builder, ALICE);
  }
}
