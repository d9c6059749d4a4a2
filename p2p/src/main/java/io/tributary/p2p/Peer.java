package io.tributary.p2p;

import io.tributary.core.types.Hash;
import java.net.InetSocketAddress;
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes;

/** A connected peer whose handshake and status exchange succeeded. Methods are safe from any thread. */
public interface Peer {
  /** Who dialed. */
  enum Direction { INBOUND, OUTBOUND }

  NodeId nodeId();

  InetSocketAddress remoteAddress();

  Direction direction();

  /** The peer's status: what it sent after the handshake, with the head of its latest NewHead. */
  ChainStatus status();

  /** The number of the peer's best final block as it last said. */
  default long headNumber() {
    return status().headNumber();
  }

  /** The hash of that block. */
  default Hash headHash() {
    return status().headHash();
  }

  /** Where the peer listens (its IP as seen here and the port it advertised), empty when it does not listen. */
  Optional<EnodeUrl> enode();

  /**
   * Sends an application message (type 0x10-0xff, payload one RLP item). Throws {@link IllegalArgumentException} when
   * the message is larger than this node's frame limit; sending to a closed peer does nothing.
   */
  void send(int type, Bytes rlpPayload);

  /** Sends a Disconnect with {@code reason} and closes. */
  void disconnect(DisconnectReason reason);

  boolean isConnected();
}
