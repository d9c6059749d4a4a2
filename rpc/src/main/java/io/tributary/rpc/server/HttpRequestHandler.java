package io.tributary.rpc.server;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.websocketx.WebSocketServerHandshaker;
import io.netty.handler.codec.http.websocketx.WebSocketServerHandshakerFactory;
import io.tributary.core.log.DropLog;
import io.tributary.rpc.JsonRpcProcessor;
import io.tributary.rpc.RpcSession;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/** One HTTP request: a JSON-RPC POST, a CORS preflight, a WebSocket upgrade, or a GET for static content. */
final class HttpRequestHandler extends SimpleChannelInboundHandler<FullHttpRequest> {
  /** Names of the {@link RequestTimeoutHandler} pair in the pipeline, removed on a WebSocket upgrade. */
  static final String BYTES_SEEN = "bytes-seen";
  static final String REQUEST_TIMEOUT = "request-timeout";

  private final RpcServerConfig config;
  private final JsonRpcProcessor processor;
  private final HttpContentHandler content;
  private final DropLog drops;

  HttpRequestHandler(final RpcServerConfig config, final JsonRpcProcessor processor, final HttpContentHandler content,
      final DropLog drops) {
    this.config = config;
    this.processor = processor;
    this.content = content;
    this.drops = drops;
  }

  @Override
  protected void channelRead0(final ChannelHandlerContext ctx, final FullHttpRequest request) {
    if (!request.decoderResult().isSuccess()) {
      respond(ctx, request, HttpResponseStatus.BAD_REQUEST, "text/plain", "malformed HTTP request");
      return;
    }
    if (!config.allowsHost(request.headers().get(HttpHeaderNames.HOST))) {
      respond(ctx, request, HttpResponseStatus.FORBIDDEN, "text/plain",
          "Host not allowed (configure the RPC host allow-list)");
      return;
    }
    final String origin = request.headers().get(HttpHeaderNames.ORIGIN);
    if (origin != null && !config.allowsOrigin(origin) && !isSameOrigin(origin, request)) {
      respond(ctx, request, HttpResponseStatus.FORBIDDEN, "text/plain", "Origin not allowed (configure CORS origins)");
      return;
    }
    if (HttpMethod.OPTIONS.equals(request.method())) {
      respond(ctx, request, HttpResponseStatus.NO_CONTENT, null, (byte[]) null);
      return;
    }
    if (isWebSocketUpgrade(request)) {
      upgrade(ctx, request);
      return;
    }
    if (HttpMethod.POST.equals(request.method())) {
      final byte[] body = new byte[request.content().readableBytes()];
      request.content().readBytes(body);
      final Optional<byte[]> reply = processor.process(body, RpcSession.HTTP);
      if (reply.isPresent()) {
        respond(ctx, request, HttpResponseStatus.OK, "application/json", reply.get());
      } else {
        respond(ctx, request, HttpResponseStatus.NO_CONTENT, null, (byte[]) null);
      }
      return;
    }
    if (HttpMethod.GET.equals(request.method()) || HttpMethod.HEAD.equals(request.method())) {
      final String path = request.uri().split("\\?", 2)[0];
      final Optional<HttpContentHandler.Content> found = content.get(path);
      if (found.isPresent()) {
        final HttpContentHandler.Content file = found.get();
        final boolean unchanged = request.headers().getAll(HttpHeaderNames.IF_NONE_MATCH).stream()
            .flatMap(value -> Arrays.stream(value.split(","))).map(String::trim)
            .anyMatch(tag -> tag.equals(file.etag()) || tag.equals("*"));
        respond(ctx, request, unchanged ? HttpResponseStatus.NOT_MODIFIED : HttpResponseStatus.OK,
            file.contentType(), unchanged ? null : file.body(), file.etag());
      } else {
        respond(ctx, request, HttpResponseStatus.NOT_FOUND, "text/plain", "not found");
      }
      return;
    }
    respond(ctx, request, HttpResponseStatus.METHOD_NOT_ALLOWED, "text/plain", "use POST for JSON-RPC");
  }

