package io.tributary.p2p.transport;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.timeout.IdleState;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.concurrent.ScheduledFuture;
import io.tributary.core.types.Hash;
import io.tributary.p2p.ChainStatus;
import io.tributary.p2p.DisconnectReason;
import io.tributary.p2p.Disconnection;
import io.tributary.p2p.EnodeUrl;
import io.tributary.p2p.NodeId;
import io.tributary.p2p.P2pProtocolException;
import io.tributary.p2p.Peer;
import io.tributary.p2p.PeerDisconnectedException;
import io.tributary.p2p.Penalty;
import io.tributary.p2p.RequestError;
import io.tributary.p2p.RequestFailedException;
import io.tributary.p2p.peers.TokenBucket;
import io.tributary.p2p.wire.Message;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.tuweni.bytes.Bytes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last handler of a connection and the {@link Peer} it becomes: after the handshake it takes a registry slot and
 * sends Status; the peer's Status, if compatible, makes it connected. Afterwards it answers Pings, pings when idle,
 * meters the peer's messages, keeps its head, runs the peer exchange and request/response bookkeeping, hands
 * application messages to the network, and ends on any protocol error with a Disconnect naming the reason. All state
 * changes run on the channel's event loop.
 */
final class PeerSession extends ChannelInboundHandlerAdapter implements Peer {
  private static final Logger LOG = LoggerFactory.getLogger(PeerSession.class);
  /** Bytes a Request or Response adds around its payload at most (type byte, list, id, request type, string). */
  static final int REQUEST_OVERHEAD = 24;
  /** How long a connection we disconnected stays half-open for the peer to read our reason and close. */
  static final long DISCONNECT_GRACE_MILLIS = 1000;

  private record Pending(CompletableFuture<Bytes> future, int type, ScheduledFuture<?> timer) {}

  private final Direction direction;
  private final P2pNetwork network;
  private final int maxFrameSize;
  private final CompletableFuture<Peer> connected = new CompletableFuture<>();
  private final AtomicLong nextRequestId = new AtomicLong();
  private final Map<Long, Pending> pending = new ConcurrentHashMap<>();
  private final AtomicInteger requestsInFlight = new AtomicInteger();
  private final AtomicInteger servingInFlight = new AtomicInteger();

  private volatile Channel channel;
  private volatile InetSocketAddress remoteAddress;
  private volatile NodeId remoteId;
  private volatile ChainStatus remoteStatus;
  private volatile int remoteListenPort;
  private volatile boolean established;
  private volatile boolean statusSent;
  /** Set once this session decided to end (a Disconnect sent or received); it is no longer offered as a peer. */
  private volatile boolean closing;
  private boolean encrypted;
  private boolean registered;
  private boolean pendingHandshake;
  private boolean askedForPeers;
  private DisconnectReason reason;
  private boolean byRemote;
  private ScheduledFuture<?> handshakeTimer;
  private TokenBucket bucket;

  /** @param pendingHandshake true for an inbound connection counted against the handshake cap until it settles */
  PeerSession(final Direction direction, final P2pNetwork network, final boolean pendingHandshake) {
    this.direction = direction;
    this.network = network;
    this.maxFrameSize = network.config().maxFrameSize();
    this.pendingHandshake = pendingHandshake;
  }

  /** Completes when the status exchange succeeds; fails with {@link PeerDisconnectedException} otherwise. */
  CompletableFuture<Peer> connectedFuture() {
    return connected;
  }

  Channel channel() {
    return channel;
  }

  @Override
  public void channelActive(final ChannelHandlerContext ctx) throws Exception {
    channel = ctx.channel();
    remoteAddress = (InetSocketAddress) ctx.channel().remoteAddress();
    handshakeTimer = ctx.executor().schedule(() -> {
      if (!established) {
        disconnect(DisconnectReason.TIMEOUT);
      }
    }, network.config().handshakeTimeout().toMillis(), TimeUnit.MILLISECONDS);
    super.channelActive(ctx);
  }

  @Override
  public void userEventTriggered(final ChannelHandlerContext ctx, final Object event) throws Exception {
    if (event instanceof HandshakeCompleted done) {
      remoteId = done.remoteId();
      encrypted = true;
      if (network.isBanned(remoteId)) {
        disconnect(DisconnectReason.BANNED);
        return;
      }
      final Optional<DisconnectReason> refused = network.registry().register(remoteId, this);
      if (refused.isPresent()) {
        disconnect(refused.get());
        return;
      }
      registered = true;
      statusSent = true;
      ctx.writeAndFlush(new Message.Status(network.localStatus(), network.listenPort()));
    } else if (event instanceof IdleStateEvent idle) {
      if (idle.state() == IdleState.READER_IDLE) {
        disconnect(DisconnectReason.TIMEOUT);
      } else if (idle.state() == IdleState.WRITER_IDLE && established && reason == null) {
        ctx.writeAndFlush(new Message.Ping());
      }
    } else {
      super.userEventTriggered(ctx, event);
    }
  }

