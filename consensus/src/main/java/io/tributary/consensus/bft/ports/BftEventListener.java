package io.tributary.consensus.bft.ports;

import io.tributary.consensus.bft.message.BftMessage;
import io.tributary.consensus.bft.statemachine.Timeout;
import io.tributary.core.block.Block;
import io.tributary.core.block.CommitCertificate;
import io.tributary.core.types.Address;
import java.util.List;

/**
 * What the engine reports for operators and for the node's peer scoring. Every method has an empty default; the
 * service's implementation logs them.
 */
public interface BftEventListener {
  /** A height started (after the previous block was committed). */
  default void heightStarted(final long height, final List<Address> validators, final Address proposer) {}

  /** A new round started: after a timeout, or skipped to because f+1 validators were there. */
  default void roundStarted(final long height, final int round, final Address proposer, final String reason) {}

  default void timeoutFired(final Timeout timeout) {}

  /** This validator proposed a block (fresh, or re-proposing the valid block of {@code validRound}). */
  default void proposed(final long height, final int round, final Block block, final int validRound) {}

  /** A proposal's block was refused; this validator prepares nil. */
  default void proposalRejected(final long height, final int round, final Address proposer, final String reason) {}

  /** A message of the current height was refused by the message checks. */
  default void messageRejected(final BftMessage message, final String reason) {}

  /** A block became final here. */
  default void decided(final long height, final int round, final Block block, final CommitCertificate certificate,
      final List<Address> committers) {}

  /**
   * {@code author} signed two different messages of one type for one (height, round). Only the first counts; the
   * node may penalise the author.
   */
  default void equivocation(final Address author, final BftMessage first, final BftMessage second) {}

  /** The write-ahead log held something this validator had signed, re-sent instead of signing anew. */
  default void resentFromWal(final BftMessage message, final String why) {}
}
