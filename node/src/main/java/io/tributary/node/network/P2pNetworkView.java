package io.tributary.node.network;

import io.tributary.node.sync.BlockSynchronizer;
import io.tributary.p2p.EnodeUrl;
import io.tributary.p2p.Peer;
import io.tributary.p2p.transport.P2pNetwork;
import io.tributary.rpc.query.NetworkView;
import java.util.List;
import java.util.Optional;

/** What JSON-RPC shows of the p2p network: this node's enode, its peers, and range sync's progress. */
public final class P2pNetworkView implements NetworkView {
  private final P2pNetwork network;
  private final BlockSynchronizer synchronizer;

  public P2pNetworkView(final P2pNetwork network, final BlockSynchronizer synchronizer) {
    this.network = network;
    this.synchronizer = synchronizer;
  }

  @Override
  public Optional<NodeIdentity> identity() {
    final EnodeUrl enode = network.localEnode();
    return Optional.of(new NodeIdentity(Optional.of(enode.toString()), network.nodeId().toHexString(), enode.host(),
        enode.port()));
  }

  @Override
  public List<PeerView> peers() {
    return network.peers().stream().map(P2pNetworkView::view).toList();
  }

  private static PeerView view(final Peer peer) {
    return new PeerView(peer.nodeId().toHexString(), peer.enode().map(EnodeUrl::toString),
        peer.remoteAddress().getAddress().getHostAddress() + ":" + peer.remoteAddress().getPort(),
        peer.direction() == Peer.Direction.INBOUND, peer.headNumber(), peer.headHash().toHexString());
  }

  @Override
  public Optional<SyncProgress> syncing() {
    return synchronizer.progress().map(p -> new SyncProgress(p.startingBlock(),
        network.localStatus().headNumber(), p.highestBlock()));
  }
}
