package io.tributary.rpc.results;

import io.tributary.core.block.BlockHeader;
import io.tributary.core.transaction.AccessListEntry;
import io.tributary.core.transaction.Transaction;
import io.tributary.core.transaction.TransactionType;
import io.tributary.core.types.Hash;
import io.tributary.core.types.Wei;
import io.tributary.state.processing.TransactionFees;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A transaction as Ethereum JSON-RPC shows it ({@code eth_getTransactionByHash}): quantities in hex, fields in
 * geth's order, only the fee fields of its type. Block fields are added by the caller when the transaction is mined.
 */
public final class TransactionResult {
  private TransactionResult() {}

  public static Map<String, Object> of(final Transaction tx) {
    final Map<String, Object> json = new LinkedHashMap<>();
    json.put("type", Quantities.of(tx.type().typeByte()));
    tx.chainId().ifPresent(id -> json.put("chainId", Quantities.of(id)));
    json.put("nonce", Quantities.of(tx.nonce()));
    if (tx.type().hasDynamicFees()) {
      json.put("maxPriorityFeePerGas", tx.maxPriorityFeePerGas().toShortHexString());
      json.put("maxFeePerGas", tx.maxFeePerGas().toShortHexString());
    } else {
      json.put("gasPrice", tx.maxFeePerGas().toShortHexString());
    }
    json.put("gas", Quantities.of(tx.gasLimit()));
    json.put("to", tx.to().map(a -> a.toHexString()).orElse(null));
    json.put("value", tx.value().toShortHexString());
    json.put("input", tx.data().toHexString());
    if (tx.type().isTyped()) {
      json.put("accessList", tx.accessList().stream().map(TransactionResult::entry).toList());
    }
    if (tx.type() == TransactionType.BLOB) {
      json.put("maxFeePerBlobGas", tx.maxFeePerBlobGas().orElseThrow().toShortHexString());
      json.put("blobVersionedHashes", tx.blobVersionedHashes().stream().map(Hash::toHexString).toList());
    }
    json.put("v", Quantities.of(tx.v()));
    if (tx.type().isTyped()) {
      json.put("yParity", Quantities.of(tx.signature().recId()));
    }
    json.put("r", Quantities.of(tx.signature().r()));
    json.put("s", Quantities.of(tx.signature().s()));
    json.put("hash", tx.hash().toHexString());
    json.put("from", tx.sender().map(a -> a.toHexString()).orElse(null));
    return json;
  }

  /**
   * A mined transaction: its block and position, and (as geth does) the price it actually paid per gas as
   * {@code gasPrice}, for dynamic-fee types too.
   */
  public static Map<String, Object> mined(final Transaction tx, final BlockHeader block, final int index) {
    final Map<String, Object> json = of(tx);
    json.put("blockHash", block.hash().toHexString());
    json.put("blockNumber", Quantities.of(block.number()));
    json.put("transactionIndex", Quantities.of(index));
    json.put("gasPrice", TransactionFees.effectiveGasPrice(tx, block.baseFeePerGas().orElse(Wei.ZERO))
        .toShortHexString());
    return json;
  }

  /** A transaction still in the pool: no block yet, and the fee cap as {@code gasPrice}, as geth shows it. */
  public static Map<String, Object> pending(final Transaction tx) {
    final Map<String, Object> json = of(tx);
    json.put("blockHash", null);
    json.put("blockNumber", null);
    json.put("transactionIndex", null);
    json.put("gasPrice", tx.maxFeePerGas().toShortHexString());
    return json;
  }

  private static Map<String, Object> entry(final AccessListEntry entry) {
    final Map<String, Object> json = new LinkedHashMap<>();
    json.put("address", entry.address().toHexString());
    json.put("storageKeys", entry.storageKeys().stream().map(Hash::toHexString).toList());
    return json;
  }

  /** For callers that list several. */
  public static List<Map<String, Object>> of(final List<Transaction> txs) {
    return txs.stream().map(TransactionResult::of).toList();
  }
}
