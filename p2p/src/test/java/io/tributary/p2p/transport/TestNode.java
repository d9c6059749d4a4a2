package io.tributary.p2p.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.core.types.Hash;
import io.tributary.p2p.ChainStatus;
import io.tributary.p2p.Disconnection;
import io.tributary.p2p.NodeKey;
import io.tributary.p2p.P2pConfig;
import io.tributary.p2p.P2pListener;
import io.tributary.p2p.Peer;
import io.tributary.p2p.PeerDisconnectedException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.tuweni.bytes.Bytes;

/** A real P2pNetwork on loopback that records what its listener hears. */
final class TestNode implements P2pListener, AutoCloseable {
  static final Hash GENESIS = Hash.hash(Bytes.of(0x0b));
  static final ChainStatus STATUS = ChainStatus.of(1337, GENESIS, 7, Hash.hash(Bytes.of(7)));

  record Received(Peer peer, int type, Bytes payload) {}

  final NodeKey key = NodeKey.generate();
  final BlockingQueue<Peer> connected = new LinkedBlockingQueue<>();
  final BlockingQueue<Disconnection> disconnected = new LinkedBlockingQueue<>();
  final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
  final P2pNetwork network;

  TestNode() {
    this(config(), STATUS);
  }

  TestNode(final P2pConfig config, final ChainStatus status) {
    network = new P2pNetwork(key, config, () -> status, this).start();
  }

  static P2pConfig config() {
    return P2pConfig.defaults().withHost("127.0.0.1").withPort(0).withIdleTimeout(Duration.ofSeconds(10))
        .withHandshakeTimeout(Duration.ofSeconds(5));
  }

  InetSocketAddress address() {
    return new InetSocketAddress("127.0.0.1", network.port());
  }

  Peer connectTo(final TestNode other) throws Exception {
    return network.connect(other.address(), other.key.nodeId()).get(5, TimeUnit.SECONDS);
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

  Peer nextConnected() throws InterruptedException {
    return next(connected, "a connected peer");
  }

  Disconnection nextDisconnection() throws InterruptedException {
    return next(disconnected, "a disconnection");
  }

  Received nextMessage() throws InterruptedException {
    return next(received, "a message");
  }

  private static <T> T next(final BlockingQueue<T> queue, final String what) throws InterruptedException {
    final T value = queue.poll(5, TimeUnit.SECONDS);
    if (value == null) {
      throw new AssertionError("no " + what + " within 5 s");
    }
    return value;
  }

  @Override
  public void onPeerConnected(final Peer peer) {
    connected.add(peer);
  }

  @Override
  public void onMessage(final Peer peer, final int type, final Bytes payload) {
    received.add(new Received(peer, type, payload));
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
