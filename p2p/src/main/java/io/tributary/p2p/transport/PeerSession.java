package io.tributary.p2p.transport;

import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.timeout.IdleState;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.util.concurrent.ScheduledFuture;
import io.tributary.p2p.ChainStatus;
import io.tributary.p2p.DisconnectReason;
import io.tributary.p2p.Disconnection;
import io.tributary.p2p.NodeId;
import io.tributary.p2p.P2pListener;
import io.tributary.p2p.P2pProtocolException;
import io.tributary.p2p.Peer;
import io.tributary.p2p.PeerDisconnectedException;
import io.tributary.p2p.wire.Message;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.tuweni.bytes.Bytes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last handler of a connection and the {@link Peer} it becomes: after the handshake it takes a registry slot and
 * sends Status; the peer's Status, if compatible, makes it connected. Afterwards it answers Pings, pings when idle,
 * hands application messages to the listener and ends on any protocol error with a Disconnect naming the reason.
 * All state changes run on the channel's event loop.
 */
final class PeerSession extends ChannelInboundHandlerAdapter implements Peer {
  private static final Logger LOG = LoggerFactory.getLogger(PeerSession.class);

  private final Direction direction;
  private final PeerRegistry registry;
  private final Supplier<ChainStatus> localStatus;
  private final P2pListener listener;
  private final long handshakeTimeoutMillis;
  private final int maxFrameSize;
  private final CompletableFuture<Peer> connected = new CompletableFuture<>();

  private volatile Channel channel;
  private volatile InetSocketAddress remoteAddress;
  private volatile NodeId remoteId;
  private volatile ChainStatus remoteStatus;
  private volatile boolean established;
  private boolean encrypted;
  private boolean registered;
  private DisconnectReason reason;
  private boolean byRemote;
  private ScheduledFuture<?> handshakeTimer;

  PeerSession(final Direction direction, final PeerRegistry registry, final Supplier<ChainStatus> localStatus,
      final P2pListener listener, final long handshakeTimeoutMillis, final int maxFrameSize) {
    this.direction = direction;
    this.registry = registry;
    this.localStatus = localStatus;
    this.listener = listener;
    this.handshakeTimeoutMillis = handshakeTimeoutMillis;
    this.maxFrameSize = maxFrameSize;
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
    }, handshakeTimeoutMillis, TimeUnit.MILLISECONDS);
    super.channelActive(ctx);
  }

  @Override
  public void userEventTriggered(final ChannelHandlerContext ctx, final Object event) throws Exception {
    if (event instanceof HandshakeCompleted done) {
      remoteId = done.remoteId();
      encrypted = true;
      final Optional<DisconnectReason> refused = registry.register(remoteId, this);
      if (refused.isPresent()) {
        disconnect(refused.get());
        return;
      }
      registered = true;
      ctx.writeAndFlush(new Message.Status(localStatus.get()));
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
      io.netty.util.ReferenceCountUtil.release(msg);
      return;
    }
    if (message instanceof Message.Disconnect d) {
      closeByRemote(d.reason());
    } else if (message instanceof Message.Ping) {
      ctx.writeAndFlush(new Message.Pong());
    } else if (message instanceof Message.Pong) {
      return;
    } else if (message instanceof Message.Status s) {
      onStatus(s.status());
    } else if (message instanceof Message.App app) {
      if (!established) {
        disconnect(DisconnectReason.UNEXPECTED_MESSAGE);
        return;
      }
      try {
        listener.onMessage(this, app.type(), app.payload());
      } catch (RuntimeException e) {
        LOG.warn("p2p listener failed on message 0x{} from {}", Integer.toHexString(app.type()), remoteId, e);
      }
    }
  }

  private void onStatus(final ChainStatus status) {
    if (established) {
      disconnect(DisconnectReason.UNEXPECTED_MESSAGE);
      return;
    }
    final Optional<DisconnectReason> incompatible = localStatus.get().incompatibility(status);
    if (incompatible.isPresent()) {
      LOG.debug("peer {} is incompatible: {} (its status {})", remoteId, incompatible.get(), status);
      disconnect(incompatible.get());
      return;
    }
    remoteStatus = status;
    established = true;
    handshakeTimer.cancel(false);
    LOG.debug("peer {} connected ({}, head {})", remoteId, direction, status.headNumber());
    try {
      listener.onPeerConnected(this);
    } catch (RuntimeException e) {
      LOG.warn("p2p listener failed on connect of {}", remoteId, e);
    }
    connected.complete(this);
  }

  @Override
  public void exceptionCaught(final ChannelHandlerContext ctx, final Throwable cause) {
    for (Throwable t = cause; t != null; t = t.getCause()) {
      if (t instanceof P2pProtocolException e) {
        LOG.debug("peer {} at {}: {}", remoteId, ctx.channel().remoteAddress(), e.getMessage());
        disconnect(e.reason());
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
    if (registered) {
      registry.remove(remoteId, this);
    }
    final Disconnection disconnection = new Disconnection(Optional.ofNullable(remoteId), remoteAddress(), direction,
        reason, byRemote, established);
    LOG.debug("p2p connection {} ended: {}", disconnection.nodeId(), disconnection);
    try {
      listener.onDisconnected(disconnection);
    } catch (RuntimeException e) {
      LOG.warn("p2p listener failed on disconnect of {}", remoteId, e);
    }
    connected.completeExceptionally(new PeerDisconnectedException(disconnection));
    super.channelInactive(ctx);
  }

  private void closeByRemote(final DisconnectReason remoteReason) {
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
    if (encrypted && ch.isActive()) {
      // Sealed, so the peer can trust the reason; close once it is written (or failed).
      ch.writeAndFlush(new Message.Disconnect(why)).addListener(ChannelFutureListener.CLOSE);
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
  public boolean isConnected() {
    final Channel ch = channel;
    return established && ch != null && ch.isActive();
  }

  @Override
  public String toString() {
    return "Peer[" + remoteId + " " + direction + " " + remoteAddress() + "]";
  }
}
