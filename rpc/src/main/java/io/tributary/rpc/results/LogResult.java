package io.tributary.rpc.results;

import io.tributary.core.block.BlockHeader;
import io.tributary.core.block.Log;
import io.tributary.core.types.Hash;
import java.util.List;

/**
 * A log as geth prints it in receipts, eth_getLogs and logs subscriptions. {@code logIndex} counts logs across the
 * whole block; {@code removed} is always false because committed BFT blocks are never reorganised away.
 */
public record LogResult(String address, List<String> topics, String data, String blockNumber, String transactionHash,
    String transactionIndex, String blockHash, String logIndex, boolean removed) {

  public static LogResult of(final Log log, final BlockHeader block, final Hash transactionHash,
      final int transactionIndex, final int logIndexInBlock) {
    return new LogResult(log.address().toHexString(), log.topics().stream().map(Hash::toHexString).toList(),
        log.data().toHexString(), Quantities.of(block.number()), transactionHash.toHexString(),
        Quantities.of(transactionIndex), block.hash().toHexString(), Quantities.of(logIndexInBlock), false);
  }
}
