package io.tributary.consensus.bft;

import io.tributary.core.block.BftExtraData;
import io.tributary.core.block.BlockHeader;
import io.tributary.core.types.Address;
import java.util.List;

/** Integer rules over a validator set: quorum and proposer rotation. */
public final class BftValidators {
  private BftValidators() {}

  /** ceil(2n/3): any two quorums share at least one honest validator when at most f = (n-1)/3 are faulty. */
  public static int quorum(final int validators) {
    return (2 * validators + 2) / 3;
  }

  /** The proposer of {@code round} at {@code height}: rotates by height, then by round, over the sorted set. */
  public static Address proposer(final List<Address> validators, final long height, final int round) {
    final int n = validators.size();
    return validators.get((int) Math.floorMod(height + round, (long) n));
  }

  /** The set that must finalise the child of {@code parent} (the parent's, until governance changes it). */
  public static List<Address> of(final BlockHeader parent) {
    return BftExtraData.decode(parent.extraData()).validators();
  }
}
