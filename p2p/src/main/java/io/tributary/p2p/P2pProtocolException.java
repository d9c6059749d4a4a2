package io.tributary.p2p;

/** A peer broke the protocol; the connection ends with {@link #reason()}. */
public class P2pProtocolException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final DisconnectReason reason;

  public P2pProtocolException(final DisconnectReason reason, final String message) {
    super(reason + ": " + message);
    this.reason = reason;
  }

  public P2pProtocolException(final DisconnectReason reason, final String message, final Throwable cause) {
    super(reason + ": " + message, cause);
    this.reason = reason;
  }

  public DisconnectReason reason() {
    return reason;
  }
}