  @Override
  public void channelRead(final ChannelHandlerContext ctx, final Object msg) {
    if (reason != null || !(msg instanceof Message message)) {
      ReferenceCountUtil.release(msg);
      return;
    }
    if (message instanceof Message.Disconnect d) {
      closeByRemote(d.reason());
      return;
    }
    if (message instanceof Message.Status s) {
      onStatus(s);
      return;
    }
    if (!established) {
      violation(DisconnectReason.UNEXPECTED_MESSAGE, "message 0x" + Integer.toHexString(message.type())
          + " before Status");
      return;
    }
    if (!bucket.tryTake(network.clock().millis())) {
      network.dropped("messages over the rate limit", "message 0x" + Integer.toHexString(message.type()) + " from "
          + remoteId);
      network.penalize(remoteId, Penalty.RATE_LIMITED, "message 0x" + Integer.toHexString(message.type())
          + " over the rate limit");
      return;
    }
    if (message instanceof Message.Ping) {
      ctx.writeAndFlush(new Message.Pong());
    } else if (message instanceof Message.NewHead head) {
      onNewHead(head);
    } else if (message instanceof Message.GetPeers) {
      if (network.config().peerExchange()) {
        ctx.writeAndFlush(new Message.Peers(network.enodesFor(this)));
      }
    } else if (message instanceof Message.Peers peers) {
      if (!askedForPeers) {
        network.penalize(remoteId, Penalty.UNSOLICITED, "peers nobody asked for");
        return;
      }
      askedForPeers = false;
      network.learnPeers(this, peers.peers());
    } else if (message instanceof Message.Request request) {
      onRequest(request);
    } else if (message instanceof Message.Response response) {
      onResponse(response.id(), response.payload(), null);
    } else if (message instanceof Message.ErrorResponse error) {
      onResponse(error.id(), null, new RequestFailedException(error.error(), "from " + remoteId + ": "
          + printable(error.message())));
    } else if (message instanceof Message.App app) {
      network.applicationMessage(this, app.type(), app.payload());
    }
  }

  private void onStatus(final Message.Status message) {
    if (established || !statusSent) {
      violation(DisconnectReason.UNEXPECTED_MESSAGE, established ? "a second Status" : "Status before ours");
      return;
    }
    final ChainStatus status = message.status();
    final Optional<DisconnectReason> incompatible = network.localStatus().incompatibility(status);
    if (incompatible.isPresent()) {
      LOG.debug("peer {} is incompatible: {} (its status {})", remoteId, incompatible.get(), status);
      disconnect(incompatible.get());
      return;
    }
    remoteStatus = status;
    remoteListenPort = message.listenPort();
    bucket = new TokenBucket(network.config().messageRate(), network.config().messageBurst(),
        network.clock().millis());
    established = true;
    handshakeTimer.cancel(false);
    settleHandshake();
    LOG.debug("peer {} connected ({}, head {})", remoteId, direction, status.headNumber());
    network.sessionEstablished(this);
    connected.complete(this);
  }

  private void onNewHead(final Message.NewHead head) {
    final ChainStatus current = remoteStatus;
    if (current.headNumber() == head.number() && current.headHash().equals(head.hash())) {
      return;
    }
    remoteStatus = new ChainStatus(current.protocolVersion(), current.chainId(), current.genesisHash(), head.number(),
        head.hash());
    network.headChanged(this);
  }

  private void onRequest(final Message.Request request) {
    if (servingInFlight.incrementAndGet() > network.config().maxInFlightRequests()) {
      servingInFlight.decrementAndGet();
      channel.writeAndFlush(new Message.ErrorResponse(request.id(), RequestError.BUSY,
          "at most " + network.config().maxInFlightRequests() + " requests in flight"));
      return;
    }
    network.serveRequest(this, request);
  }

  /** Sends the answer to a request this session is serving; from any thread. */
  void respond(final Message answer) {
    servingInFlight.decrementAndGet();
    final Channel ch = channel;
    if (ch != null && ch.isActive()) {
      ch.writeAndFlush(answer, ch.voidPromise());
    }
  }

