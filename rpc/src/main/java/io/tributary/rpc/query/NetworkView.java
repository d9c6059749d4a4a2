package io.tributary.rpc.query;

import java.util.List;
import java.util.Optional;

/**
 * What the JSON-RPC layer may read of the node's network: its own identity, its peers and whether it is catching up.
 * The node implements it over p2p; a node without networking answers with no peers.
 */
public interface NetworkView {
  /** This node: its enode URL (empty when it does not listen) and node id. */
  record NodeIdentity(Optional<String> enode, String id, String listenHost, int listenPort) {}

  /** A connected peer and the head it announced. */
  record PeerView(String id, Optional<String> enode, String remoteAddress, boolean inbound, long headNumber,
      String headHash) {}

  /** Range sync in progress: the head when it started, now, and the best head a peer announced. */
  record SyncProgress(long startingBlock, long currentBlock, long highestBlock) {}

  Optional<NodeIdentity> identity();

  List<PeerView> peers();

  Optional<SyncProgress> syncing();

  /** A node that does not network: no identity, no peers, never syncing. */
  NetworkView NONE = new NetworkView() {
    @Override
    public Optional<NodeIdentity> identity() {
      return Optional.empty();
    }

    @Override
    public List<PeerView> peers() {
      return List.of();
    }

    @Override
    public Optional<SyncProgress> syncing() {
      return Optional.empty();
    }
  };
}
