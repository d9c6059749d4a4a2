package io.tributary.rpc.query;

/**
 * Bounds on one eth_getLogs call, so a single request cannot make the node read its whole history.
 *
 * @param maxBlockRange most blocks a fromBlock..toBlock range may span
 * @param maxResults most logs one answer may hold (Infura's 10,000)
 */
public record LogQueryLimits(long maxBlockRange, int maxResults) {
  public static final LogQueryLimits DEFAULT = new LogQueryLimits(10_000, 10_000);

  public LogQueryLimits {
    if (maxBlockRange < 1 || maxResults < 1) {
      throw new IllegalArgumentException("log query limits must be positive");
    }
  }
}