  private static boolean isWebSocketUpgrade(final FullHttpRequest request) {
    return HttpMethod.GET.equals(request.method())
        && request.headers().containsValue(HttpHeaderNames.CONNECTION, HttpHeaderValues.UPGRADE, true)
        && request.headers().contains(HttpHeaderNames.UPGRADE, HttpHeaderValues.WEBSOCKET, true);
  }

  private boolean isSameOrigin(final String origin, final FullHttpRequest request) {
    final String host = request.headers().get(HttpHeaderNames.HOST);
    return host != null && (origin.equals("http://" + host) || origin.equals("https://" + host));
  }

  private void upgrade(final ChannelHandlerContext ctx, final FullHttpRequest request) {
    final String location = "ws://" + request.headers().get(HttpHeaderNames.HOST) + request.uri();
    final WebSocketServerHandshakerFactory factory =
        new WebSocketServerHandshakerFactory(location, null, true, config.maxRequestBytes());
    final WebSocketServerHandshaker handshaker = factory.newHandshaker(request);
    if (handshaker == null) {
      WebSocketServerHandshakerFactory.sendUnsupportedVersionResponse(ctx.channel());
      return;
    }
    final WebSocketSessionHandler session = new WebSocketSessionHandler(handshaker, processor, config.maxRequestBytes(),
        drops);
    ctx.pipeline().remove(BYTES_SEEN);
    ctx.pipeline().remove(REQUEST_TIMEOUT);
    ctx.pipeline().replace(this, "ws", session);
    handshaker.handshake(ctx.channel(), request);
  }

  private void respond(final ChannelHandlerContext ctx, final FullHttpRequest request, final HttpResponseStatus status,
      final String contentType, final String text) {
    respond(ctx, request, status, contentType, text == null ? null : text.getBytes(StandardCharsets.UTF_8));
  }

  private void respond(final ChannelHandlerContext ctx, final FullHttpRequest request, final HttpResponseStatus status,
      final String contentType, final byte[] body) {
    respond(ctx, request, status, contentType, body, null);
  }

  private void respond(final ChannelHandlerContext ctx, final FullHttpRequest request, final HttpResponseStatus status,
      final String contentType, final byte[] body, final String etag) {
    final boolean head = HttpMethod.HEAD.equals(request.method());
    final FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status,
        body == null || head ? Unpooled.EMPTY_BUFFER : Unpooled.wrappedBuffer(body));
    if (contentType != null) {
      response.headers().set(HttpHeaderNames.CONTENT_TYPE, contentType);
    }
    if (status != HttpResponseStatus.NOT_MODIFIED) {
      // A 304's Content-Length would describe the body it stands for, so it has none.
      response.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, body == null ? 0 : body.length);
    }
    if (etag != null) {
      response.headers().set(HttpHeaderNames.ETAG, etag);
      response.headers().set(HttpHeaderNames.CACHE_CONTROL, HttpHeaderValues.NO_CACHE);
    }
    final String origin = request.headers().get(HttpHeaderNames.ORIGIN);
    if (config.allowsOrigin(origin)) {
      response.headers().set(HttpHeaderNames.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
      response.headers().set(HttpHeaderNames.VARY, HttpHeaderNames.ORIGIN);
      response.headers().set(HttpHeaderNames.ACCESS_CONTROL_ALLOW_METHODS, "POST, GET, OPTIONS");
      response.headers().set(HttpHeaderNames.ACCESS_CONTROL_ALLOW_HEADERS, "Content-Type");
    }
    final boolean keepAlive = HttpUtil.isKeepAlive(request) && status.code() < 400;
    if (keepAlive) {
      response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.KEEP_ALIVE);
      ctx.writeAndFlush(response);
    } else {
      ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
    }
  }

  @Override
  public void exceptionCaught(final ChannelHandlerContext ctx, final Throwable cause) {
    ctx.close();
  }
}
