package io.tributary.p2p;

/**
 * What the network tells its user about peers. Called on the network's single dispatch thread, in order with the
 * message handlers ({@link MessageHandler}), never on a Netty event loop; return quickly.
 *
 * <p>Events are per session. A node id has at most one session at a time, except for an instant while a simultaneous
 * dial is resolved (the connection dialed by the lower node id wins): then the losing session's
 * {@link #onDisconnected} may come after the winner's {@link #onPeerConnected}. Compare {@link Peer} objects, or ask
 * {@code P2pNetwork.peer(nodeId)}, rather than dropping a node id on any disconnect.
 */
public interface P2pListener {
  /** A peer completed the handshake and a compatible status exchange. */
  default void onPeerConnected(final Peer peer) {}

  /** A connected peer announced a new head ({@link Peer#headNumber()}, {@link Peer#headHash()}). */
  default void onPeerHeadChanged(final Peer peer) {}

  /** Any connection ended, connected or not. */
  default void onDisconnected(final Disconnection disconnection) {}
}
