package io.tributary.rpc.server;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.ContinuationWebSocketFrame;
import io.netty.handler.codec.http.websocketx.CorruptedWebSocketFrameException;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PongWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrameAggregator;
import io.netty.handler.codec.http.websocketx.WebSocketServerHandshaker;
import io.tributary.core.log.DropLog;
import io.tributary.rpc.JsonRpcProcessor;
import io.tributary.rpc.RpcSession;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Consumer;

/** A WebSocket connection after the upgrade: each text message is a JSON-RPC call or batch; replies go back in order. */
final class WebSocketSessionHandler extends SimpleChannelInboundHandler<WebSocketFrame> implements RpcSession {
  private final WebSocketServerHandshaker handshaker;
  private final JsonRpcProcessor processor;
  private final int maxMessageBytes;
  private final DropLog drops;
  private Channel channel;

  WebSocketSessionHandler(final WebSocketServerHandshaker handshaker, final JsonRpcProcessor processor,
      final int maxMessageBytes, final DropLog drops) {
    this.handshaker = handshaker;
    this.processor = processor;
    this.maxMessageBytes = maxMessageBytes;
    this.drops = drops;
  }

  @Override
  public void handlerAdded(final ChannelHandlerContext ctx) {
    channel = ctx.channel();
    // Reassemble fragmented messages up to the same limit as HTTP bodies.
    ctx.pipeline().addBefore(ctx.name(), "ws-aggregate", new WebSocketFrameAggregator(maxMessageBytes));
  }

  @Override
  protected void channelRead0(final ChannelHandlerContext ctx, final WebSocketFrame frame) {
    if (frame instanceof CloseWebSocketFrame close) {
      handshaker.close(ctx.channel(), close.retain());
      return;
    }
    if (frame instanceof PingWebSocketFrame) {
      ctx.writeAndFlush(new PongWebSocketFrame(frame.content().retain()));
      return;
    }
    if (frame instanceof PongWebSocketFrame) {
      return;
    }
    if (frame instanceof TextWebSocketFrame || frame instanceof BinaryWebSocketFrame
        || frame instanceof ContinuationWebSocketFrame) {
      final byte[] body = new byte[frame.content().readableBytes()];
      frame.content().readBytes(body);
      processor.process(body, this)
          .ifPresent(reply -> ctx.writeAndFlush(new TextWebSocketFrame(new String(reply, StandardCharsets.UTF_8))));
      return;
    }
    handshaker.close(ctx.channel(), new CloseWebSocketFrame(WebSocketCloseStatus.INVALID_MESSAGE_TYPE));
  }

  @Override
  public Optional<Consumer<String>> push() {
    return Optional.of(json -> {
      if (channel != null && channel.isActive()) {
        channel.writeAndFlush(new TextWebSocketFrame(json));
      }
    });
  }

  @Override
  public void onClose(final Runnable action) {
    if (channel != null) {
      channel.closeFuture().addListener(f -> action.run());
    }
  }

  @Override
  public void exceptionCaught(final ChannelHandlerContext ctx, final Throwable cause) {
    // A frame over the limit is refused by the decoder (which sends close 1009), a fragmented message over it by the
    // aggregator; either way the connection goes.
    if (cause instanceof TooLongFrameException || cause instanceof CorruptedWebSocketFrameException) {
      drops.drop("WebSocket messages over " + maxMessageBytes + " bytes or malformed", "WebSocket connection from "
          + ctx.channel().remoteAddress() + " closed: " + cause.getMessage());
    }
    ctx.close();
  }
}
