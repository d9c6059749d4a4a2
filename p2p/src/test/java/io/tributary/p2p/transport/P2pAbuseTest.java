package io.tributary.p2p.transport;

import static io.tributary.p2p.transport.TestNode.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.p2p.DisconnectReason;
import io.tributary.p2p.MessageHandler;
import io.tributary.p2p.NodeKey;
import io.tributary.p2p.P2pConfig;
import io.tributary.p2p.Penalty;
import io.tributary.p2p.crypto.Handshake;
import io.tributary.p2p.crypto.HandshakeMessage;
import java.io.OutputStream;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.rlp.RLP;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Abusive peers against a real network on loopback: each is refused, dropped, penalised or banned, and counted in the
 * node's drop summary, while honest peers connected to the same node keep gossiping. What P2pNetworkTest,
 * LimitsTest and MalformedInputTest already show (a single oversized frame, the rate-limit ban, the handshake cap,
 * seeded garbage) is not repeated; these add the honest side and what a repeating abuser costs.
 */
class P2pAbuseTest {
  private static final int GOSSIP = 0x22;

  private final List<TestNode> nodes = new ArrayList<>();
  private final List<Socket> sockets = new ArrayList<>();
  private final TestClock clock = new TestClock();

  @AfterEach
  void close() throws Exception {
    for (final Socket socket : sockets) {
      socket.close();
    }
    nodes.forEach(TestNode::close);
  }

  private TestNode node(final P2pConfig config) {
    final TestNode node = new TestNode(config, clock);
    nodes.add(node);
    return node;
  }

  /** Records the gossip of {@link #GOSSIP} a node accepts (and so forwards). */
  private static BlockingQueue<Bytes> gossipOf(final TestNode node) {
    final BlockingQueue<Bytes> seen = new LinkedBlockingQueue<>();
    node.network.registerGossipHandler(GOSSIP, (from, payload) -> {
      seen.add(payload);
      return MessageHandler.Verdict.ACCEPT;
    });
    return seen;
  }

  /** Honest A and B both connected to {@code hub}: what A gossips reaches B through it. */
  private void assertGossipFlows(final TestNode a, final BlockingQueue<Bytes> atB, final String text)
      throws InterruptedException {
    final Bytes payload = RLP.encodeList(w -> w.writeString(text));
    assertThat(a.network.gossip(GOSSIP, payload)).isTrue();
    assertThat(atB.poll(5, TimeUnit.SECONDS)).as("gossip %s reaching B", text).isEqualTo(payload);
  }

  @Test
  void aPeerRepeatingOversizedFramesIsDisconnectedEachTimeAndBannedOnTheFourthWhileHonestPeersGossip()
      throws Exception {
    final TestNode hub = node(TestNode.builder().maxFrameSize(1024).build());
    gossipOf(hub);
    final TestNode a = node(TestNode.config());
    final TestNode b = node(TestNode.config());
    final BlockingQueue<Bytes> atB = gossipOf(b);
    a.connectTo(hub);
    b.connectTo(hub);
    final TestNode abuser = node(TestNode.config());
    for (int attempt = 1; attempt <= 4; attempt++) {
      abuser.connectTo(hub).send(0x20, RLP.encode(w -> w.writeValue(Bytes.wrap(new byte[4096]))));
      assertThat(abuser.nextDisconnection().reason()).isEqualTo(DisconnectReason.FRAME_TOO_LARGE);
      assertThat(hub.nextDisconnection().reason()).isEqualTo(DisconnectReason.FRAME_TOO_LARGE);
      assertGossipFlows(a, atB, "after oversized frame " + attempt);
      if (attempt < 4) {
        assertThat(hub.network.penaltyPoints(abuser.id())).isEqualTo(attempt * Penalty.PROTOCOL_VIOLATION.points());
      }
    }
    assertThat(hub.network.isBanned(abuser.id())).isTrue();
    assertThat(abuser.failToConnect(hub).reason()).isEqualTo(DisconnectReason.BANNED);
    assertThat(hub.network.dropped()).containsEntry("sessions ended for a protocol violation", 4L);
    assertThat(hub.network.peers()).hasSize(2);
  }

