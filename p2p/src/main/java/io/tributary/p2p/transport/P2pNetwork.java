package io.tributary.p2p.transport;

import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.timeout.IdleStateHandler;
import io.tributary.p2p.ChainStatus;
import io.tributary.p2p.DisconnectReason;
import io.tributary.p2p.NodeId;
import io.tributary.p2p.NodeKey;
import io.tributary.p2p.P2pConfig;
import io.tributary.p2p.P2pListener;
import io.tributary.p2p.Peer;
import io.tributary.p2p.crypto.Handshake;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The p2p transport of one node: a TCP listener and a dialer over Netty. Every connection runs the handshake
 * ({@link Handshake}), switches to sealed frames, exchanges {@link ChainStatus} and becomes a {@link Peer}; see
 * p2p/PROTOCOL.md. Netty stays inside this package.
 */
public final class P2pNetwork implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(P2pNetwork.class);

  private final NodeKey nodeKey;
  private final P2pConfig config;
  private final Supplier<ChainStatus> localStatus;
  private final P2pListener listener;
  private final PeerRegistry registry;
  private final EventLoopGroup boss = new NioEventLoopGroup(1);
  private final EventLoopGroup workers;
  private Channel serverChannel;

  /**
   * @param localStatus this node's current status, read for every new session
   * @param listener told of peers and messages, on a network thread
   */
  public P2pNetwork(final NodeKey nodeKey, final P2pConfig config, final Supplier<ChainStatus> localStatus,
      final P2pListener listener) {
    this.nodeKey = nodeKey;
    this.config = config;
    this.localStatus = localStatus;
    this.listener = listener;
    this.registry = new PeerRegistry(nodeKey.nodeId(), config.maxPeers());
    this.workers = new NioEventLoopGroup(config.ioThreads());
  }

  /** Binds the listener; returns once it accepts connections. */
  public P2pNetwork start() {
    final ServerBootstrap bootstrap = new ServerBootstrap().group(boss, workers).channel(NioServerSocketChannel.class)
        .childOption(ChannelOption.TCP_NODELAY, true)
        .childHandler(initializer(Handshake::responder, Peer.Direction.INBOUND, null));
    serverChannel = bootstrap.bind(config.host(), config.port()).syncUninterruptibly().channel();
    LOG.info("p2p listening on {} as {}", serverChannel.localAddress(), nodeKey.nodeId().toHexString());
    return this;
  }

  /** The port the listener is bound to (useful with port 0). */
  public int port() {
    return ((InetSocketAddress) serverChannel.localAddress()).getPort();
  }

  public NodeId nodeId() {
    return nodeKey.nodeId();
  }

  /**
   * Dials {@code address}, which must prove to hold {@code expected}'s key. Completes with the peer once its status
   * is accepted, or fails with {@link io.tributary.p2p.PeerDisconnectedException} (the reason) or the socket error.
   */
  public CompletableFuture<Peer> connect(final InetSocketAddress address, final NodeId expected) {
    final CompletableFuture<CompletableFuture<Peer>> session = new CompletableFuture<>();
    final Bootstrap bootstrap = new Bootstrap().group(workers).channel(NioSocketChannel.class)
        .option(ChannelOption.TCP_NODELAY, true)
        .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) config.handshakeTimeout().toMillis())
        .handler(initializer(key -> Handshake.initiator(key, expected), Peer.Direction.OUTBOUND, session));
    final CompletableFuture<Peer> result = new CompletableFuture<>();
    final ChannelFuture connecting = bootstrap.connect(address);
    connecting.addListener(f -> {
      if (!f.isSuccess()) {
        result.completeExceptionally(f.cause());
      }
    });
    session.thenCompose(f -> f).whenComplete((peer, error) -> {
      if (error != null) {
        result.completeExceptionally(error instanceof java.util.concurrent.CompletionException ? error.getCause()
            : error);
      } else {
        result.complete(peer);
      }
    });
    return result;
  }

  /** Peers whose status exchange completed. */
  public List<Peer> peers() {
    return registry.connected();
  }

  /** Says SHUTTING_DOWN to every peer, closes the listener and stops the threads. */
  @Override
  public void close() {
    registry.all().forEach(session -> session.disconnect(DisconnectReason.SHUTTING_DOWN));
    if (serverChannel != null) {
      serverChannel.close().syncUninterruptibly();
    }
    workers.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    boss.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
  }

  private ChannelInitializer<SocketChannel> initializer(
      final java.util.function.Function<NodeKey, Handshake> handshake, final Peer.Direction direction,
      final CompletableFuture<CompletableFuture<Peer>> sessionOut) {
    return new ChannelInitializer<>() {
      @Override
      protected void initChannel(final SocketChannel ch) {
        final long idle = config.idleTimeout().toMillis();
        final PeerSession session = new PeerSession(direction, registry, localStatus, listener,
            config.handshakeTimeout().toMillis(), config.maxFrameSize());
        ch.pipeline()
            .addLast("idle", new IdleStateHandler(idle, idle / 3, 0, TimeUnit.MILLISECONDS))
            .addLast("handshake", new HandshakeHandler(handshake.apply(nodeKey), config.maxFrameSize()))
            .addLast("session", session);
        if (sessionOut != null) {
          sessionOut.complete(session.connectedFuture());
        }
      }
    };
  }
}
