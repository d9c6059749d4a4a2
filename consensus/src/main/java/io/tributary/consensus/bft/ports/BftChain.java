package io.tributary.consensus.bft.ports;

import io.tributary.consensus.bft.BftValidators;
import io.tributary.core.block.BlockHeader;
import io.tributary.core.types.Address;
import io.tributary.core.block.CommitCertificate;
import java.util.List;
import java.util.Optional;

/** The engine's view of the node's chain: the committed head and the certificate that finalised it. */
public interface BftChain {
  /** The header of the highest committed block (the genesis block on a fresh chain). */
  BlockHeader head();

  /** The commit certificate of {@link #head()}; empty for the genesis block (final by definition). */
  Optional<CommitCertificate> headCertificate();

  /**
   * The validator set that must finalise the child of {@code parent}. By default the parent's own, as its extraData
   * names it (a set that never changes: simulations, tests); the node reads it from the parent's state, where
   * governance changes it.
   */
  default List<Address> validatorsAfter(final BlockHeader parent) {
    return BftValidators.of(parent);
  }
}
