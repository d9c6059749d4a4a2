package io.tributary.p2p.transport;

import io.tributary.p2p.NodeId;

/** Pipeline event: the handshake proved the peer's id and the frame codec is in place. */
record HandshakeCompleted(NodeId remoteId) {}
