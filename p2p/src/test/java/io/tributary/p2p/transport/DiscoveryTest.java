package io.tributary.p2p.transport;

import static io.tributary.p2p.transport.TestNode.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.p2p.EnodeUrl;
import io.tributary.p2p.NodeKey;
import io.tributary.p2p.P2pConfig;
import io.tributary.p2p.Peer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DiscoveryTest {
  private final List<TestNode> nodes = new ArrayList<>();

  @AfterEach
  void closeNodes() {
    nodes.forEach(TestNode::close);
  }

  private TestNode node(final P2pConfig config) {
    final TestNode node = new TestNode(config, TestNode.STATUS);
    nodes.add(node);
    return node;
  }

  private static EnodeUrl enode(final TestNode node) {
    return node.network.localEnode();
  }

  @Test
  void peerExchangeLetsANodeFindAnotherThroughItsBootnode() throws Exception {
    final TestNode a = node(TestNode.config()); // dials nobody by itself
    final TestNode b = node(TestNode.builder().peerExchange(true).build());
    a.connectTo(b);
    final TestNode c = node(TestNode.builder().targetOutboundPeers(8).peerExchange(true)
        .bootnodes(List.of(enode(b))).build());
    await("c connected to a, learned from b", () -> c.isConnectedTo(a) && a.isConnectedTo(c));
    assertThat(c.network.peer(a.id()).orElseThrow().direction()).isEqualTo(Peer.Direction.OUTBOUND);
    assertThat(c.isConnectedTo(b)).isTrue();
    assertThat(a.network.peer(c.id()).orElseThrow().enode()).contains(enode(c));
  }

  @Test
  void withoutPeerExchangeANodeOnlyDialsWhatItIsGiven() throws Exception {
    final TestNode a = node(TestNode.config());
    final TestNode b = node(TestNode.builder().peerExchange(true).build());
    a.connectTo(b);
    final TestNode c = node(TestNode.builder().targetOutboundPeers(8).bootnodes(List.of(enode(b))).build());
    await("c connected to its bootnode", () -> c.isConnectedTo(b));
    // Neither a nor c asks for peers, so they never learn of each other; d asks b and finds both.
    final TestNode d = node(TestNode.builder().targetOutboundPeers(8).peerExchange(true)
        .bootnodes(List.of(enode(b))).build());
    await("d, which asks, finds a and c", () -> d.isConnectedTo(a) && d.isConnectedTo(c));
    assertThat(c.isConnectedTo(a)).isFalse();
  }

  @Test
  void aStaticPeerThatRestartsIsRedialedWithBackoff() throws Exception {
    final NodeKey bKey = NodeKey.generate();
    final TestNode b = new TestNode(bKey, TestNode.config(), TestNode.STATUS, Clock.systemUTC());
    final int port = b.network.port();
    final TestNode a = node(TestNode.builder().staticPeers(List.of(enode(b))).build());
    await("a dialed its static peer", () -> a.isConnectedTo(b));
    b.close();
    await("a noticed b leaving", () -> a.network.peers().isEmpty());
    // a keeps redialing a closed port, backing off, until b is back on it.
    final TestNode restarted = new TestNode(bKey, TestNode.builder().port(port).build(), TestNode.STATUS,
        Clock.systemUTC());
    nodes.add(restarted);
    await("a redialed b after its restart", () -> a.isConnectedTo(restarted));
    assertThat(a.network.peer(bKey.nodeId()).orElseThrow().direction()).isEqualTo(Peer.Direction.OUTBOUND);
  }

  @Test
  void twoNodesDialingEachOtherAtOnceKeepExactlyTheConnectionDialedByTheLowerId() throws Exception {
    for (int round = 0; round < 5; round++) {
      final TestNode x = node(TestNode.config());
      final TestNode y = node(TestNode.config());
      final CompletableFuture<Peer> xy = x.network.connect(y.address(), y.id());
      final CompletableFuture<Peer> yx = y.network.connect(x.address(), x.id());
      final TestNode lower = PeerRegistry.compare(x.id(), y.id()) < 0 ? x : y;
      final TestNode higher = lower == x ? y : x;
      await("one connection, dialed by the lower id", () -> xy.isDone() && yx.isDone()
          && lower.network.peers().size() == 1 && higher.network.peers().size() == 1
          && lower.network.peers().get(0).direction() == Peer.Direction.OUTBOUND
          && higher.network.peers().get(0).direction() == Peer.Direction.INBOUND);
      assertThat(xy.isCompletedExceptionally() && yx.isCompletedExceptionally()).isFalse();
    }
  }

  @Test
  void theTieBreakPrefersTheOutboundConnectionOfTheLowerId() {
    final NodeKey one = NodeKey.generate();
    final NodeKey two = NodeKey.generate();
    final boolean oneLower = PeerRegistry.compare(one.nodeId(), two.nodeId()) < 0;
    assertThat(PeerRegistry.preferred(one.nodeId(), two.nodeId()))
        .isEqualTo(oneLower ? Peer.Direction.OUTBOUND : Peer.Direction.INBOUND);
    assertThat(PeerRegistry.preferred(two.nodeId(), one.nodeId()))
        .isEqualTo(oneLower ? Peer.Direction.INBOUND : Peer.Direction.OUTBOUND);
  }
}
