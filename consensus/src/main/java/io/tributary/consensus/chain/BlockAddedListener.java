package io.tributary.consensus.chain;

import io.tributary.core.block.Block;
import io.tributary.core.block.TransactionReceipt;
import java.util.List;

/** Told about every block that became the new head (after it is durably committed). */
@FunctionalInterface
public interface BlockAddedListener {
  void onBlockAdded(Block block, List<TransactionReceipt> receipts);
}
