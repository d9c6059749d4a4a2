package io.tributary.consensus.bft.ports;

import io.tributary.core.block.Block;
import io.tributary.core.block.CommitCertificate;

/**
 * Receives each block the engine decided, with the certificate (a quorum of commit seals) that makes it final. The
 * node imports and stores both, then tells the engine of its new head: either synchronously (the engine sees the new
 * head in {@link BftChain#head()} when this returns) or later through {@code handleNewChainHead}.
 */
@FunctionalInterface
public interface FinalizedBlocks {
  void onFinalized(Block block, CommitCertificate certificate);
}
