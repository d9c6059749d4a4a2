package io.tributary.p2p;

/** A connection attempt ended before the peer was connected; {@link #disconnection()} says why. */
public final class PeerDisconnectedException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient Disconnection disconnection;

  public PeerDisconnectedException(final Disconnection disconnection) {
    super((disconnection.byRemote() ? "peer disconnected: " : "disconnected: ") + disconnection.reason());
    this.disconnection = disconnection;
  }

  public Disconnection disconnection() {
    return disconnection;
  }

  public DisconnectReason reason() {
    return disconnection.reason();
  }
}