  private void onResponse(final long id, final Bytes payload, final RequestFailedException error) {
    final Pending request = pending.remove(id);
    if (request == null) {
      // A late answer to a request that timed out is no offence; one to a request never sent is.
      if (Long.compareUnsigned(id, nextRequestId.get()) >= 0) {
        network.penalize(remoteId, Penalty.UNSOLICITED, "response to request " + Long.toUnsignedString(id)
            + " never sent");
      }
      return;
    }
    request.timer().cancel(false);
    requestsInFlight.decrementAndGet();
    network.complete(request.future(), payload, error);
  }

  /**
   * Sends a request of {@code type}; the future completes (on a p2p request thread) with the response payload or
   * fails with {@link RequestFailedException}.
   */
  CompletableFuture<Bytes> request(final int type, final Bytes payload, final Duration timeout) {
    if (payload.size() + REQUEST_OVERHEAD > maxFrameSize) {
      throw new IllegalArgumentException("request of " + payload.size() + " bytes is above the frame limit "
          + maxFrameSize);
    }
    final CompletableFuture<Bytes> future = new CompletableFuture<>();
    final Channel ch = channel;
    if (!isConnected()) {
      future.completeExceptionally(new RequestFailedException(RequestError.NOT_CONNECTED, String.valueOf(remoteId)));
      return future;
    }
    if (requestsInFlight.incrementAndGet() > network.config().maxInFlightRequests()) {
      requestsInFlight.decrementAndGet();
      future.completeExceptionally(new RequestFailedException(RequestError.TOO_MANY_IN_FLIGHT,
          network.config().maxInFlightRequests() + " to " + remoteId));
      return future;
    }
    final long id = nextRequestId.getAndIncrement();
    final ScheduledFuture<?> timer = ch.eventLoop().schedule(() -> {
      if (pending.remove(id) != null) {
        requestsInFlight.decrementAndGet();
        network.penalize(remoteId, Penalty.REQUEST_TIMEOUT, "request 0x" + Integer.toHexString(type)
            + " unanswered");
        network.complete(future, null, new RequestFailedException(RequestError.TIMEOUT, "0x"
            + Integer.toHexString(type) + " to " + remoteId + " after " + timeout.toMillis() + " ms"));
      }
    }, Math.max(1, timeout.toMillis()), TimeUnit.MILLISECONDS);
    pending.put(id, new Pending(future, type, timer));
    if (!ch.isActive()) {
      failPending(id);
      return future;
    }
    ch.writeAndFlush(new Message.Request(id, type, payload)).addListener(f -> {
      if (!f.isSuccess()) {
        failPending(id);
      }
    });
    return future;
  }

  private void failPending(final long id) {
    final Pending request = pending.remove(id);
    if (request != null) {
      request.timer().cancel(false);
      requestsInFlight.decrementAndGet();
      network.complete(request.future(), null, new RequestFailedException(RequestError.DISCONNECTED,
          String.valueOf(remoteId)));
    }
  }

  /** Asks the peer for its peers; from any thread. */
  void askForPeers() {
    final Channel ch = channel;
    if (ch == null) {
      return;
    }
    ch.eventLoop().execute(() -> {
      if (established && reason == null && !askedForPeers) {
        askedForPeers = true;
        ch.writeAndFlush(new Message.GetPeers(), ch.voidPromise());
      }
    });
  }

  /** Tells the peer our head changed, once it has our Status; from any thread. */
  void announceHead(final long number, final Hash hash) {
    final Channel ch = channel;
    if (ch == null) {
      return;
    }
    ch.eventLoop().execute(() -> {
      if (statusSent && reason == null && ch.isActive()) {
        ch.writeAndFlush(new Message.NewHead(number, hash), ch.voidPromise());
      }
    });
  }

  @Override
  public void exceptionCaught(final ChannelHandlerContext ctx, final Throwable cause) {
    for (Throwable t = cause; t != null; t = t.getCause()) {
      if (t instanceof P2pProtocolException e) {
        LOG.debug("peer {} at {}: {}", remoteId, ctx.channel().remoteAddress(), e.getMessage());
        violation(e.reason(), e.getMessage());
        return;
      }
      if (t instanceof IOException) {
        closeByRemote(DisconnectReason.CONNECTION_CLOSED);
        return;
      }
    }
    LOG.warn("p2p session with {} failed", remoteId, cause);
    disconnect(DisconnectReason.INTERNAL_ERROR);
  }

  /**
   * Ends the session for a protocol error; after the handshake the peer's id is known and pays
   * {@link Penalty#PROTOCOL_VIOLATION}, so one that reconnects to repeat it is banned.
   */
  private void violation(final DisconnectReason why, final String detail) {
    disconnect(why);
    if (remoteId != null && why != DisconnectReason.BAD_HANDSHAKE) {
      network.penalize(remoteId, Penalty.PROTOCOL_VIOLATION, why + ": " + detail);
    }
  }

