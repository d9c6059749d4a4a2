package io.tributary.consensus.bft.ports;

import io.tributary.core.block.BlockHeader;
import io.tributary.core.block.CommitCertificate;
import java.util.Optional;

/** The engine's view of the node's chain: the committed head and the certificate that finalised it. */
public interface BftChain {
  /** The header of the highest committed block (the genesis block on a fresh chain). */
  BlockHeader head();

  /** The commit certificate of {@link #head()}; empty for the genesis block (final by definition). */
  Optional<CommitCertificate> headCertificate();
}
