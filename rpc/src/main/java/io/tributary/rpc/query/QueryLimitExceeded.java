package io.tributary.rpc.query;

/** A query that would go past a {@link LogQueryLimits} bound; answered as -32005 with this message. */
public final class QueryLimitExceeded extends RuntimeException {
  public QueryLimitExceeded(final String message) {
    super(message);
  }
}
