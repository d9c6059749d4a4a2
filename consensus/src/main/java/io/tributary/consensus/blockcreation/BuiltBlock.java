package io.tributary.consensus.blockcreation;

import io.tributary.core.block.Block;
import io.tributary.core.block.TransactionReceipt;
import io.tributary.state.world.WorldUpdater;
import java.util.List;

/** A block with the effects of executing it, ready to be committed without executing it again. */
public record BuiltBlock(Block block, List<TransactionReceipt> receipts, WorldUpdater changes) {
  public BuiltBlock {
    receipts = List.copyOf(receipts);
  }

  /** The same block and effects under a different header (after sealing, which only touches extraData). */
  public BuiltBlock withBlock(final Block sealed) {
    return new BuiltBlock(sealed, receipts, changes);
  }
}
