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
import io.netty.util.concurrent.DefaultThreadFactory;
import io.tributary.core.encoding.DecodingException;
import io.tributary.core.crypto.Sha256;
import io.tributary.core.log.DropLog;
import io.tributary.core.rlp.Rlp;
import io.tributary.core.types.Hash;
import io.tributary.p2p.ChainStatus;
import io.tributary.p2p.DisconnectReason;
import io.tributary.p2p.Disconnection;
import io.tributary.p2p.EnodeUrl;
import io.tributary.p2p.MessageHandler;
import io.tributary.p2p.MessageTypes;
import io.tributary.p2p.NodeId;
import io.tributary.p2p.NodeKey;
import io.tributary.p2p.P2pConfig;
import io.tributary.p2p.P2pListener;
import io.tributary.p2p.P2pProtocolException;
import io.tributary.p2p.Peer;
import io.tributary.p2p.PeerDisconnectedException;
import io.tributary.p2p.Penalty;
import io.tributary.p2p.RequestError;
import io.tributary.p2p.RequestFailedException;
import io.tributary.p2p.RequestHandler;
import io.tributary.p2p.crypto.Handshake;
import io.tributary.p2p.peers.AddressBook;
import io.tributary.p2p.peers.BanList;
import io.tributary.p2p.peers.PeerScores;
import io.tributary.p2p.peers.SeenCache;
import io.tributary.p2p.wire.Message;
import io.tributary.p2p.wire.MessageCodec;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

/**
 * The p2p network of one node: a TCP listener and dialer over Netty, and what runs over its sessions. Every
 * connection runs the handshake ({@link Handshake}), switches to sealed frames, exchanges {@link ChainStatus} and
 * becomes a {@link Peer}; see p2p/PROTOCOL.md. On top:
 *
 * <ul>
 *   <li>application messages to handlers ({@link #registerHandler}), sent with {@link #send} and {@link #broadcast};
 *   <li>gossip ({@link #gossip}, {@link #registerGossipHandler}): flooded, de-duplicated by
 *       {@code keccak256(type || payload)}, forwarded only when the handler accepts it;
 *   <li>request/response ({@link #request}, {@link #registerRequestHandler}) with ids, timeouts and in-flight caps;
 *   <li>head announcements ({@link #updateLocalStatus}) and each peer's latest head;
 *   <li>discovery: static peers, bootnodes and peer exchange, redialed with backoff;
 *   <li>limits: per-peer message rate, handshakes in progress, peer scoring and temporary bans.
 * </ul>
 *
 * <p>Threads: Netty's event loops do I/O only. Handlers and listener callbacks run, in arrival order, on one
 * dispatch thread; request handlers and request futures on a small request pool. Netty stays inside this package.
 */
