package io.tributary.p2p;

import java.net.InetSocketAddress;
import org.apache.tuweni.bytes.Bytes;

/** A connected peer whose handshake and status exchange succeeded. Methods are safe from any thread. */
public interface Peer {
  /** Who dialed. */
  enum Direction { INBOUND, OUTBOUND }

  NodeId nodeId();

  InetSocketAddress remoteAddress();

  Direction direction();

  /** The status the peer sent after the handshake. */
  ChainStatus status();

  /**
   * Sends an application message (type 0x10-0xff, payload one RLP item). Throws {@link IllegalArgumentException} when
   * the message is larger than this node's frame limit; sending to a closed peer does nothing.
   */
  void send(int type, Bytes rlpPayload);

  /** Sends a Disconnect with {@code reason} and closes. */
  void disconnect(DisconnectReason reason);

  boolean isConnected();
}
