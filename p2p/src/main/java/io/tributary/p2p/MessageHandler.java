package io.tributary.p2p;

import org.apache.tuweni.bytes.Bytes;

/**
 * Handles one application message type, registered with {@code P2pNetwork.registerHandler} (direct messages) or
 * {@code registerGossipHandler} (flooded messages). Called on the network's single dispatch thread, in the order the
 * messages arrived, never on a Netty event loop; a slow handler delays the others, so hand long work elsewhere.
 *
 * <p>Throwing a {@link P2pProtocolException} or core's {@code DecodingException} means the peer sent garbage: the
 * message counts as {@link Verdict#REJECT} with the heavier {@link Penalty#MALFORMED_PAYLOAD}. Any other exception
 * is logged as our own bug and counts as {@link Verdict#IGNORE}; the session lives on.
 */
@FunctionalInterface
public interface MessageHandler {
  /** What the application made of a message. */
  enum Verdict {
    /** Valid: a gossip message is forwarded to the other peers. */
    ACCEPT,
    /** Not invalid but not worth passing on (old, already known, not for us now): dropped, nobody penalised. */
    IGNORE,
    /** Invalid: dropped, not forwarded, and the sender is penalised ({@link Penalty#REJECTED_MESSAGE}). */
    REJECT
  }

  /**
   * @param from the peer the message came from (for gossip, the neighbour that forwarded it, not its origin)
   * @param payload one well-formed RLP item
   */
  Verdict handle(NodeId from, Bytes payload);
}