public final class P2pNetwork implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(P2pNetwork.class);
  private static final int BAN_LIST_CAPACITY = 4096;

  private record Registration(MessageHandler handler, boolean gossip) {}

  private final NodeKey nodeKey;
  private final P2pConfig config;
  private final Clock clock;
  private final P2pListener listener;
  private final PeerRegistry registry;
  private final EventLoopGroup boss = new NioEventLoopGroup(1, new DefaultThreadFactory("p2p-accept", true));
  private final EventLoopGroup workers;
  private final ThreadPoolExecutor dispatcher;
  private final ExecutorService requestPool;
  private final AtomicInteger queuedMessages = new AtomicInteger();
  private final AtomicInteger pendingHandshakes = new AtomicInteger();
  private final AtomicLong duplicates = new AtomicLong();
  private final Map<Integer, Registration> handlers = new ConcurrentHashMap<>();
  private final Map<Integer, RequestHandler> requestHandlers = new ConcurrentHashMap<>();
  private final SeenCache seen;
  private final PeerScores scores;
  private final BanList bans = new BanList(BAN_LIST_CAPACITY);
  private final DropLog drops = new DropLog(LOG, Level.WARN, "p2p dropped", DropLog.DEFAULT_INTERVAL);
  private final Discovery discovery;
  private volatile ChainStatus localStatus;
  private volatile Channel serverChannel;

  /** A network on the system clock. */
  public P2pNetwork(final NodeKey nodeKey, final P2pConfig config, final ChainStatus status,
      final P2pListener listener) {
    this(nodeKey, config, status, listener, Clock.systemUTC());
  }

  /**
   * @param status this node's chain and head, sent to every new peer; change the head with
   *     {@link #updateLocalStatus}
   * @param listener told of peers coming, going and changing head, on the dispatch thread
   * @param clock times rate limits, penalty decay, bans and redial backoff
   */
  public P2pNetwork(final NodeKey nodeKey, final P2pConfig config, final ChainStatus status,
      final P2pListener listener, final Clock clock) {
    this.nodeKey = nodeKey;
    this.config = config;
    this.clock = clock;
    this.localStatus = status;
    this.listener = listener;
    this.registry = new PeerRegistry(nodeKey.nodeId(), config.maxPeers());
    this.workers = new NioEventLoopGroup(config.ioThreads(), new DefaultThreadFactory("p2p-io", true));
    this.dispatcher = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
        new DefaultThreadFactory("p2p-dispatch", true));
    this.requestPool = new ThreadPoolExecutor(config.requestThreads(), config.requestThreads(), 0,
        TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), new DefaultThreadFactory("p2p-requests", true));
    this.seen = new SeenCache(config.gossipSeenCacheSize());
    this.scores = new PeerScores(config.penaltyDecayPerSecond());
    this.discovery = new Discovery(this, new AddressBook(config.addressBookSize(),
        config.redialMinBackoff().toMillis(), config.redialMaxBackoff().toMillis()));
  }

  /** Binds the listener (returns once it accepts connections) and starts dialing configured peers. */
  public P2pNetwork start() {
    final ServerBootstrap bootstrap = new ServerBootstrap().group(boss, workers).channel(NioServerSocketChannel.class)
        .option(ChannelOption.SO_REUSEADDR, true)
        .childOption(ChannelOption.TCP_NODELAY, true)
        .childHandler(initializer(Handshake::responder, Peer.Direction.INBOUND, null));
    serverChannel = bootstrap.bind(config.host(), config.port()).syncUninterruptibly().channel();
    LOG.info("p2p listening on {} as {}", serverChannel.localAddress(), localEnode());
    discovery.start(workers.next());
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
   * This node's enode URL: its id, the advertised host (else the bound host, 127.0.0.1 for a wildcard) and the bound
   * port.
   */
  public EnodeUrl localEnode() {
    final String host = config.advertisedHost().orElseGet(() ->
        config.host().equals("0.0.0.0") || config.host().equals("::") ? "127.0.0.1" : config.host());
    return new EnodeUrl(nodeKey.nodeId(), host, port());
  }

  // ------------------------------------------------------------------------------------------------ connections

  /** Dials {@code enode}; see {@link #connect(InetSocketAddress, NodeId)}. */
  public CompletableFuture<Peer> connect(final EnodeUrl enode) {
    InetSocketAddress address;
    try {
      address = MessageCodec.isIpLiteral(enode.host())
          ? new InetSocketAddress(InetAddress.getByName(enode.host()), enode.port()) : enode.socketAddress();
    } catch (UnknownHostException e) {
      address = enode.socketAddress();
    }
    return connect(address, enode.nodeId());
  }

  /**
   * Dials {@code address}, which must prove to hold {@code expected}'s key. Completes with the peer once its status
   * is accepted, or fails with {@link PeerDisconnectedException} (the reason; BANNED without dialing when the id or
   * address is banned) or the socket error.
   */
  public CompletableFuture<Peer> connect(final InetSocketAddress address, final NodeId expected) {
    final long now = clock.millis();
    if (bans.isBanned(expected, now) || (!address.isUnresolved() && bans.isBanned(address.getAddress(), now))) {
      return CompletableFuture.failedFuture(new PeerDisconnectedException(new Disconnection(Optional.of(expected),
          address, Peer.Direction.OUTBOUND, DisconnectReason.BANNED, false, false)));
    }
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
        result.completeExceptionally(error instanceof CompletionException ? error.getCause() : error);
      } else {
        result.complete(peer);
      }
    });
    return result;
  }

  /** Peers whose status exchange completed, in the order they connected. */
  public List<Peer> peers() {
    return PeerSession.asPeers(registry.connected());
  }

  /** The connected peer with this id. */
  public Optional<Peer> peer(final NodeId nodeId) {
    return registry.get(nodeId).filter(PeerSession::isConnected).map(s -> s);
  }

  // ------------------------------------------------------------------------------------------------ messaging

  /**
   * Handles direct messages of {@code type} (0x10-0xff) sent with {@link #send} or {@link #broadcast}; they are not
   * forwarded. One handler per type, direct or gossip.
   */
  public void registerHandler(final int type, final MessageHandler handler) {
    register(type, new Registration(handler, false));
  }

  /**
   * Handles gossip of {@code type}: each distinct message (by {@code keccak256(type || payload)}) reaches the handler
   * once, and is forwarded to every other peer when the handler returns ACCEPT.
   */
  public void registerGossipHandler(final int type, final MessageHandler handler) {
    register(type, new Registration(handler, true));
  }

  private void register(final int type, final Registration registration) {
    MessageTypes.requireApplication(type);
    if (handlers.putIfAbsent(type, registration) != null) {
      throw new IllegalStateException("message type 0x" + Integer.toHexString(type) + " already has a handler");
    }
  }

  /** Serves requests of {@code type} (0x10-0xff; a separate space from message types). One handler per type. */
  public void registerRequestHandler(final int type, final RequestHandler handler) {
    MessageTypes.requireApplication(type);
    if (requestHandlers.putIfAbsent(type, handler) != null) {
      throw new IllegalStateException("request type 0x" + Integer.toHexString(type) + " already has a handler");
    }
  }

  /**
   * Sends one message to one peer; false when not connected to it. The payload is one RLP item; a message above the
   * frame limit is an {@link IllegalArgumentException}.
   */
  public boolean send(final NodeId to, final int type, final Bytes payload) {
    final Optional<PeerSession> session = registry.get(to).filter(PeerSession::isConnected);
    session.ifPresent(s -> s.send(type, payload));
    return session.isPresent();
  }

  /** Sends one message to every connected peer (not forwarded by them); returns how many. */
  public int broadcast(final int type, final Bytes payload) {
    final List<PeerSession> peers = registry.connected();
    peers.forEach(p -> p.send(type, payload));
    return peers.size();
  }

  /**
   * Floods a message of a gossip {@code type} to every peer, which pass it on when their handler accepts it. False
   * (and nothing sent) when this message was already seen, sent or received.
   */
  public boolean gossip(final int type, final Bytes payload) {
    MessageTypes.requireApplication(type);
    if (!seen.add(messageId(type, payload))) {
      return false;
    }
    registry.connected().forEach(p -> p.send(type, payload));
    return true;
  }

  /**
   * The id gossip de-duplicates by: {@code sha256(type || payload)}. It never leaves this node, so it need not be
   * keccak: every gossiped message is hashed on arrival, and the JDK's SHA-256 (CPU instructions) costs a fraction of
   * Bouncy Castle's keccak there (4% of a validator's CPU under load, benchmarks/testnet.md).
   */
  public static Hash messageId(final int type, final Bytes payload) {
    return Hash.wrap(Bytes32.wrap(Sha256.digest(new byte[] {(byte) type}, payload.toArrayUnsafe())));
  }

  /** Gossip copies dropped as already seen (for metrics and tests). */
  public long duplicateGossip() {
    return duplicates.get();
  }

  /**
   * Asks {@code to}'s handler of request {@code type}. The future completes with the response payload, or fails with
   * a {@link RequestFailedException}: an error the peer sent, TIMEOUT (the peer is penalised), DISCONNECTED,
   * NOT_CONNECTED or TOO_MANY_IN_FLIGHT ({@link P2pConfig#maxInFlightRequests()}). It completes on a p2p request
   * thread: do long work with an async stage on another executor. A response that turns out useless should be
   * reported with {@link #penalize} ({@link Penalty#INVALID_RESPONSE}).
   */
  public CompletableFuture<Bytes> request(final NodeId to, final int type, final Bytes payload,
      final Duration timeout) {
    MessageTypes.requireApplication(type);
    final Optional<PeerSession> session = registry.get(to).filter(PeerSession::isConnected);
    if (session.isEmpty()) {
      return CompletableFuture.failedFuture(new RequestFailedException(RequestError.NOT_CONNECTED,
          String.valueOf(to)));
    }
    return session.get().request(type, payload, timeout);
  }

  /**
   * Sets this node's status; the chain (protocol version, chain id, genesis) must stay the same. When the head
   * changed, every peer is sent a NewHead.
   */
  public void updateLocalStatus(final ChainStatus status) {
    final ChainStatus previous = localStatus;
    final Optional<DisconnectReason> changed = previous.incompatibility(status);
    if (changed.isPresent()) {
      throw new IllegalArgumentException("a node's chain cannot change (" + changed.get().description() + ")");
    }
    localStatus = status;
    if (previous.headNumber() != status.headNumber() || !previous.headHash().equals(status.headHash())) {
      registry.all().forEach(s -> s.announceHead(status.headNumber(), status.headHash()));
    }
  }

  public ChainStatus localStatus() {
    return localStatus;
  }

  // ------------------------------------------------------------------------------------------------ peer scoring

  /**
   * Adds {@code penalty}'s points to the peer; at {@link P2pConfig#banThreshold()} it is disconnected (MISBEHAVING)
   * and banned for {@link P2pConfig#banDuration()}. The node calls this for what only it can judge (an invalid
   * block, a useless sync response).
   */
  public void penalize(final NodeId nodeId, final Penalty penalty, final String detail) {
    final long now = clock.millis();
    final long points = scores.add(nodeId, penalty.points(), now);
    LOG.debug("peer {} penalised {} ({}): {} points", nodeId, penalty, detail, points);
    if (points >= config.banThreshold()) {
      final Optional<PeerSession> session = registry.get(nodeId);
      LOG.info("banning peer {} for {} s: {} ({})", nodeId, config.banDuration().toSeconds(), penalty, detail);
      ban(nodeId, config.banDuration(), session.map(PeerSession::remoteAddress).map(InetSocketAddress::getAddress)
          .orElse(null));
      session.ifPresent(s -> s.disconnect(DisconnectReason.MISBEHAVING));
    }
  }

  /** Refuses {@code nodeId} on dial and accept for {@code duration}, and disconnects it now. */
  public void ban(final NodeId nodeId, final Duration duration) {
    final Optional<PeerSession> session = registry.get(nodeId);
    ban(nodeId, duration, session.map(PeerSession::remoteAddress).map(InetSocketAddress::getAddress).orElse(null));
    session.ifPresent(s -> s.disconnect(DisconnectReason.BANNED));
  }

  private void ban(final NodeId nodeId, final Duration duration, final InetAddress address) {
    bans.ban(nodeId, config.banIps() ? address : null, clock.millis() + duration.toMillis());
    scores.reset(nodeId);
  }

  public boolean isBanned(final NodeId nodeId) {
    return bans.isBanned(nodeId, clock.millis());
  }

  /** The peer's penalty points now (0 for a well-behaved or unknown peer). */
  public long penaltyPoints(final NodeId nodeId) {
    return scores.points(nodeId, clock.millis());
  }

  /**
   * Connections, sessions and messages refused or dropped since start, by reason as the WARN summary (one line per
   * 30 s at most) words them: refused at accept, failed or unfinished handshakes, protocol violations, messages over
   * the rate limit or the dispatch queue.
   */
  public Map<String, Long> dropped() {
    return drops.totals();
  }

  /** Logs the summary of what was dropped since the last one now, rather than at the end of its period. */
  public void logDropped() {
    drops.flush();
  }

  /** Says SHUTTING_DOWN to every peer, closes the listener and stops the threads. */
  @Override
  public void close() {
    discovery.stop();
    registry.all().forEach(session -> session.disconnect(DisconnectReason.SHUTTING_DOWN));
    if (serverChannel != null) {
      serverChannel.close().syncUninterruptibly();
    }
    workers.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    boss.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    dispatcher.shutdown();
    requestPool.shutdown();
    try {
      dispatcher.awaitTermination(2, TimeUnit.SECONDS);
      requestPool.awaitTermination(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    drops.flush();
  }

  // ------------------------------------------------------------------------------------------------ for sessions

  P2pConfig config() {
    return config;
  }

  Clock clock() {
    return clock;
  }

  PeerRegistry registry() {
    return registry;
  }

  int listenPort() {
    final Channel server = serverChannel;
    return server == null ? 0 : port();
  }

  /** Inbound connections counted against {@link P2pConfig#maxPendingHandshakes()} now. */
  int pendingHandshakes() {
    return pendingHandshakes.get();
  }

  void handshakeSettled() {
    pendingHandshakes.decrementAndGet();
  }

  void sessionEstablished(final PeerSession session) {
    discovery.established(session);
    dispatch(() -> listener.onPeerConnected(session), "connect of " + session.nodeId());
  }

  void sessionEnded(final Disconnection disconnection) {
    if (!disconnection.byRemote()) {
      final DisconnectReason reason = disconnection.reason();
      final String what = disconnection.nodeId().map(String::valueOf).orElse("a connection") + " at "
          + disconnection.remoteAddress();
      switch (reason) {
        case BAD_HANDSHAKE -> drops.drop("failed handshakes", what + ": " + reason.description());
        case TIMEOUT -> {
          if (!disconnection.wasConnected()) {
            drops.drop("connections timed out before their Status", what);
          }
        }
        case FRAME_TOO_LARGE, BAD_FRAME, BAD_MESSAGE, UNEXPECTED_MESSAGE ->
            drops.drop("sessions ended for a protocol violation", what + ": " + reason.description());
        default -> {
          // Not an abuse: limits, shutdown, incompatible chains.
        }
      }
    }
    discovery.ended(disconnection);
    dispatch(() -> listener.onDisconnected(disconnection), "disconnect of " + disconnection.nodeId());
  }

  /** Counts something a session dropped (a message over the rate limit) for the summary. */
  void dropped(final String reason, final String detail) {
    drops.drop(reason, detail);
  }

  void headChanged(final PeerSession session) {
    dispatch(() -> listener.onPeerHeadChanged(session), "head of " + session.nodeId());
  }

  /** The enodes of our other peers, for a Peers answer to {@code asking}. */
  List<EnodeUrl> enodesFor(final PeerSession asking) {
    final boolean askerIsLocal = asking.remoteAddress().getAddress().isLoopbackAddress();
    final List<EnodeUrl> enodes = new ArrayList<>();
    for (final PeerSession peer : registry.connected()) {
      if (enodes.size() == Message.MAX_PEERS_PER_MESSAGE) {
        break;
      }
      if (peer == asking) {
        continue;
      }
      peer.enode().filter(e -> askerIsLocal || !peer.remoteAddress().getAddress().isLoopbackAddress())
          .ifPresent(enodes::add);
    }
    return enodes;
  }

  void learnPeers(final PeerSession from, final List<EnodeUrl> enodes) {
    discovery.learn(from, enodes);
  }

  void applicationMessage(final PeerSession from, final int type, final Bytes payload) {
    final Registration registration = handlers.get(type);
    if (registration == null) {
      LOG.trace("no handler for message 0x{} from {}", Integer.toHexString(type), from.nodeId());
      return;
    }
    final Hash id = registration.gossip() ? messageId(type, payload) : null;
    if (id != null && !seen.add(id)) {
      duplicates.incrementAndGet();
      return;
    }
    if (queuedMessages.incrementAndGet() > config.dispatchQueueSize()) {
      queuedMessages.decrementAndGet();
      if (id != null) {
        seen.remove(id); // so a later copy gets its chance
      }
      drops.drop("messages over the dispatch queue of " + config.dispatchQueueSize(), "message 0x"
          + Integer.toHexString(type) + " from " + from.nodeId());
      return;
    }
    final NodeId sender = from.nodeId();
    dispatch(() -> {
      try {
        handle(sender, type, payload, registration);
      } finally {
        queuedMessages.decrementAndGet();
      }
    }, "message 0x" + Integer.toHexString(type));
  }

  private void handle(final NodeId sender, final int type, final Bytes payload, final Registration registration) {
    MessageHandler.Verdict verdict;
    try {
      verdict = registration.handler().handle(sender, payload);
    } catch (P2pProtocolException | DecodingException e) {
      penalize(sender, Penalty.MALFORMED_PAYLOAD, "message 0x" + Integer.toHexString(type) + ": " + e.getMessage());
      return;
    } catch (RuntimeException e) {
      LOG.warn("handler of message 0x{} failed on a message from {}", Integer.toHexString(type), sender, e);
      return;
    }
    if (verdict == MessageHandler.Verdict.REJECT) {
      penalize(sender, Penalty.REJECTED_MESSAGE, "message 0x" + Integer.toHexString(type) + " rejected");
    } else if (verdict == MessageHandler.Verdict.ACCEPT && registration.gossip()) {
      for (final PeerSession peer : registry.connected()) {
        if (!peer.nodeId().equals(sender)) {
          peer.send(type, payload);
        }
      }
    }
  }

  void serveRequest(final PeerSession from, final Message.Request request) {
    final RequestHandler handler = requestHandlers.get(request.requestType());
    if (handler == null) {
      from.respond(new Message.ErrorResponse(request.id(), RequestError.UNKNOWN_TYPE,
          "no handler for request 0x" + Integer.toHexString(request.requestType())));
      return;
    }
    final NodeId sender = from.nodeId();
    try {
      requestPool.execute(() -> from.respond(answer(sender, request, handler)));
    } catch (RejectedExecutionException e) {
      from.respond(new Message.ErrorResponse(request.id(), RequestError.INTERNAL_ERROR, "shutting down"));
    }
  }

  private Message answer(final NodeId sender, final Message.Request request, final RequestHandler handler) {
    final String what = "request 0x" + Integer.toHexString(request.requestType());
    final Bytes response;
    try {
      response = handler.handle(sender, request.payload());
    } catch (RequestFailedException e) {
      final RequestError error = e.error().onWire() ? e.error() : RequestError.INTERNAL_ERROR;
      return new Message.ErrorResponse(request.id(), error, e.getMessage());
    } catch (P2pProtocolException | DecodingException e) {
      penalize(sender, Penalty.MALFORMED_PAYLOAD, what + ": " + e.getMessage());
      return new Message.ErrorResponse(request.id(), RequestError.BAD_REQUEST, e.getMessage());
    } catch (RuntimeException e) {
      LOG.warn("{} handler failed on a request from {}", what, sender, e);
      return new Message.ErrorResponse(request.id(), RequestError.INTERNAL_ERROR, "internal error");
    }
    if (response.size() + PeerSession.REQUEST_OVERHEAD > config.maxFrameSize()) {
      LOG.warn("{} handler answered {} bytes, above the frame limit", what, response.size());
      return new Message.ErrorResponse(request.id(), RequestError.INTERNAL_ERROR, "response too large");
    }
    try {
      Rlp.decodeItem(response);
    } catch (DecodingException e) {
      LOG.warn("{} handler answered something that is not one RLP item: {}", what, e.getMessage());
      return new Message.ErrorResponse(request.id(), RequestError.INTERNAL_ERROR, "internal error");
    }
    return new Message.Response(request.id(), response);
  }

  /** Completes a request future on the request pool, so no caller code runs on an event loop. */
  void complete(final CompletableFuture<Bytes> future, final Bytes payload, final Throwable error) {
    final Runnable completion = () -> {
      if (error != null) {
        future.completeExceptionally(error);
      } else {
        future.complete(payload);
      }
    };
    try {
      requestPool.execute(completion);
    } catch (RejectedExecutionException e) {
      completion.run();
    }
  }

  private void dispatch(final Runnable task, final String what) {
    try {
      dispatcher.execute(() -> {
        try {
          task.run();
        } catch (RuntimeException e) {
          LOG.warn("p2p listener failed on {}", what, e);
        }
      });
    } catch (RejectedExecutionException e) {
      LOG.debug("p2p closed, dropped {}", what);
    }
  }

  private ChannelInitializer<SocketChannel> initializer(final Function<NodeKey, Handshake> handshake,
      final Peer.Direction direction, final CompletableFuture<CompletableFuture<Peer>> sessionOut) {
    return new ChannelInitializer<>() {
      @Override
      protected void initChannel(final SocketChannel ch) {
        final boolean inbound = direction == Peer.Direction.INBOUND;
        if (inbound && !admit(ch)) {
          ch.close();
          return;
        }
        final long idle = config.idleTimeout().toMillis();
        final PeerSession session = new PeerSession(direction, P2pNetwork.this, inbound);
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

  /** Whether to start a handshake with an inbound connection: not from a banned IP, and below the handshake cap. */
  private boolean admit(final SocketChannel ch) {
    final InetAddress ip = ch.remoteAddress().getAddress();
    if (bans.isBanned(ip, clock.millis())) {
      drops.drop("connections from banned addresses", "connection from " + ip);
      return false;
    }
    if (pendingHandshakes.incrementAndGet() > config.maxPendingHandshakes()) {
      pendingHandshakes.decrementAndGet();
      drops.drop("connections over " + config.maxPendingHandshakes() + " handshakes in progress", "connection from "
          + ip);
      return false;
    }
    return true;
  }
}
