package io.tributary.node.network;

import io.tributary.node.sync.SyncPeers;
import io.tributary.p2p.NodeId;
import io.tributary.p2p.Penalty;
import io.tributary.p2p.transport.P2pNetwork;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.tuweni.bytes.Bytes;

/** Range sync over p2p: peers' announced heads, block range requests, and INVALID_RESPONSE for bad blocks. */
public final class P2pSyncPeers implements SyncPeers {
  private final P2pNetwork network;

  public P2pSyncPeers(final P2pNetwork network) {
    this.network = network;
  }

  @Override
  public List<PeerHead> heads() {
    return network.peers().stream().map(p -> new PeerHead(p.nodeId(), p.headNumber())).toList();
  }

  @Override
  public CompletableFuture<Bytes> requestBlocks(final NodeId peer, final Bytes request, final Duration timeout) {
    return network.request(peer, NodeMessageTypes.GET_FINAL_BLOCKS, request, timeout);
  }

  @Override
  public void penalize(final NodeId peer, final String reason) {
    network.penalize(peer, Penalty.INVALID_RESPONSE, reason);
  }
}
