package io.tributary.node.network;

import io.tributary.p2p.MessageTypes;

/** The application message types this node speaks over p2p, in the ranges p2p's {@link MessageTypes} sets aside. */
public final class NodeMessageTypes {
  /** Request: {@code BlockRangeRequest}; response: a list of final blocks with their certificates. */
  public static final int GET_FINAL_BLOCKS = MessageTypes.FIRST_REQUEST;
  /** Gossip: {@code rlp([transaction...])}, transactions a node admitted to its pool. */
  public static final int TRANSACTIONS = MessageTypes.FIRST_GOSSIP;
  /** Gossip: one signed BFT message (proposal, prepare or commit) as the consensus module encodes it. */
  public static final int CONSENSUS = MessageTypes.FIRST_CONSENSUS;

  private NodeMessageTypes() {}
}
