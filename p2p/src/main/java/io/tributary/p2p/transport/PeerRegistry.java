package io.tributary.p2p.transport;

import io.tributary.p2p.DisconnectReason;
import io.tributary.p2p.NodeId;
import io.tributary.p2p.Peer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The sessions past their handshake, one per node id, at most {@code maxPeers}. */
final class PeerRegistry {
  private final NodeId localId;
  private final int maxPeers;
  private final Map<NodeId, PeerSession> sessions = new LinkedHashMap<>();

  PeerRegistry(final NodeId localId, final int maxPeers) {
    this.localId = localId;
    this.maxPeers = maxPeers;
  }

  /** Takes a slot for {@code session}, or says why it may not have one. */
  synchronized Optional<DisconnectReason> register(final NodeId remoteId, final PeerSession session) {
    if (remoteId.equals(localId)) {
      return Optional.of(DisconnectReason.SELF_CONNECTION);
    }
    if (sessions.containsKey(remoteId)) {
      return Optional.of(DisconnectReason.ALREADY_CONNECTED);
    }
    if (sessions.size() >= maxPeers) {
      return Optional.of(DisconnectReason.TOO_MANY_PEERS);
    }
    sessions.put(remoteId, session);
    return Optional.empty();
  }

  synchronized void remove(final NodeId remoteId, final PeerSession session) {
    sessions.remove(remoteId, session);
  }

  /** Sessions whose status exchange completed. */
  synchronized List<Peer> connected() {
    final List<Peer> peers = new ArrayList<>();
    sessions.values().stream().filter(PeerSession::isConnected).forEach(peers::add);
    return peers;
  }

  synchronized List<PeerSession> all() {
    return new ArrayList<>(sessions.values());
  }
}
