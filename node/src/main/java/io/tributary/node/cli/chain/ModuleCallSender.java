package io.tributary.node.cli.chain;

import com.fasterxml.jackson.databind.JsonNode;
import io.tributary.core.abi.RevertReason;
import io.tributary.core.crypto.KeyPair;
import io.tributary.core.transaction.Transaction;
import io.tributary.core.transaction.TransactionSigner;
import io.tributary.core.transaction.TransactionType;
import io.tributary.core.types.Address;
import io.tributary.core.types.Hash;
import io.tributary.core.types.Wei;
import java.io.PrintWriter;
import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.tuweni.bytes.Bytes;

/**
 * Sends one call to a module as a signed EIP-1559 transaction, the way a wallet does: chain id, pending nonce and fees
 * from the node, gas from {@code eth_estimateGas} (whose revert is the module's reason, and stops the call before
 * anything is sent), then {@code eth_sendRawTransaction} and a wait for the receipt. Prints the hash, the block, the
 * gas used and the decoded module events.
 */
public final class ModuleCallSender {
  private static final BigInteger ONE_GWEI = BigInteger.valueOf(1_000_000_000L);
  private static final Duration POLL = Duration.ofMillis(100);

  private final JsonRpcClient rpc;
  private final KeyPair key;
  private final Duration receiptTimeout;
  private final PrintWriter out;
  private Long chainId;

  public ModuleCallSender(final JsonRpcClient rpc, final KeyPair key, final Duration receiptTimeout,
      final PrintWriter out) {
    this.rpc = rpc;
    this.key = key;
    this.receiptTimeout = receiptTimeout;
    this.out = out;
  }

  public Address sender() {
    return key.address();
  }

  public JsonRpcClient rpc() {
    return rpc;
  }

  /** Sends {@code data} with {@code value} to {@code module} and waits until it is mined. */
  public SentCall send(final Address module, final Wei value, final Bytes data) throws ModuleCallFailed {
    final Map<String, Object> call = new LinkedHashMap<>();
    call.put("from", key.address().toHexString());
    call.put("to", module.toHexString());
    call.put("data", data.toHexString());
    call.put("value", JsonRpcClient.quantity(value.toBigInteger()));
    final long gas = estimateGas(call);
    final Fees fees = fees();
    final long nonce = nonce("pending").longValueExact();
    final Transaction tx = TransactionSigner.sign(Transaction.builder().type(TransactionType.EIP1559)
        .chainId(chainId()).nonce(nonce).maxPriorityFeePerGas(Wei.of(fees.tip())).maxFeePerGas(Wei.of(fees.cap()))
        .gasLimit(gas).to(module).value(value).data(data), key);
    final Hash hash;
    try {
      hash = Hash.fromHexString(rpc.call("eth_sendRawTransaction", tx.encoded().toHexString()).asText());
    } catch (final RpcException e) {
      throw new ModuleCallFailed("the node refused the transaction: " + e.getMessage());
    }
    final JsonNode receipt = awaitReceipt(hash);
    final long block = JsonRpcClient.quantity(receipt.get("blockNumber")).longValueExact();
    final long gasUsed = JsonRpcClient.quantity(receipt.get("gasUsed")).longValueExact();
    if (JsonRpcClient.quantity(receipt.get("status")).signum() == 0) {
      throw new ModuleCallFailed("transaction " + hash.toHexString() + " failed in block " + block + " (gas used "
          + gasUsed + " of " + gas + (gasUsed == gas ? ": out of gas" : "") + ")" + replayedReason(call, block));
    }
    final List<DecodedEvent> events = new ArrayList<>();
    for (final JsonNode log : receipt.path("logs")) {
      ModuleEvents.decode(log).ifPresent(events::add);
    }
    out.printf("tx %s: block %d, gas used %,d%n", hash.toHexString(), block, gasUsed);
    for (final DecodedEvent event : events) {
      out.println("  " + event);
    }
    out.flush();
    return new SentCall(hash, block, gasUsed, events);
  }