  @Test
  void peersThatNeverFinishTheHandshakeAreDroppedAfterTheHandshakeTimeoutWhileOthersConnect() throws Exception {
    // The idle timeout (10 s) would not catch either: one drips bytes, the other completes the key exchange and
    // then never sends its Status.
    final TestNode hub = node(TestNode.builder().handshakeTimeout(Duration.ofMillis(500)).build());
    final Socket dripper = socket(hub);
    final CompletableFuture<Void> dripping = CompletableFuture.runAsync(() -> {
      try {
        final OutputStream out = dripper.getOutputStream();
        for (int i = 0; i < HandshakeMessage.SIZE; i++) {
          out.write(1);
          out.flush();
          Thread.sleep(50);
        }
      } catch (Exception closed) {
        // The hub closed it: what this test waits for.
      }
    });
    final Socket silent = socket(hub);
    final Handshake handshake = Handshake.initiator(NodeKey.generate(), hub.id());
    silent.getOutputStream().write(handshake.auth().toArrayUnsafe());
    final byte[] ack = silent.getInputStream().readNBytes(HandshakeMessage.SIZE);
    assertThat(handshake.complete(Bytes.wrap(ack)).remoteId()).isEqualTo(hub.id());

    final TestNode honest = node(TestNode.config());
    assertThat(honest.connectTo(hub).isConnected()).isTrue();

    final long started = System.nanoTime();
    P2pNetworkTest.readUntilClosed(silent.getInputStream()); // the hub's Status frame, then the close
    P2pNetworkTest.readUntilClosed(dripper.getInputStream());
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    dripping.get(5, TimeUnit.SECONDS);
    await("both counted", () -> hub.network.dropped().getOrDefault("connections timed out before their Status", 0L)
        == 2L);
    await("no handshakes pending", () -> hub.network.pendingHandshakes() == 0);
    assertThat(hub.network.peers()).hasSize(1);
  }

  @Test
  void aFloodingPeerIsBannedWhileHonestPeersOfTheSameNodeKeepGossiping() throws Exception {
    final TestNode hub = node(TestNode.builder().messageRate(1, 10).build());
    gossipOf(hub);
    final TestNode a = node(TestNode.config());
    final TestNode b = node(TestNode.config());
    final BlockingQueue<Bytes> atB = gossipOf(b);
    a.connectTo(hub);
    b.connectTo(hub);
    final TestNode flooder = node(TestNode.config());
    flooder.connectTo(hub);
    for (int i = 0; i < 500; i++) {
      final int n = i;
      flooder.network.send(hub.id(), 0x20, RLP.encodeList(w -> w.writeInt(n)));
    }
    assertThat(flooder.nextDisconnection().reason()).isEqualTo(DisconnectReason.MISBEHAVING);
    assertThat(hub.network.isBanned(flooder.id())).isTrue();
    // The clock stands still: the burst of 10 passed, the next 20 cost 5 points each, the rest were never read.
    assertThat(hub.network.dropped()).containsEntry("messages over the rate limit", 20L);
    for (int i = 0; i < 5; i++) {
      assertGossipFlows(a, atB, "honest " + i);
    }
    assertThat(flooder.failToConnect(hub).reason()).isEqualTo(DisconnectReason.BANNED);
  }

  @Test
  void connectionFloodsBeyondThePeerAndHandshakeLimitsAreRefusedWhileConnectedPeersKeepGossiping()
      throws Exception {
    final TestNode hub = node(TestNode.builder().maxPeers(2).maxPendingHandshakes(4)
        .handshakeTimeout(Duration.ofSeconds(2)).build());
    gossipOf(hub);
    final TestNode a = node(TestNode.config());
    final TestNode b = node(TestNode.config());
    final BlockingQueue<Bytes> atB = gossipOf(b);
    a.connectTo(hub);
    b.connectTo(hub);
    // Real nodes over the peer limit: each refused after its handshake.
    for (int i = 0; i < 4; i++) {
      assertThat(node(TestNode.config()).failToConnect(hub).reason()).isEqualTo(DisconnectReason.TOO_MANY_PEERS);
      assertGossipFlows(a, atB, "during the peer flood " + i);
    }
    await("the refused handshakes settled", () -> hub.network.pendingHandshakes() == 0);
    // Bare TCP connections: four hold the handshake slots until their timeout, the rest are closed at accept (the
    // timeout is long enough that all twenty arrive while the first four still hold theirs, even under a GC pause).
    for (int i = 0; i < 20; i++) {
      socket(hub);
    }
    assertGossipFlows(a, atB, "during the connection flood");
    for (final Socket socket : sockets) {
      P2pNetworkTest.readUntilClosed(socket.getInputStream());
    }
    await("the held slots freed", () -> hub.network.pendingHandshakes() == 0);
    assertThat(hub.network.dropped()).containsEntry("connections over 4 handshakes in progress", 16L)
        .containsEntry("connections timed out before their Status", 4L);
    assertThat(hub.network.peers()).hasSize(2);
    assertGossipFlows(a, atB, "after the flood");
  }

  private Socket socket(final TestNode node) throws Exception {
    final Socket socket = new Socket("127.0.0.1", node.network.port());
    socket.setSoTimeout(5000);
    sockets.add(socket);
    return socket;
  }
}
