package io.tributary.p2p.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.core.types.Hash;
import io.tributary.p2p.ChainStatus;
import io.tributary.p2p.Disconnection;
import io.tributary.p2p.MessageHandler;
import io.tributary.p2p.NodeId;
import io.tributary.p2p.NodeKey;
import io.tributary.p2p.P2pConfig;
import io.tributary.p2p.P2pListener;
import io.tributary.p2p.Peer;
import io.tributary.p2p.PeerDisconnectedException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.apache.tuweni.bytes.Bytes;

/**
 * A real P2pNetwork on loopback that records what its listener hears, and the direct messages of the
 * {@link #RECORDED_TYPES}.
 */
final class TestNode implements P2pListener, AutoCloseable {
  static final Hash GENESIS = Hash.hash(Bytes.of(0x0b));
  static final ChainStatus STATUS = ChainStatus.of(1337, GENESIS, 7, Hash.hash(Bytes.of(7)));
  static final int[] RECORDED_TYPES = {0x10, 0x20, 0x21};

  record Received(NodeId from, int type, Bytes payload) {}

  final NodeKey key;
  final BlockingQueue<Peer> connected = new LinkedBlockingQueue<>();
  final BlockingQueue<Disconnection> disconnected = new LinkedBlockingQueue<>();
  final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
  final BlockingQueue<Peer> headChanges = new LinkedBlockingQueue<>();
  final P2pNetwork network;

  TestNode() {
    this(config(), STATUS);
  }

  TestNode(final P2pConfig config, final ChainStatus status) {
    this(NodeKey.generate(), config, status, Clock.systemUTC());
  }

  TestNode(final P2pConfig config, final Clock clock) {
    this(NodeKey.generate(), config, STATUS, clock);
  }

  TestNode(final NodeKey key, final P2pConfig config, final ChainStatus status, final Clock clock) {
    this.key = key;
    network = new P2pNetwork(key, config, status, this, clock);
    for (final int type : RECORDED_TYPES) {
      network.registerHandler(type, (from, payload) -> {
        received.add(new Received(from, type, payload));
        return MessageHandler.Verdict.ACCEPT;
      });
    }
    network.start();
  }

  /**
   * Fast settings for loopback tests, with no dialing of their own: no peer exchange, an outbound target of 0 (so
   * only static peers are dialed; none are configured) and short timeouts.
   */
  static P2pConfig config() {
    return builder().build();
  }

  static P2pConfig.Builder builder() {
    return P2pConfig.defaults().toBuilder().host("127.0.0.1").port(0).idleTimeout(Duration.ofSeconds(10))
        .handshakeTimeout(Duration.ofSeconds(5)).discoveryInterval(Duration.ofMillis(50))
        .redialBackoff(Duration.ofMillis(100), Duration.ofMillis(400)).peerExchange(false).targetOutboundPeers(0)
        .peerExchangeInterval(Duration.ofMillis(200));
  }

  InetSocketAddress address() {
    return new InetSocketAddress("127.0.0.1", network.port());
  }

  NodeId id() {
    return key.nodeId();
  }

  /** Dials {@code other} and returns once both sides have completed the status exchange. */
  Peer connectTo(final TestNode other) throws Exception {
    final Peer peer = network.connect(other.address(), other.key.nodeId()).get(5, TimeUnit.SECONDS);
    await("the other side to see the connection", () -> other.isConnectedTo(this));
    return peer;
  }

  /** Dials {@code other} expecting the attempt to fail; returns why. */
  PeerDisconnectedException failToConnect(final TestNode other) throws Exception {
    try {
      network.connect(other.address(), other.key.nodeId()).get(5, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      assertThat(e.getCause()).isInstanceOf(PeerDisconnectedException.class);
      return (PeerDisconnectedException) e.getCause();
    }
    throw new AssertionError("connection to " + other.key.nodeId() + " succeeded");
  }

  boolean isConnectedTo(final TestNode other) {
    return network.peer(other.id()).isPresent();
  }

  Peer nextConnected() throws InterruptedException {
    return next(connected, "a connected peer");
  }

  Disconnection nextDisconnection() throws InterruptedException {
    return next(disconnected, "a disconnection");
  }

  Received nextMessage() throws InterruptedException {
    return next(received, "a message");
  }

  static <T> T next(final BlockingQueue<T> queue, final String what) throws InterruptedException {
    final T value = queue.poll(5, TimeUnit.SECONDS);
    if (value == null) {
      throw new AssertionError("no " + what + " within 5 s");
    }
    return value;
  }

  /** Waits up to 10 s for {@code condition}, polling; fails naming {@code what}. */
  static void await(final String what, final BooleanSupplier condition) throws InterruptedException {
    final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting for " + what);
      }
      Thread.sleep(10);
    }
  }

  @Override
  public void onPeerConnected(final Peer peer) {
    connected.add(peer);
  }

  @Override
  public void onPeerHeadChanged(final Peer peer) {
    headChanges.add(peer);
  }

  @Override
  public void onDisconnected(final Disconnection disconnection) {
    disconnected.add(disconnection);
  }

  @Override
  public void close() {
    network.close();
  }
}
