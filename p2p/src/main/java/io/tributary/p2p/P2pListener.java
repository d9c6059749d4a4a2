package io.tributary.p2p;

/** What the transport tells its user. Called on a network thread: return quickly and hand work elsewhere. */
public interface P2pListener {
  /** A peer completed the handshake and a compatible status exchange. */
  default void onPeerConnected(final Peer peer) {}

  /** An application message (type 0x10-0xff) whose payload is one well-formed RLP item. */
  default void onMessage(final Peer peer, final int type, final org.apache.tuweni.bytes.Bytes payload) {}

  /** Any connection ended, connected or not. */
  default void onDisconnected(final Disconnection disconnection) {}
}
