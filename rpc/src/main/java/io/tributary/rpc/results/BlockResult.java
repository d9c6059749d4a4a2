package io.tributary.rpc.results;

import io.tributary.core.block.Block;
import io.tributary.core.block.BlockHeader;
import io.tributary.core.transaction.Transaction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A block as geth prints it for {@code eth_getBlockByHash/Number}: every header field (the Cancun ones included),
 * size, a zero total difficulty (no proof of work), no uncles, no withdrawals, and the transactions as hashes or as
 * full objects.
 */
public final class BlockResult {
  private BlockResult() {}

  public static Map<String, Object> of(final Block block, final boolean fullTransactions) {
    final BlockHeader header = block.header();
    final Map<String, Object> json = header(header);
    json.put("size", Quantities.of(block.encoded().size()));
    json.put("totalDifficulty", "0x0");
    final List<Transaction> txs = block.body().transactions();
    final List<Object> transactions = new ArrayList<>(txs.size());
    for (int i = 0; i < txs.size(); i++) {
      transactions.add(fullTransactions ? TransactionResult.mined(txs.get(i), header, i) : txs.get(i).hash().toHexString());
    }
    json.put("transactions", transactions);
    json.put("uncles", List.of());
    header.withdrawalsRoot().ifPresent(root -> json.put("withdrawals", List.of()));
    return json;
  }

  /** The header fields alone, as {@code eth_subscribe("newHeads")} sends them. */
  public static Map<String, Object> header(final BlockHeader header) {
    final Map<String, Object> json = new LinkedHashMap<>();
    json.put("number", Quantities.of(header.number()));
    json.put("hash", header.hash().toHexString());
    json.put("parentHash", header.parentHash().toHexString());
    json.put("sha3Uncles", header.ommersHash().toHexString());
    json.put("miner", header.coinbase().toHexString());
    json.put("stateRoot", header.stateRoot().toHexString());
    json.put("transactionsRoot", header.transactionsRoot().toHexString());
    json.put("receiptsRoot", header.receiptsRoot().toHexString());
    json.put("logsBloom", header.logsBloom().toBytes().toHexString());
    json.put("difficulty", Quantities.of(header.difficulty().toBigInteger()));
    json.put("gasLimit", Quantities.of(header.gasLimit()));
    json.put("gasUsed", Quantities.of(header.gasUsed()));
    json.put("timestamp", Quantities.of(header.timestamp()));
    json.put("extraData", header.extraData().toHexString());
    json.put("mixHash", header.mixHash().toHexString());
    json.put("nonce", header.nonce().toHexString());
    header.baseFeePerGas().ifPresent(fee -> json.put("baseFeePerGas", fee.toShortHexString()));
    header.withdrawalsRoot().ifPresent(root -> json.put("withdrawalsRoot", root.toHexString()));
    header.blobGasUsed().ifPresent(gas -> json.put("blobGasUsed", Quantities.of(gas)));
    header.excessBlobGas().ifPresent(gas -> json.put("excessBlobGas", Quantities.of(gas)));
    header.parentBeaconBlockRoot().ifPresent(root -> json.put("parentBeaconBlockRoot", root.toHexString()));
    return json;
  }
}
