package io.tributary.genesis;

/** A genesis file that cannot be used, with what is wrong and where. */
public final class GenesisException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public GenesisException(final String message) {
    super(message);
  }

  public GenesisException(final String message, final Throwable cause) {
    super(message, cause);
  }
}
