package io.tributary.p2p.crypto;

/**
 * The AES-GCM nonces of one direction of a session: 4 zero bytes then a 64-bit big-endian counter that starts at 0 and
 * goes up by one per frame. A nonce is never handed out twice; after 2^64 frames the counter refuses (the session
 * must be closed), it does not wrap.
 */
public final class NonceCounter {
  public static final int NONCE_SIZE = 12;

  private long next;
  private boolean exhausted;

  public NonceCounter() {
    this(0);
  }

  /** A counter whose next nonce is {@code start} (unsigned), for tests near the end of the range. */
  NonceCounter(final long start) {
    this.next = start;
  }

  /** The next nonce; throws {@link IllegalStateException} once all 2^64 have been used. */
  public byte[] next() {
    if (exhausted) {
      throw new IllegalStateException("nonce counter exhausted: the session has sent 2^64 frames and must end");
    }
    final byte[] nonce = new byte[NONCE_SIZE];
    long value = next;
    for (int i = NONCE_SIZE - 1; i >= NONCE_SIZE - 8; i--) {
      nonce[i] = (byte) value;
      value >>>= 8;
    }
    next++;
    if (next == 0) {
      exhausted = true;
    }
    return nonce;
  }

  /** How many nonces were handed out, as an unsigned value (for logs and tests). */
  public long used() {
    return next;
  }
}
