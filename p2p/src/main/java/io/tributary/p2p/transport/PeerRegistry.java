package io.tributary.p2p.transport;

import io.tributary.p2p.DisconnectReason;
import io.tributary.p2p.NodeId;
import io.tributary.p2p.Peer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sessions past their handshake, one per node id, at most {@code maxPeers}. When two nodes dial each other at
 * once, both sides keep the connection dialed by the lower node id (see {@link #preferred}), so exactly one
 * survives.
 */
final class PeerRegistry {
  private final NodeId localId;
  private final int maxPeers;
  private final Map<NodeId, PeerSession> sessions = new LinkedHashMap<>();

  PeerRegistry(final NodeId localId, final int maxPeers) {
    this.localId = localId;
    this.maxPeers = maxPeers;
  }

  /**
   * Takes a slot for {@code session}, or says why it may not have one. A session that wins a simultaneous dial takes
   * the place of the other one, which is disconnected with ALREADY_CONNECTED.
   */
  Optional<DisconnectReason> register(final NodeId remoteId, final PeerSession session) {
    final PeerSession replaced;
    synchronized (this) {
      if (remoteId.equals(localId)) {
        return Optional.of(DisconnectReason.SELF_CONNECTION);
      }
      final PeerSession existing = sessions.get(remoteId);
      if (existing != null) {
        if (existing.direction() == session.direction() || session.direction() != preferred(localId, remoteId)) {
          return Optional.of(DisconnectReason.ALREADY_CONNECTED);
        }
        replaced = existing;
      } else {
        if (sessions.size() >= maxPeers) {
          return Optional.of(DisconnectReason.TOO_MANY_PEERS);
        }
        replaced = null;
      }
      sessions.put(remoteId, session);
    }
    if (replaced != null) {
      replaced.disconnect(DisconnectReason.ALREADY_CONNECTED);
    }
    return Optional.empty();
  }

  /**
   * Which of two connections between {@code local} and {@code remote} both sides keep: the one dialed by the lower
   * id (the smaller as a 64-byte unsigned big-endian number), so OUTBOUND when the local id is lower.
   */
  static Peer.Direction preferred(final NodeId local, final NodeId remote) {
    return compare(local, remote) < 0 ? Peer.Direction.OUTBOUND : Peer.Direction.INBOUND;
  }

  static int compare(final NodeId a, final NodeId b) {
    for (int i = 0; i < NodeId.SIZE; i++) {
      final int diff = (a.publicKey().get(i) & 0xff) - (b.publicKey().get(i) & 0xff);
      if (diff != 0) {
        return diff;
      }
    }
    return 0;
  }

  synchronized void remove(final NodeId remoteId, final PeerSession session) {
    sessions.remove(remoteId, session);
  }

  synchronized Optional<PeerSession> get(final NodeId remoteId) {
    return Optional.ofNullable(sessions.get(remoteId));
  }

  synchronized boolean contains(final NodeId remoteId) {
    return sessions.containsKey(remoteId);
  }

  /** Sessions whose status exchange completed, in the order they registered. */
  synchronized List<PeerSession> connected() {
    final List<PeerSession> peers = new ArrayList<>();
    sessions.values().stream().filter(PeerSession::isConnected).forEach(peers::add);
    return peers;
  }

  synchronized long count(final Peer.Direction direction) {
    return sessions.values().stream().filter(s -> s.direction() == direction).count();
  }

  synchronized List<PeerSession> all() {
    return new ArrayList<>(sessions.values());
  }
}
