package io.tributary.state.ai;

/**
 * How a model's inference fee is divided, in basis points summing to 10,000: the model's owner, the owner of the base
 * model it adapts (lineage; zero for a base model), the data contributors (by attribution), and the treasury.
 */
public record FeeSplit(int ownerBps, int lineageBps, int dataBps, int treasuryBps) {
  public static final int TOTAL_BPS = 10_000;

  public boolean sumsToWhole() {
    return (long) ownerBps + lineageBps + dataBps + treasuryBps == TOTAL_BPS;
  }
}
