package io.tributary.node.sync;

import io.tributary.p2p.NodeId;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.tuweni.bytes.Bytes;

/** What range sync needs of the network: who is connected at which head, a request, and a way to report a peer. */
public interface SyncPeers {
  /** A connected peer and the head number it last announced. */
  record PeerHead(NodeId id, long headNumber) {}

  List<PeerHead> heads();

  /** Sends an encoded {@link BlockRangeRequest}; completes with the encoded answer or exceptionally. */
  CompletableFuture<Bytes> requestBlocks(NodeId peer, Bytes request, Duration timeout);

  /** The peer sent something invalid (a block or certificate that does not verify). */
  void penalize(NodeId peer, String reason);
}
