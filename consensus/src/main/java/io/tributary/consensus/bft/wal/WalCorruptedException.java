package io.tributary.consensus.bft.wal;

/**
 * The WAL is damaged before its last record: not a torn write from a crash but lost or altered data. The validator
 * must not sign anything until an operator looks (it could otherwise sign a second, different vote).
 */
public final class WalCorruptedException extends RuntimeException {
  public WalCorruptedException(final String message) {
    super(message);
  }

  public WalCorruptedException(final String message, final Throwable cause) {
    super(message, cause);
  }
}
