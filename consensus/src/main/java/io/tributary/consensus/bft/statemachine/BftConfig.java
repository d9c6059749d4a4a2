package io.tributary.consensus.bft.statemachine;

/**
 * Engine timing and bounds, in integer milliseconds. Each step's timeout grows linearly with the round (Tendermint's
 * timeout + round * delta), capped at {@code maxTimeoutMillis}, so after the network stabilises some round is long
 * enough for every honest validator to hear every other.
 *
 * @param blockPeriodMillis the wait after a block is committed before the next height's proposer proposes
 *     (Tendermint's timeout_commit); the devnet's block time
 * @param proposeMillis round-0 wait for a proposal (after the block period)
 * @param proposeDeltaMillis added per round
 * @param voteMillis round-0 wait for prepares / commits to converge once a quorum voted
 * @param voteDeltaMillis added per round
 * @param retransmitMillis period at which own messages of the current round are re-sent (grows like the votes)
 * @param maxTimeoutMillis cap on every timeout
 * @param futureHeights how many heights above the current one buffer messages (replayed on advancing)
 * @param futureMessagesPerAuthor bound on buffered future messages per validator
 * @param roundWindow votes are stored for rounds up to current + this (higher rounds only count for round skips)
 */
public record BftConfig(long blockPeriodMillis, long proposeMillis, long proposeDeltaMillis, long voteMillis,
    long voteDeltaMillis, long retransmitMillis, long maxTimeoutMillis, int futureHeights,
    int futureMessagesPerAuthor, int roundWindow) {

  public BftConfig {
    if (blockPeriodMillis < 0 || proposeMillis <= 0 || voteMillis <= 0 || retransmitMillis <= 0
        || proposeDeltaMillis < 0 || voteDeltaMillis < 0 || maxTimeoutMillis <= 0 || futureHeights < 0
        || futureMessagesPerAuthor < 0 || roundWindow < 1) {
      throw new IllegalArgumentException("invalid BFT timing: " + this);
    }
  }

  /** 1 s blocks; 1 s (+0.5 s per round) to propose; 0.5 s (+0.25 s per round) for the vote steps. */
  public static BftConfig defaults() {
    return withBlockPeriod(1_000);
  }

  public static BftConfig withBlockPeriod(final long blockPeriodMillis) {
    return new BftConfig(blockPeriodMillis, 1_000, 500, 500, 250, 500, 30_000, 4, 64, 64);
  }

  public long proposeTimeout(final int round) {
    return grow(proposeMillis, proposeDeltaMillis, round);
  }

  public long voteTimeout(final int round) {
    return grow(voteMillis, voteDeltaMillis, round);
  }

  public long retransmitTimeout(final int round) {
    return grow(retransmitMillis, voteDeltaMillis, round);
  }

  private long grow(final long base, final long delta, final int round) {
    final long rounds = Math.min(round, 1_000_000L);
    return Math.min(maxTimeoutMillis, base + delta * rounds);
  }
}
