package io.tributary.rpc.server;

import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.util.concurrent.ScheduledFuture;
import io.tributary.core.log.DropLog;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Closes an HTTP connection that does not deliver a complete request within the request timeout, counted from when it
 * opened or got its last answer: a slow client dripping its headers or body (slowloris), or a keep-alive connection
 * left idle. The time the server takes to answer does not count. It sits after the aggregator, where whole requests
 * and their answers pass; its {@link #bytesSeen()} handler sits before the HTTP codec and tells a slow request (logged
 * as dropped) from an idle connection (closed quietly). Both run on the channel's event loop. A WebSocket upgrade
 * removes both: subscriptions may stay quiet for long.
 */
final class RequestTimeoutHandler extends ChannelDuplexHandler {
  private final long timeoutMillis;
  private final DropLog drops;
  private ChannelHandlerContext context;
  private ScheduledFuture<?> timer;
  /** Requests handed to the server and not answered yet. */
  private int outstanding;
  /** Whether bytes of the next request arrived since the last answer. */
  private boolean partial;

  RequestTimeoutHandler(final Duration timeout, final DropLog drops) {
    this.timeoutMillis = timeout.toMillis();
    this.drops = drops;
  }

  /** The handler to put before the HTTP codec: it notes that bytes of a request arrived. */
  ChannelHandler bytesSeen() {
    return new ChannelInboundHandlerAdapter() {
      @Override
      public void channelRead(final ChannelHandlerContext ctx, final Object msg) {
        if (outstanding == 0) {
          partial = true;
        }
        ctx.fireChannelRead(msg);
      }
    };
  }

  @Override
  public void handlerAdded(final ChannelHandlerContext ctx) {
    context = ctx;
    if (ctx.channel().isActive()) {
      arm();
    }
  }

  @Override
  public void channelActive(final ChannelHandlerContext ctx) throws Exception {
    arm();
    super.channelActive(ctx);
  }

  @Override
  public void channelRead(final ChannelHandlerContext ctx, final Object msg) {
    if (msg instanceof FullHttpRequest) {
      outstanding++;
      partial = false;
      cancel();
    }
    ctx.fireChannelRead(msg);
  }

  @Override
  public void write(final ChannelHandlerContext ctx, final Object msg, final ChannelPromise promise) {
    if (msg instanceof HttpResponse && outstanding > 0 && --outstanding == 0) {
      arm();
    }
    ctx.write(msg, promise);
  }

  @Override
  public void channelInactive(final ChannelHandlerContext ctx) throws Exception {
    cancel();
    super.channelInactive(ctx);
  }

  @Override
  public void handlerRemoved(final ChannelHandlerContext ctx) {
    cancel();
  }

  private void arm() {
    cancel();
    timer = context.executor().schedule(this::expired, timeoutMillis, TimeUnit.MILLISECONDS);
  }

  private void cancel() {
    if (timer != null) {
      timer.cancel(false);
      timer = null;
    }
  }

  private void expired() {
    timer = null;
    if (outstanding > 0 || !context.channel().isActive()) {
      return;
    }
    if (partial) {
      final String limit = timeoutMillis % 1000 == 0 ? timeoutMillis / 1000 + " s" : timeoutMillis + " ms";
      drops.drop("requests not complete within " + limit + " (slow clients)", "request from "
          + context.channel().remoteAddress() + " not complete after " + limit);
    }
    context.close();
  }
}
