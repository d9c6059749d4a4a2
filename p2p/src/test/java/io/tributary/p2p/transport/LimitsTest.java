package io.tributary.p2p.transport;

import static io.tributary.p2p.transport.TestNode.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.p2p.DisconnectReason;
import io.tributary.p2p.Disconnection;
import io.tributary.p2p.PeerDisconnectedException;
import io.tributary.p2p.Penalty;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.rlp.RLP;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LimitsTest {
  private final List<TestNode> nodes = new ArrayList<>();
  private final TestClock clock = new TestClock();

  @AfterEach
  void closeNodes() {
    nodes.forEach(TestNode::close);
  }

  private TestNode node(final io.tributary.p2p.P2pConfig config) {
    final TestNode node = new TestNode(config, clock);
    nodes.add(node);
    return node;
  }

  @Test
  void aPeerFloodingAboveItsRateIsPenalisedPerMessageThenDisconnectedAndBanned() throws Exception {
    final TestNode flooder = node(TestNode.config());
    final TestNode target = node(TestNode.builder().messageRate(1, 10).build());
    flooder.connectTo(target);
    for (int i = 0; i < 200; i++) {
      final int n = i;
      flooder.network.send(target.id(), 0x20, RLP.encodeList(w -> w.writeInt(n)));
    }
    final Disconnection atFlooder = flooder.nextDisconnection();
    assertThat(atFlooder.reason()).isEqualTo(DisconnectReason.MISBEHAVING);
    assertThat(atFlooder.byRemote()).isTrue();
    assertThat(target.network.isBanned(flooder.id())).isTrue();
    // The clock stood still, so only the burst got through; the next 20 cost 5 points each.
    await("the burst handled", () -> target.received.size() == 10);
    final List<Bytes> first10 = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      final int n = i;
      first10.add(RLP.encodeList(w -> w.writeInt(n)));
    }
    assertThat(target.received).extracting(TestNode.Received::payload).containsExactlyElementsOf(first10);
  }

  @Test
  void aBannedPeerIsRefusedBothWaysUntilTheBanExpires() throws Exception {
    final TestNode peer = node(TestNode.config());
    final TestNode judge = node(TestNode.builder().banDuration(Duration.ofMinutes(10)).build());
    peer.connectTo(judge);
    judge.network.penalize(peer.id(), Penalty.FATAL, "sent an invalid block");
    assertThat(peer.nextDisconnection().reason()).isEqualTo(DisconnectReason.MISBEHAVING);
    // It may not come back in: refused after the handshake proves its id ...
    final PeerDisconnectedException refused = peer.failToConnect(judge);
    assertThat(refused.reason()).isEqualTo(DisconnectReason.BANNED);
    assertThat(refused.disconnection().byRemote()).isTrue();
    // ... and the judge does not dial it.
    try {
      judge.network.connect(peer.address(), peer.id()).get(5, TimeUnit.SECONDS);
      throw new AssertionError("dialed a banned peer");
    } catch (ExecutionException e) {
      final PeerDisconnectedException local = (PeerDisconnectedException) e.getCause();
      assertThat(local.reason()).isEqualTo(DisconnectReason.BANNED);
      assertThat(local.disconnection().byRemote()).isFalse();
    }
    clock.advance(Duration.ofMinutes(10).minusMillis(1));
    assertThat(peer.failToConnect(judge).reason()).isEqualTo(DisconnectReason.BANNED);
    clock.advance(Duration.ofMillis(1));
    assertThat(peer.connectTo(judge).isConnected()).isTrue();
    assertThat(judge.network.penaltyPoints(peer.id())).isZero();
  }

  @Test
  void penaltiesAddUpToTheThresholdAndDrainWithTime() throws Exception {
    final TestNode peer = node(TestNode.config());
    final TestNode judge = node(TestNode.config());
    peer.connectTo(judge);
    judge.network.penalize(peer.id(), Penalty.INVALID_BLOCK, "bad state root");
    assertThat(judge.network.penaltyPoints(peer.id())).isEqualTo(50);
    clock.advance(Duration.ofSeconds(20));
    assertThat(judge.network.penaltyPoints(peer.id())).isEqualTo(30);
    judge.network.penalize(peer.id(), Penalty.INVALID_BLOCK, "bad state root");
    assertThat(judge.network.peer(peer.id())).isPresent();
    judge.network.penalize(peer.id(), Penalty.REJECTED_MESSAGE, "bad vote");
    judge.network.penalize(peer.id(), Penalty.REJECTED_MESSAGE, "bad vote");
    assertThat(peer.nextDisconnection().reason()).isEqualTo(DisconnectReason.MISBEHAVING);
    assertThat(judge.network.isBanned(peer.id())).isTrue();
  }

  @Test
  void connectionsAboveTheHandshakeCapAreClosedAtAccept() throws Exception {
    final TestNode target = node(TestNode.builder().maxPendingHandshakes(2).build());
    final Socket first = new Socket("127.0.0.1", target.network.port());
    try (Socket second = new Socket("127.0.0.1", target.network.port())) {
      second.setSoTimeout(5000);
      await("two handshakes pending", () -> target.network.pendingHandshakes() == 2);
      try (Socket third = new Socket("127.0.0.1", target.network.port())) {
        third.setSoTimeout(5000);
        assertThat(P2pNetworkTest.readUntilClosed(third.getInputStream())).isZero();
      }
      assertThat(target.network.pendingHandshakes()).isEqualTo(2);
      first.close();
      await("a slot freed", () -> target.network.pendingHandshakes() == 1);
      final TestNode honest = node(TestNode.config());
      assertThat(honest.connectTo(target).isConnected()).isTrue();
      assertThat(target.network.pendingHandshakes()).isEqualTo(1); // connectTo waited for both sides
    }
    await("no handshakes pending", () -> target.network.pendingHandshakes() == 0);
  }
}
