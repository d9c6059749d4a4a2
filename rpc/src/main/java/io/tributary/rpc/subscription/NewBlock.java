package io.tributary.rpc.subscription;

import io.tributary.core.block.Block;
import io.tributary.core.block.TransactionReceipt;
import java.util.List;

/** A block that just became the head, with its receipts (logs subscriptions read them). */
public record NewBlock(Block block, List<TransactionReceipt> receipts) {
  public NewBlock {
    receipts = List.copyOf(receipts);
  }
}