  @Override
  public void channelInactive(final ChannelHandlerContext ctx) throws Exception {
    if (reason == null) {
      // Closed mid-handshake: the peer refused our auth (e.g. we dialed it under another id) or is no p2p node.
      reason = encrypted ? DisconnectReason.CONNECTION_CLOSED : DisconnectReason.BAD_HANDSHAKE;
      byRemote = true;
    }
    if (handshakeTimer != null) {
      handshakeTimer.cancel(false);
    }
    settleHandshake();
    if (registered) {
      network.registry().remove(remoteId, this);
    }
    for (final Long id : new ArrayList<>(pending.keySet())) {
      failPending(id);
    }
    final Disconnection disconnection = new Disconnection(Optional.ofNullable(remoteId), remoteAddress(), direction,
        reason, byRemote, established);
    LOG.debug("p2p connection {} ended: {}", disconnection.nodeId(), disconnection);
    network.sessionEnded(disconnection);
    connected.completeExceptionally(new PeerDisconnectedException(disconnection));
    super.channelInactive(ctx);
  }

  private void settleHandshake() {
    if (pendingHandshake) {
      pendingHandshake = false;
      network.handshakeSettled();
    }
  }

  private void closeByRemote(final DisconnectReason remoteReason) {
    closing = true;
    if (reason == null) {
      reason = remoteReason;
      byRemote = true;
    }
    channel.close();
  }

  @Override
  public void disconnect(final DisconnectReason why) {
    final Channel ch = channel;
    if (ch == null) {
      return;
    }
    if (!ch.eventLoop().inEventLoop()) {
      ch.eventLoop().execute(() -> disconnect(why));
      return;
    }
    if (reason != null) {
      return;
    }
    reason = why;
    byRemote = false;
    closing = true;
    if (encrypted && ch.isActive()) {
      // Sealed, so the peer can trust the reason. Closing at once with unread input (a flooding peer) would reset
      // the connection and could destroy the Disconnect before the peer reads it; so half-close, keep reading (and
      // discarding) until the peer closes, and close for good after a grace period.
      ch.writeAndFlush(new Message.Disconnect(why)).addListener(f -> {
        if (f.isSuccess() && ch instanceof SocketChannel socket) {
          socket.shutdownOutput();
          ch.eventLoop().schedule(() -> {
            ch.close();
          }, DISCONNECT_GRACE_MILLIS, TimeUnit.MILLISECONDS);
        } else {
          ch.close();
        }
      });
    } else {
      ch.close();
    }
  }

  @Override
  public void send(final int type, final Bytes rlpPayload) {
    final Message.App message = new Message.App(type, rlpPayload);
    if (1 + rlpPayload.size() > maxFrameSize) {
      throw new IllegalArgumentException("message of " + (1 + rlpPayload.size()) + " bytes is above the frame limit "
          + maxFrameSize);
    }
    final Channel ch = channel;
    if (ch != null && established) {
      ch.writeAndFlush(message, ch.voidPromise());
    }
  }

  /** Test hook: seals and sends {@code plaintext} as one frame, whatever it holds. */
  void sendRawPlaintext(final byte[] plaintext) {
    channel.writeAndFlush(new RawPlaintext(plaintext));
  }

  /** Test hook: sends a session message as is. */
  void sendMessage(final Message message) {
    channel.writeAndFlush(message);
  }

  @Override
  public NodeId nodeId() {
    return remoteId;
  }

  @Override
  public InetSocketAddress remoteAddress() {
    return remoteAddress;
  }

  @Override
  public Direction direction() {
    return direction;
  }

  @Override
  public ChainStatus status() {
    return remoteStatus;
  }

  @Override
  public Optional<EnodeUrl> enode() {
    final InetSocketAddress address = remoteAddress;
    final int port = remoteListenPort;
    if (port == 0 || address == null || address.getAddress() == null || remoteId == null) {
      return Optional.empty();
    }
    return Optional.of(new EnodeUrl(remoteId, address.getAddress().getHostAddress(), port));
  }

  @Override
  public boolean isConnected() {
    final Channel ch = channel;
    return established && !closing && ch != null && ch.isActive();
  }

  private static String printable(final String text) {
    final StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? '?' : c));
    return out.toString();
  }

  @Override
  public String toString() {
    return "Peer[" + remoteId + " " + direction + " " + remoteAddress() + "]";
  }

  static List<Peer> asPeers(final List<PeerSession> sessions) {
    return new ArrayList<>(sessions);
  }
}
