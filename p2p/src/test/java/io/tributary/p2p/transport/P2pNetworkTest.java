package io.tributary.p2p.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.tributary.core.crypto.KeyPair;
import io.tributary.core.crypto.SignatureAlgorithms;
import io.tributary.core.types.Hash;
import io.tributary.p2p.ChainStatus;
import io.tributary.p2p.DisconnectReason;
import io.tributary.p2p.Disconnection;
import io.tributary.p2p.NodeKey;
import io.tributary.p2p.Peer;
import io.tributary.p2p.PeerDisconnectedException;
import io.tributary.p2p.crypto.HandshakeMessage;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;
import org.apache.tuweni.rlp.RLP;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class P2pNetworkTest {
  private final List<TestNode> nodes = new ArrayList<>();

  @AfterEach
  void closeNodes() {
    nodes.forEach(TestNode::close);
  }

  private TestNode node() {
    return track(new TestNode());
  }

  private TestNode track(final TestNode node) {
    nodes.add(node);
    return node;
  }

  @Test
  void theEnodeNamesTheAdvertisedHostWhenOneIsSetAndLoopbackForAWildcardListenerOtherwise() {
    final TestNode wildcard = track(new TestNode(TestNode.config().withHost("0.0.0.0"), TestNode.STATUS));
    assertThat(wildcard.network.localEnode().host()).isEqualTo("127.0.0.1");
    final TestNode advertised = track(new TestNode(
        TestNode.builder().host("0.0.0.0").advertisedHost("validator1.example.org").build(),
        TestNode.STATUS));
    assertThat(advertised.network.localEnode().toString())
        .startsWith("enode://" + advertised.key.nodeId().toHexString())
        .endsWith("@validator1.example.org:" + advertised.network.port());
  }

  @Test
  void twoNodesOnLoopbackHandshakeAndLearnEachOthersIdAndStatus() throws Exception {
    final TestNode alice = node();
    final TestNode bob = node();
    final Peer bobSeenByAlice = alice.connectTo(bob);
    final Peer aliceSeenByBob = bob.nextConnected();
    assertThat(bobSeenByAlice.nodeId()).isEqualTo(bob.key.nodeId());
    assertThat(bobSeenByAlice.direction()).isEqualTo(Peer.Direction.OUTBOUND);
    assertThat(bobSeenByAlice.status()).isEqualTo(TestNode.STATUS);
    assertThat(aliceSeenByBob.nodeId()).isEqualTo(alice.key.nodeId());
    assertThat(aliceSeenByBob.direction()).isEqualTo(Peer.Direction.INBOUND);
    assertThat(alice.network.peers()).containsExactly(bobSeenByAlice);
    assertThat(bob.network.peers()).containsExactly(aliceSeenByBob);
  }

  @Test
  void messagesTravelBothWaysInOrderAndNeverInClearOnTheWire() throws Exception {
    final TestNode alice = node();
    final TestNode bob = node();
    final Peer bobPeer = alice.connectTo(bob);
    final Peer alicePeer = bob.nextConnected();
    final ByteArrayOutputStream wire = new ByteArrayOutputStream();
    ((PeerSession) bobPeer).channel().pipeline().addFirst(new ChannelOutboundHandlerAdapter() {
      @Override
      public void write(final ChannelHandlerContext ctx, final Object msg, final ChannelPromise promise)
          throws Exception {
        final ByteBuf buf = (ByteBuf) msg;
        synchronized (wire) {
          wire.write(ByteBufUtil.getBytes(buf));
        }
        super.write(ctx, msg, promise);
      }
    });
    for (int i = 0; i < 50; i++) {
      final int n = i;
      bobPeer.send(0x20, RLP.encodeList(w -> w.writeString("secret transaction " + n)));
      alicePeer.send(0x21, RLP.encodeList(w -> w.writeInt(n)));
    }
    for (int i = 0; i < 50; i++) {
      final int n = i;
      final TestNode.Received atBob = bob.nextMessage();
      assertThat(atBob.type()).isEqualTo(0x20);
      assertThat(atBob.payload()).isEqualTo(RLP.encodeList(w -> w.writeString("secret transaction " + n)));
      assertThat(atBob.from()).isEqualTo(alice.key.nodeId());
      final TestNode.Received atAlice = alice.nextMessage();
      assertThat(atAlice.type()).isEqualTo(0x21);
      assertThat(atAlice.payload()).isEqualTo(RLP.encodeList(w -> w.writeInt(n)));
    }
    synchronized (wire) {
      assertThat(wire.size()).isGreaterThan(50 * "secret transaction".length());
      assertThat(new String(wire.toByteArray(), StandardCharsets.ISO_8859_1)).doesNotContain("secret");
    }
  }

  @Test
  void aTamperedCiphertextByteClosesTheConnectionWithBadFrameSeenByBothSides() throws Exception {
    final TestNode alice = node();
    final TestNode bob = node();
    final Peer bobPeer = alice.connectTo(bob);
    bob.nextConnected();
    ((PeerSession) bobPeer).channel().pipeline().addFirst(new ChannelOutboundHandlerAdapter() {
      @Override
      public void write(final ChannelHandlerContext ctx, final Object msg, final ChannelPromise promise)
          throws Exception {
        final ByteBuf buf = (ByteBuf) msg;
        final int at = buf.readerIndex() + 6;
        buf.setByte(at, buf.getByte(at) ^ 0x40);
        ctx.pipeline().remove(this);
        super.write(ctx, msg, promise);
      }
    });
    bobPeer.send(0x20, RLP.encodeList(w -> w.writeString("hello")));
    final Disconnection atBob = bob.nextDisconnection();
    assertThat(atBob.reason()).isEqualTo(DisconnectReason.BAD_FRAME);
    assertThat(atBob.byRemote()).isFalse();
    final Disconnection atAlice = alice.nextDisconnection();
    assertThat(atAlice.reason()).isEqualTo(DisconnectReason.BAD_FRAME);
    assertThat(atAlice.byRemote()).isTrue();
    assertThat(bob.received).isEmpty();
  }

  @Test
  void aFrameAboveTheReceiversLimitClosesTheConnectionWithFrameTooLarge() throws Exception {
    final TestNode alice = node();
    final TestNode bob = track(new TestNode(TestNode.config().withMaxFrameSize(1024), TestNode.STATUS));
    final Peer bobPeer = alice.connectTo(bob);
    bob.nextConnected();
    bobPeer.send(0x20, RLP.encode(w -> w.writeValue(Bytes.wrap(new byte[4096]))));
    assertThat(bob.nextDisconnection().reason()).isEqualTo(DisconnectReason.FRAME_TOO_LARGE);
    final Disconnection atAlice = alice.nextDisconnection();
    assertThat(atAlice.reason()).isEqualTo(DisconnectReason.FRAME_TOO_LARGE);
    assertThat(atAlice.byRemote()).isTrue();
  }

  @Test
  void sendingAMessageAboveTheOwnFrameLimitIsRefusedBeforeItLeaves() throws Exception {
    final TestNode alice = track(new TestNode(TestNode.config().withMaxFrameSize(1024), TestNode.STATUS));
    final TestNode bob = node();
    final Peer bobPeer = alice.connectTo(bob);
    assertThatThrownBy(() -> bobPeer.send(0x20, RLP.encode(w -> w.writeValue(Bytes.wrap(new byte[2048])))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("frame limit");
    assertThat(bobPeer.isConnected()).isTrue();
  }

  @Test
  void aPeerClaimingAnotherNodesIdWithoutItsKeyIsRefused() throws Exception {
    final TestNode bob = node();
    final NodeKey victim = NodeKey.generate();
    final NodeKey mallory = NodeKey.generate();
    final KeyPair ephemeral = SignatureAlgorithms.get().generateKeyPair();
    final Bytes signedPart = Bytes.concatenate(Bytes.of(HandshakeMessage.VERSION, HandshakeMessage.Kind.AUTH.code()),
        victim.nodeId().publicKey(), ephemeral.publicKey(), Bytes32.random());
    final Hash signingHash = io.tributary.core.crypto.Keccak256.hash(Bytes.concatenate(
        Bytes.wrap("tributary-p2p-auth".getBytes(StandardCharsets.US_ASCII)), signedPart, bob.key.nodeId().publicKey()));
    final Bytes forged = Bytes.concatenate(signedPart, mallory.sign(signingHash).encoded());
    try (Socket socket = new Socket("127.0.0.1", bob.network.port())) {
      socket.setSoTimeout(5000);
      socket.getOutputStream().write(forged.toArrayUnsafe());
      assertThat(readUntilClosed(socket.getInputStream())).isZero();
    }
    final Disconnection atBob = bob.nextDisconnection();
    assertThat(atBob.reason()).isEqualTo(DisconnectReason.BAD_HANDSHAKE);
    assertThat(atBob.nodeId()).isEmpty();
    assertThat(bob.connected).isEmpty();
  }

  @Test
  void dialingAnAddressThatAnswersWithAnotherNodeIdFailsWithBadHandshake() throws Exception {
    final TestNode alice = node();
    final TestNode bob = node();
    final NodeKey expected = NodeKey.generate();
    final ExecutionException failure = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
        () -> alice.network.connect(bob.address(), expected.nodeId()).get(5, TimeUnit.SECONDS));
    assertThat(((PeerDisconnectedException) failure.getCause()).reason()).isEqualTo(DisconnectReason.BAD_HANDSHAKE);
    assertThat(alice.network.peers()).isEmpty();
    // Bob refuses first: the auth was bound to the id Alice expected, not to Bob's.
    assertThat(bob.nextDisconnection().reason()).isEqualTo(DisconnectReason.BAD_HANDSHAKE);
    assertThat(bob.connected).isEmpty();
  }

  @Test
  void nodesOnDifferentChainsDisconnectWithWrongChainSeenByBothSides() throws Exception {
    final TestNode alice = node();
    final TestNode bob = track(new TestNode(TestNode.config(),
        ChainStatus.of(1, TestNode.GENESIS, 7, TestNode.STATUS.headHash())));
    assertThat(alice.failToConnect(bob).reason()).isEqualTo(DisconnectReason.WRONG_CHAIN);
    assertThat(bob.nextDisconnection().reason()).isEqualTo(DisconnectReason.WRONG_CHAIN);
    assertThat(alice.connected).isEmpty();
    assertThat(bob.connected).isEmpty();
  }

  @Test
  void nodesWithDifferentGenesisBlocksDisconnectWithWrongGenesisSeenByBothSides() throws Exception {
    final TestNode alice = node();
    final TestNode bob = track(new TestNode(TestNode.config(),
        ChainStatus.of(1337, Hash.hash(Bytes.of(0x0c)), 7, TestNode.STATUS.headHash())));
    assertThat(alice.failToConnect(bob).reason()).isEqualTo(DisconnectReason.WRONG_GENESIS);
    assertThat(bob.nextDisconnection().reason()).isEqualTo(DisconnectReason.WRONG_GENESIS);
  }

  @Test
  void aNodeAtItsPeerLimitRefusesTheNextPeerWithTooManyPeers() throws Exception {
    final TestNode hub = track(new TestNode(TestNode.config().withMaxPeers(1), TestNode.STATUS));
    final TestNode first = node();
    final TestNode second = node();
    first.connectTo(hub);
    final PeerDisconnectedException refused = second.failToConnect(hub);
    assertThat(refused.reason()).isEqualTo(DisconnectReason.TOO_MANY_PEERS);
    assertThat(refused.disconnection().byRemote()).isTrue();
    assertThat(hub.network.peers()).hasSize(1);
    assertThat(first.network.peers()).hasSize(1);
  }

  @Test
  void aSecondConnectionToAnAlreadyConnectedNodeIsRefused() throws Exception {
    final TestNode alice = node();
    final TestNode bob = node();
    alice.connectTo(bob);
    assertThat(alice.failToConnect(bob).reason()).isEqualTo(DisconnectReason.ALREADY_CONNECTED);
    assertThat(alice.network.peers()).hasSize(1);
  }

  @Test
  void aRequestedDisconnectReachesThePeerWithItsReason() throws Exception {
    final TestNode alice = node();
    final TestNode bob = node();
    alice.connectTo(bob).disconnect(DisconnectReason.MISBEHAVING);
    final Disconnection atBob = bob.nextDisconnection();
    assertThat(atBob.reason()).isEqualTo(DisconnectReason.MISBEHAVING);
    assertThat(atBob.byRemote()).isTrue();
    assertThat(atBob.wasConnected()).isTrue();
    assertThat(alice.nextDisconnection().byRemote()).isFalse();
  }

  @Test
  void aConnectionThatStaysSilentIsDroppedAfterTheIdleTimeout() throws Exception {
    final TestNode bob = track(new TestNode(TestNode.config().withIdleTimeout(Duration.ofMillis(300)),
        TestNode.STATUS));
    try (Socket socket = new Socket("127.0.0.1", bob.network.port())) {
      socket.setSoTimeout(5000);
      assertThat(readUntilClosed(socket.getInputStream())).isZero();
    }
    assertThat(bob.nextDisconnection().reason()).isEqualTo(DisconnectReason.TIMEOUT);
  }

  @Test
  void connectedPeersWithNothingToSayStayConnectedByPinging() throws Exception {
    final TestNode alice = track(new TestNode(TestNode.config().withIdleTimeout(Duration.ofMillis(300)),
        TestNode.STATUS));
    final TestNode bob = track(new TestNode(TestNode.config().withIdleTimeout(Duration.ofMillis(300)),
        TestNode.STATUS));
    final Peer peer = alice.connectTo(bob);
    Thread.sleep(1200);
    assertThat(peer.isConnected()).isTrue();
    assertThat(alice.disconnected).isEmpty();
    assertThat(bob.disconnected).isEmpty();
  }

  @Test
  void closingANodeTellsItsPeersItIsShuttingDown() throws Exception {
    final TestNode alice = node();
    final TestNode bob = new TestNode();
    alice.connectTo(bob);
    bob.close();
    final Disconnection atAlice = alice.nextDisconnection();
    assertThat(atAlice.reason()).isEqualTo(DisconnectReason.SHUTTING_DOWN);
    assertThat(atAlice.byRemote()).isTrue();
  }

  @Test
  void aNewHeadReachesConnectedPeersAndLaterPeersSeeItInTheStatus() throws Exception {
    final TestNode alice = node();
    final TestNode bob = node();
    alice.connectTo(bob);
    bob.nextConnected();
    final Hash head8 = Hash.hash(Bytes.of(8));
    alice.network.updateLocalStatus(ChainStatus.of(1337, TestNode.GENESIS, 8, head8));
    final Peer aliceAtBob = TestNode.next(bob.headChanges, "a head change");
    assertThat(aliceAtBob.nodeId()).isEqualTo(alice.key.nodeId());
    assertThat(aliceAtBob.headNumber()).isEqualTo(8);
    assertThat(aliceAtBob.headHash()).isEqualTo(head8);
    assertThat(bob.network.peer(alice.key.nodeId()).orElseThrow().headNumber()).isEqualTo(8);
    // The same head again says nothing; the next one does.
    alice.network.updateLocalStatus(ChainStatus.of(1337, TestNode.GENESIS, 8, head8));
    alice.network.updateLocalStatus(ChainStatus.of(1337, TestNode.GENESIS, 9, Hash.hash(Bytes.of(9))));
    assertThat(TestNode.next(bob.headChanges, "a head change").headNumber()).isEqualTo(9);
    final TestNode carol = node();
    assertThat(carol.connectTo(alice).headNumber()).isEqualTo(9);
    assertThatThrownBy(() -> alice.network.updateLocalStatus(ChainStatus.of(1, TestNode.GENESIS, 10, head8)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("chain");
  }

  /** Bytes read before the peer closed; the server sends nothing to a bad or silent client. */
  static int readUntilClosed(final InputStream in) throws Exception {
    int total = 0;
    try {
      while (in.read() >= 0) {
        total++;
      }
    } catch (java.net.SocketException reset) {
      // A reset is a close too.
    }
    return total;
  }
}
