package io.tributary.p2p;

import java.net.InetSocketAddress;
import java.util.Optional;

/**
 * How a connection ended.
 *
 * @param nodeId the peer's id, empty when it ended before the handshake proved one
 * @param remoteAddress the peer's socket address
 * @param direction who dialed
 * @param reason why it ended
 * @param byRemote true when the peer sent the reason (or closed the socket), false when this node decided
 * @param wasConnected true when the session had completed its status exchange
 */
public record Disconnection(Optional<NodeId> nodeId, InetSocketAddress remoteAddress, Peer.Direction direction,
    DisconnectReason reason, boolean byRemote, boolean wasConnected) {}
