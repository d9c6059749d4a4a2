package io.tributary.core.encoding;

/**
 * The one error every decoder in Tributary raises for bad input: RLP, transactions, blocks, keystores, p2p frames.
 * The {@link DecodingError} names the class of problem; the message says exactly what and where. Callers on consensus
 * paths turn it into a validation result; nothing else may escape a decoder.
 */
public final class DecodingException extends RuntimeException {
  private final DecodingError error;

  public DecodingException(final DecodingError error, final String message) {
    super(error.description() + ": " + message);
    this.error = error;
  }

  public DecodingException(final DecodingError error, final String message, final Throwable cause) {
    super(error.description() + ": " + message, cause);
    this.error = error;
  }

  public DecodingError error() {
    return error;
  }
}
