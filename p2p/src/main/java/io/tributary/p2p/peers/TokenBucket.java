package io.tributary.p2p.peers;

/**
 * A token bucket in integer milli-tokens: holds at most {@code burst} tokens, refills {@code ratePerSecond} per
 * second of the given clock, and a message takes one. Not thread-safe (one per session, used on its event loop).
 */
public final class TokenBucket {
  private static final long MILLI = 1000;

  private final long capacity;
  private final long ratePerSecond;
  private long tokens;
  private long lastMillis;

  public TokenBucket(final int ratePerSecond, final int burst, final long nowMillis) {
    if (ratePerSecond < 1 || burst < 1) {
      throw new IllegalArgumentException("rate and burst must be at least 1");
    }
    this.capacity = burst * MILLI;
    this.ratePerSecond = ratePerSecond;
    this.tokens = capacity;
    this.lastMillis = nowMillis;
  }

  /** Takes a token if one is there. */
  public boolean tryTake(final long nowMillis) {
    refill(nowMillis);
    if (tokens >= MILLI) {
      tokens -= MILLI;
      return true;
    }
    return false;
  }

  /** Whole tokens left (for tests and logs). */
  public long available(final long nowMillis) {
    refill(nowMillis);
    return tokens / MILLI;
  }

  private void refill(final long nowMillis) {
    if (nowMillis <= lastMillis) {
      return; // a clock that stands still or steps back refills nothing
    }
    // One millisecond adds ratePerSecond milli-tokens; clamp so the product cannot overflow.
    final long elapsed = Math.min(nowMillis - lastMillis, capacity / ratePerSecond + 1);
    tokens = Math.min(capacity, tokens + elapsed * ratePerSecond);
    lastMillis = nowMillis;
  }
}
