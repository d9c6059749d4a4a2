package io.tributary.p2p;

/**
 * What a peer did wrong, and what it costs. Penalty points add up per node id and drain at
 * {@code P2pConfig.penaltyDecayPerSecond}; a peer reaching {@code P2pConfig.banThreshold} (default 100) is
 * disconnected with MISBEHAVING and banned for {@code P2pConfig.banDuration}.
 */
public enum Penalty {
  /** A message over the rate limit (dropped). */
  RATE_LIMITED(5),
  /** A request it did not answer in time. */
  REQUEST_TIMEOUT(5),
  /** A response or peer list nobody asked for. */
  UNSOLICITED(10),
  /** A message a handler judged invalid. */
  REJECTED_MESSAGE(10),
  /** A response the application could not use (wrong blocks, bad proof). */
  INVALID_RESPONSE(25),
  /** A payload that does not decode as its type says. */
  MALFORMED_PAYLOAD(25),
  /**
   * A frame or session message that breaks the protocol after the handshake (over the frame limit, failing
   * authentication, undecodable, out of order); the session ends too, so a peer repeating it is banned.
   */
  PROTOCOL_VIOLATION(25),
  /** A block or consensus message that is provably invalid (bad signature, bad state transition). */
  INVALID_BLOCK(50),
  /** Banned at once. */
  FATAL(Integer.MAX_VALUE);

  private final int points;

  Penalty(final int points) {
    this.points = points;
  }

  public int points() {
    return points;
  }
}