  /** Waits until every transaction the signer has sent is mined (its pending nonce equals its latest). */
  public void awaitNoPending() throws ModuleCallFailed {
    final long deadline = System.nanoTime() + receiptTimeout.toNanos();
    while (!nonce("pending").equals(nonce("latest"))) {
      if (System.nanoTime() > deadline) {
        throw new ModuleCallFailed(key.address().toChecksumString() + " still has pending transactions after "
            + receiptTimeout.toSeconds() + " s");
      }
      pause();
    }
  }

  private BigInteger nonce(final String block) {
    return JsonRpcClient.quantity(rpc.call("eth_getTransactionCount", key.address().toHexString(), block));
  }

  private void pause() throws ModuleCallFailed {
    try {
      Thread.sleep(POLL.toMillis());
    } catch (final InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ModuleCallFailed("interrupted while waiting for the node");
    }
  }

  private long chainId() {
    if (chainId == null) {
      chainId = JsonRpcClient.quantity(rpc.call("eth_chainId")).longValueExact();
    }
    return chainId;
  }

  private long estimateGas(final Map<String, Object> call) throws ModuleCallFailed {
    final long estimate;
    try {
      estimate = JsonRpcClient.quantity(rpc.call("eth_estimateGas", call)).longValueExact();
    } catch (final RpcException e) {
      if (e.code() == JsonRpcClient.TRANSPORT_ERROR) {
        throw e;
      }
      throw new ModuleCallFailed(reason(e) + " (nothing was sent)");
    }
    // A margin for what differs between the estimate and the block; the unused gas is refunded. eth_estimateGas runs
    // with the latest block's number: on genesis that is 0, and a module record that stores the block number (a
    // dataset's registeredAt) then writes zero over zero, 20,000 gas less than in block 1 and later.
    return estimate + Math.max(estimate / 5, 50_000);
  }

  /** The module's revert reason ({@code Name: details}) when the error carries {@code Error(string)} data. */
  static String reason(final RpcException e) {
    return e.dataBytes().flatMap(RevertReason::decode)
        .orElse(e.getMessage().replaceFirst("^execution reverted: ", ""));
  }

  private String replayedReason(final Map<String, Object> call, final long block) {
    try {
      rpc.call("eth_call", call, JsonRpcClient.quantity(block - 1));
      return "";
    } catch (final RpcException e) {
      return ": " + reason(e);
    }
  }

  private record Fees(BigInteger tip, BigInteger cap) {}

  private Fees fees() {
    BigInteger tip;
    try {
      tip = JsonRpcClient.quantity(rpc.call("eth_maxPriorityFeePerGas"));
    } catch (final RpcException e) {
      tip = ONE_GWEI;
    }
    BigInteger baseFee;
    try {
      final JsonNode history = rpc.call("eth_feeHistory", "0x1", "latest", List.of());
      final JsonNode bases = history.path("baseFeePerGas");
      baseFee = JsonRpcClient.quantity(bases.get(bases.size() - 1)); // the next block's
    } catch (final RpcException | NullPointerException | IllegalArgumentException e) {
      baseFee = JsonRpcClient.quantity(rpc.call("eth_gasPrice"));
    }
    // twice the base fee keeps the transaction includable through six full blocks of 12.5% rises
    return new Fees(tip, baseFee.shiftLeft(1).add(tip));
  }

  private JsonNode awaitReceipt(final Hash hash) throws ModuleCallFailed {
    final long deadline = System.nanoTime() + receiptTimeout.toNanos();
    while (true) {
      final JsonNode receipt = rpc.call("eth_getTransactionReceipt", hash.toHexString());
      if (receipt != null && !receipt.isNull()) {
        return receipt;
      }
      if (System.nanoTime() > deadline) {
        throw new ModuleCallFailed("no receipt for " + hash.toHexString() + " after " + receiptTimeout.toSeconds()
            + " s; it may still be mined (eth_getTransactionReceipt)");
      }
      pause();
    }
  }
}
